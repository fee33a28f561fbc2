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
