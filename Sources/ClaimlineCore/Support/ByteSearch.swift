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

    func occurs(in haystack: UnsafeRawBufferPointer) -> Bool { firstOffset(in: haystack) != nil }

    /// Where the needle first begins in `haystack`, in bytes.
    func firstOffset(in haystack: UnsafeRawBufferPointer) -> Int? {
        guard !bytes.isEmpty else { return 0 }
        let n = bytes.count
        guard haystack.count >= n else { return nil }
        let first = bytes[0]
        return bytes.withUnsafeBufferPointer { needle in
            var i = 0
            let last = haystack.count - n
            while i <= last {
                if haystack[i] == first {
                    var k = 1
                    while k < n && haystack[i + k] == needle[k] { k += 1 }
                    if k == n { return i }
                }
                i += 1
            }
            return nil
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

/// `hasSuffix` on the UTF-8 bytes. The standard library's compares characters from the end
/// (some 900 instructions a call) and the speaker rules ask it of every word of a phrase.
/// For the suffixes the rules use, which begin with an ASCII letter or "’", the answers are
/// the same: such a scalar always begins a character of its own.
extension String {
    func hasSuffixBytes(_ suffix: StaticString) -> Bool {
        var s = self
        return s.withUTF8 { endsWith($0, suffix) }
    }
}

extension Substring {
    func hasSuffixBytes(_ suffix: StaticString) -> Bool {
        var s = self
        return s.withUTF8 { endsWith($0, suffix) }
    }
}

@inline(__always) private func endsWith(_ b: UnsafeBufferPointer<UInt8>, _ suffix: StaticString) -> Bool {
    let n = suffix.utf8CodeUnitCount
    guard b.count >= n else { return false }
    let tail = suffix.utf8Start
    for k in 0..<n where b[b.count - n + k] != tail[k] { return false }
    return true
}
