/// A word of up to 16 bytes, ASCII letters lowercased, packed into two integers: a dictionary
/// lookup then hashes two integers instead of a string (which would also normalise any
/// non-ASCII text first). The segmenter's word lists and a document's vocabulary use it.
struct ShortWordKey: Hashable {
    var low: UInt64 = 0
    var high: UInt64 = 0
    var count: Int

    init(low: UInt64, high: UInt64, count: Int) {
        self.low = low
        self.high = high
        self.count = count
    }

    init?(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard bytes.count <= 16 else { return nil }
        count = bytes.count
        for i in 0..<bytes.count {
            let b = bytes[i]
            let lower = UInt64(b >= 0x41 && b <= 0x5A ? b | 0x20 : b)
            if i < 8 { low |= lower &<< UInt64(8 &* i) } else { high |= lower &<< UInt64(8 &* (i &- 8)) }
        }
    }

    /// Adds a byte as it is (the caller lowercases); past 16 bytes only the count grows, and
    /// the key is no longer one (`count > 16`). Masking shifts and wrapping arithmetic: the
    /// checked forms tripled the tokenizer's inner loop.
    @inline(__always) mutating func append(_ b: UInt8) {
        if count < 8 {
            low |= UInt64(b) &<< UInt64(8 &* count)
        } else if count < 16 {
            high |= UInt64(b) &<< UInt64(8 &* (count &- 8))
        }
        count &+= 1
    }

    /// Adds `n` bytes at once (at most eight, packed low byte first, the rest zero); as
    /// `append(_:)`, past 16 bytes only the count grows.
    @inline(__always) mutating func append(packed bytes: UInt64, count n: Int) {
        if count < 8 {
            low |= bytes &<< UInt64(8 &* count)
            // What did not fit goes on in `high`.
            if count > 0 { high |= bytes &>> UInt64(64 &- 8 &* count) }
        } else if count < 16 {
            high |= bytes &<< UInt64(8 &* (count &- 8))
        }
        count &+= n
    }

    /// Byte `i` of the word.
    @inline(__always) func byte(_ i: Int) -> UInt8 {
        UInt8(truncatingIfNeeded: i < 8 ? low &>> UInt64(8 &* i) : high &>> UInt64(8 &* (i &- 8)))
    }

    /// Whether the word ends in the ASCII `suffix`.
    @inline(__always) func hasSuffix(_ suffix: StaticString) -> Bool {
        let n = suffix.utf8CodeUnitCount
        guard n <= count, count <= 16 else { return false }
        let p = suffix.utf8Start
        for k in 0..<n where byte(count - n + k) != p[k] { return false }
        return true
    }

    /// The bytes as text (they were UTF-8).
    var text: String {
        withUnsafeBytes(of: (low, high)) { String(decoding: $0.prefix(count), as: UTF8.self) }
    }

    init?(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) { self.init(UnsafeBufferPointer(rebasing: bytes)) }

    init?(_ word: String) {
        guard word.utf8.count <= 16 else { return nil }
        var word = word
        guard let key = word.withUTF8({ ShortWordKey($0) }) else { return nil }
        self = key
    }
}

/// Numbers for short words, in an open-addressing table with a multiplicative hash: a
/// document's vocabulary is looked up once per token, where `Dictionary`'s seeded SipHash
/// cost more than everything else the tokenizer does for a word.
struct ShortWordTable {
    /// A slot: the key's bytes, its byte count plus one and its value.
    private struct Slot {
        var low: UInt64 = 0
        var high: UInt64 = 0
        var count: UInt32 = 0
        var value: Int32 = 0
    }

    /// One byte a slot, beside the slots: 0 for an empty one, else 0x80 and seven more bits of
    /// the key's hash. A probe reads these first and a slot only when its tag matches, so a
    /// word the table lacks (each of a document's own words, in the lexicon catalog's table)
    /// costs a read of a few kilobytes that stay in cache, not of a slot 24 bytes wide at a
    /// random place.
    private var tags: [UInt8]
    private var slots: [Slot]
    private var used = 0
    /// 64 minus the table's size in bits: a slot is the top bits of the hash, where a
    /// multiplication has mixed in every byte of the key (its low bits see only the first).
    private var shift: UInt64

    init(capacity: Int) {
        var size = 64
        var bits: UInt64 = 6
        while size < capacity * 2 {
            size *= 2
            bits += 1
        }
        tags = [UInt8](repeating: 0, count: size)
        // Only the tags are zeroed: a slot (a plain value, no references) is read only where its
        // tag says a key was put in it. Zeroing the slots too (24 bytes each, a document's table
        // sized to its text) was 2% of the claims stage's instructions.
        slots = [Slot](unsafeUninitializedCapacity: size) { _, count in count = size }
        shift = 64 - bits
    }

    /// The key's first slot and its tag.
    @inline(__always) private static func place(_ key: ShortWordKey, shift: UInt64) -> (slot: Int, tag: UInt8) {
        let h = (key.low ^ (key.high &* 0xC2B2_AE3D_27D4_EB4F) ^ UInt64(truncatingIfNeeded: key.count)) &* 0x9E37_79B9_7F4A_7C15
        return (Int(truncatingIfNeeded: h &>> shift), 0x80 | UInt8(truncatingIfNeeded: h &>> (shift &- 7)) & 0x7F)
    }

    @inline(__always) func value(for key: ShortWordKey) -> Int32? {
        tags.withUnsafeBufferPointer { tags in
            slots.withUnsafeBufferPointer { slots in
                let mask = tags.count - 1
                var (i, tag) = Self.place(key, shift: shift)
                let count = UInt32(truncatingIfNeeded: key.count + 1)
                while tags[i] != 0 {
                    if tags[i] == tag, slots[i].low == key.low, slots[i].high == key.high, slots[i].count == count { return slots[i].value }
                    i = (i + 1) & mask
                }
                return nil
            }
        }
    }

    /// Adds a key that is not in the table.
    @inline(__always) mutating func insert(_ key: ShortWordKey, _ value: Int32) {
        if (used + 1) * 2 > slots.count { grow() }
        used += 1
        var (i, tag) = Self.place(key, shift: shift)
        tags.withUnsafeMutableBufferPointer { tags in
            let mask = tags.count - 1
            while tags[i] != 0 { i = (i + 1) & mask }
            tags[i] = tag
        }
        slots[i] = Slot(low: key.low, high: key.high, count: UInt32(truncatingIfNeeded: key.count + 1), value: value)
    }

    private mutating func grow() {
        let old = self
        self = ShortWordTable(capacity: slots.count)
        for i in old.tags.indices where old.tags[i] != 0 {
            let s = old.slots[i]
            insert(ShortWordKey(low: s.low, high: s.high, count: Int(s.count) - 1), s.value)
        }
    }
}
