/// A read-only view of UTF-8 bytes with scalar decoding at byte positions.
///
/// The segmenter and the white-space folding work on bytes so that text is never copied into
/// scalars: almost every decision looks at one ASCII byte, and the rare non-ASCII quote or
/// letter is decoded in place. The bytes must be valid UTF-8 (a Swift `String`'s always are).
struct UTF8Text {
    let bytes: UnsafeBufferPointer<UInt8>

    @inline(__always) subscript(_ i: Int) -> UInt8 { bytes[i] }

    /// The scalar starting at byte `i`, and its length in bytes.
    @inline(__always) func scalar(at i: Int) -> (Unicode.Scalar, Int) {
        let b0 = UInt32(bytes[i])
        if b0 < 0x80 { return (Unicode.Scalar(UInt8(b0)), 1) }
        if b0 < 0xE0 {
            return (Unicode.Scalar((b0 & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F)) ?? "\u{FFFD}", 2)
        }
        if b0 < 0xF0 {
            let v = (b0 & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F)
            return (Unicode.Scalar(v) ?? "\u{FFFD}", 3)
        }
        let v = (b0 & 0x07) << 18 | UInt32(bytes[i + 1] & 0x3F) << 12 | UInt32(bytes[i + 2] & 0x3F) << 6 | UInt32(bytes[i + 3] & 0x3F)
        return (Unicode.Scalar(v) ?? "\u{FFFD}", 4)
    }

    /// The scalar ending at byte `end` (exclusive), and the byte where it starts.
    @inline(__always) func scalar(before end: Int) -> (Unicode.Scalar, Int) {
        var start = end - 1
        while start > 0 && bytes[start] & 0xC0 == 0x80 { start -= 1 }
        return (scalar(at: start).0, start)
    }

    /// The length of the white-space scalar at `i`, or 0 (Unicode White_Space, as
    /// `Unicode.Scalar.isSpace`).
    @inline(__always) func spaceLength(at i: Int) -> Int {
        let b = bytes[i]
        if b < 0x80 { return b == 0x20 || (b >= 0x09 && b <= 0x0D) ? 1 : 0 }
        if b == 0xC2 || b == 0xE1 || b == 0xE2 || b == 0xE3 {
            let (s, n) = scalar(at: i)
            return s.isSpace ? n : 0
        }
        return 0
    }

    /// Byte classes for the tokenizer's inner loop (a table lookup measured ~10% faster than
    /// `spaceLength`'s comparisons there): 1 for ASCII white space, 2 for the lead
    /// bytes of the non-ASCII white-space characters (U+0085, U+00A0, U+1680, U+2000…U+3000),
    /// 0 for every byte that can only be inside a word.
    static let spaceClass: [UInt8] = (0..<256).map { b in
        if b == 0x20 || (b >= 0x09 && b <= 0x0D) { return 1 }
        return b == 0xC2 || b == 0xE1 || b == 0xE2 || b == 0xE3 ? 2 : 0
    }

    /// The end of the word starting at `i`: the first white space at or after it, or `end`.
    ///
    /// Eight bytes at a time: a byte below 0x21 or above 0x7F may be white space and is looked
    /// at alone; words average five or six bytes, so this saves a branch per byte.
    @inline(__always) func wordEnd(from i: Int, to end: Int, _ classes: UnsafePointer<UInt8>) -> Int {
        var i = i
        let base = UnsafeRawPointer(bytes.baseAddress!)
        while i + 8 <= end {
            let x = base.loadUnaligned(fromByteOffset: i, as: UInt64.self)
            // High bit of each byte below 0x21 (exact for the lowest such byte) or above 0x7F.
            let mask = ((x &- 0x2121_2121_2121_2121) & ~x | x) & 0x8080_8080_8080_8080
            if mask == 0 { i += 8; continue }
            let shift = mask.trailingZeroBitCount & ~7
            let j = i + shift / 8
            let b = UInt8(truncatingIfNeeded: x >> UInt64(shift))
            if b < 0x80 {
                if b == 0x20 || (b >= 0x09 && b <= 0x0D) { return j }
            } else if classes[Int(b)] == 2 && spaceLength(at: j) > 0 {
                return j
            }
            i = j + 1
        }
        while i < end {
            let c = classes[Int(bytes[i])]
            if c == 1 || (c == 2 && spaceLength(at: i) > 0) { return i }
            i += 1
        }
        return end
    }

    /// The number of code points in `range`: bytes that are not UTF-8 continuation bytes,
    /// counted eight at a time.
    func codePoints(in range: Range<Int>) -> Int {
        var i = range.lowerBound
        var continuation = 0
        let base = UnsafeRawPointer(bytes.baseAddress!)
        while i + 8 <= range.upperBound {
            let x = base.loadUnaligned(fromByteOffset: i, as: UInt64.self)
            // A continuation byte is 10xxxxxx: bit 7 set and bit 6 clear.
            continuation += (x & ~(x << 1) & 0x8080_8080_8080_8080).nonzeroBitCount
            i += 8
        }
        while i < range.upperBound {
            if bytes[i] & 0xC0 == 0x80 { continuation += 1 }
            i += 1
        }
        return range.count - continuation
    }

    /// The scalars of `range`, for the few checks that look at every character of a token.
    @inline(__always) func allScalars(in range: Range<Int>, _ predicate: (Unicode.Scalar) -> Bool) -> Bool {
        var i = range.lowerBound
        while i < range.upperBound {
            let (s, n) = scalar(at: i)
            if !predicate(s) { return false }
            i += n
        }
        return true
    }

    func string(_ range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
    }
}
