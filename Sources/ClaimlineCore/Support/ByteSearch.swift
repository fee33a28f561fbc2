#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Substring search on UTF-8 bytes (first byte, then the rest).
///
/// `String.contains(String)` goes through Foundation's `NSString` on Linux and was a third of
/// the clean stage's time; class names and boilerplate lines are ASCII-heavy byte strings.
struct ByteNeedle: Sendable {
    let bytes: [UInt8]
    init(_ s: String) { bytes = Array(s.utf8) }

    func occurs(in haystack: UnsafeRawBufferPointer) -> Bool {
        guard !bytes.isEmpty else { return true }
        let n = bytes.count
        guard haystack.count >= n else { return false }
        let first = bytes[0]
        return bytes.withUnsafeBufferPointer { needle in
            var i = 0
            let last = haystack.count - n
            while i <= last {
                if haystack[i] == first {
                    var k = 1
                    while k < n && haystack[i + k] == needle[k] { k += 1 }
                    if k == n { return true }
                }
                i += 1
            }
            return false
        }
    }
}

extension String {
    /// Byte-level `contains`, for hot paths.
    func containsBytes(_ needle: ByteNeedle) -> Bool {
        var s = self
        return s.withUTF8 { needle.occurs(in: UnsafeRawBufferPointer($0)) }
    }
}
