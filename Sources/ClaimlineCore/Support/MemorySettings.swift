import CPlatform

/// Process-wide memory behaviour for long runs (the CLI sets it; a library user may too).
public enum MemorySettings {
    /// glibc keeps the pages of freed large documents in each worker thread's arena, so a
    /// run's peak resident memory depended on which large pages happened to be in flight
    /// together, and grew with the corpus. Giving free memory back keeps it flat, at no
    /// measurable cost in speed (`make bench`). Does nothing on other C libraries.
    public static func returnFreedMemory() { claimline_return_freed_memory() }
}
