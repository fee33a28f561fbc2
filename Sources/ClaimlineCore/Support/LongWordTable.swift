/// Numbers for words of more than 16 bytes ("counterintelligence", "direct-to-consumer", a
/// German compound), which no `ShortWordKey` holds. They are keyed in a `ShortWordTable` by
/// two 64-bit hashes of their bytes and checked against the word itself on a hit. A
/// `Dictionary` hashed the whole string with SipHash on each lookup and rehashed as it grew:
/// a long word cost some 7,000 instructions, as much as 80 short ones. Two words with equal
/// hashes (never seen; a 128-bit hash) still get their own numbers, from `collided`.
struct LongWordTable {
    private var table = ShortWordTable(capacity: 16)
    /// The words in the order added: the table's values index these.
    private var words: [String] = []
    private var ids: [Int32] = []
    private var collided: [String: Int32] = [:]

    /// Two hashes of the bytes, eight at a time, and the byte count (over 16 for these words).
    static func key(_ word: String) -> ShortWordKey {
        var word = word
        return word.withUTF8 { b -> ShortWordKey in
            var h1: UInt64 = 0x243F_6A88_85A3_08D3
            var h2: UInt64 = 0x1319_8A2E_0370_7344
            @inline(__always) func mix(_ w: UInt64) {
                h1 = (h1 ^ w) &* 0x9E37_79B9_7F4A_7C15
                h1 ^= h1 &>> 29
                h2 = (h2 &+ w) &* 0xC2B2_AE3D_27D4_EB4F
                h2 = (h2 &<< 31) | (h2 &>> 33)
            }
            var i = 0
            if let base = b.baseAddress {
                while i + 8 <= b.count {
                    mix(UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self))
                    i += 8
                }
            }
            if i < b.count {
                var tail: UInt64 = 0
                for k in i..<b.count { tail |= UInt64(b[k]) &<< UInt64(8 &* (k &- i)) }
                mix(tail)
            }
            return ShortWordKey(low: h1 ^ (h2 &>> 17), high: h2 ^ (h1 &>> 23), count: b.count)
        }
    }

    func id(_ word: String) -> Int32? {
        guard let slot = table.value(for: Self.key(word)) else { return nil }
        if words[Int(slot)] == word { return ids[Int(slot)] }
        return collided[word]
    }

    /// Adds a word that is not in the table.
    mutating func insert(_ word: String, _ id: Int32) {
        let key = Self.key(word)
        if table.value(for: key) != nil {
            collided[word] = id
            return
        }
        table.insert(key, Int32(words.count))
        words.append(word)
        ids.append(id)
    }
}
