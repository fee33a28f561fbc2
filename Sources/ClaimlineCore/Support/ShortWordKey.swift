/// A word of up to 16 bytes, ASCII letters lowercased, packed into two integers: a dictionary
/// lookup then hashes two integers instead of a string (which would also normalise any
/// non-ASCII text first). The segmenter's word lists and a document's vocabulary use it.
struct ShortWordKey: Hashable {
    var low: UInt64 = 0
    var high: UInt64 = 0
    var count: Int

    init?(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard bytes.count <= 16 else { return nil }
        count = bytes.count
        for i in 0..<bytes.count {
            let b = bytes[i]
            let lower = UInt64(b >= 0x41 && b <= 0x5A ? b | 0x20 : b)
            if i < 8 { low |= lower << (8 * i) } else { high |= lower << (8 * (i - 8)) }
        }
    }

    init?(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) { self.init(UnsafeBufferPointer(rebasing: bytes)) }

    init?(_ word: String) {
        guard word.utf8.count <= 16 else { return nil }
        var word = word
        guard let key = word.withUTF8({ ShortWordKey($0) }) else { return nil }
        self = key
    }
}
