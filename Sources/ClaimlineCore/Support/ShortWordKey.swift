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
    /// A slot: the key's bytes, its byte count plus one (0 marks an empty slot) and its value,
    /// side by side so that a probe reads one cache line and a write checks one buffer.
    private struct Slot {
        var low: UInt64 = 0
        var high: UInt64 = 0
        var count: UInt32 = 0
        var value: Int32 = 0
    }

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
        slots = [Slot](repeating: Slot(), count: size)
        shift = 64 - bits
    }

    @inline(__always) private static func slot(_ key: ShortWordKey, shift: UInt64) -> Int {
        let h = (key.low ^ (key.high &* 0xC2B2_AE3D_27D4_EB4F) ^ UInt64(truncatingIfNeeded: key.count)) &* 0x9E37_79B9_7F4A_7C15
        return Int(truncatingIfNeeded: h &>> shift)
    }

    func value(for key: ShortWordKey) -> Int32? {
        slots.withUnsafeBufferPointer { slots in
            let mask = slots.count - 1
            var i = Self.slot(key, shift: shift)
            let count = UInt32(truncatingIfNeeded: key.count + 1)
            while slots[i].count != 0 {
                if slots[i].low == key.low && slots[i].high == key.high && slots[i].count == count { return slots[i].value }
                i = (i + 1) & mask
            }
            return nil
        }
    }

    /// Adds a key that is not in the table.
    mutating func insert(_ key: ShortWordKey, _ value: Int32) {
        if (used + 1) * 2 > slots.count { grow() }
        used += 1
        slots.withUnsafeMutableBufferPointer { slots in
            let mask = slots.count - 1
            var i = Self.slot(key, shift: shift)
            while slots[i].count != 0 { i = (i + 1) & mask }
            slots[i] = Slot(low: key.low, high: key.high, count: UInt32(truncatingIfNeeded: key.count + 1), value: value)
        }
    }

    private mutating func grow() {
        let old = slots
        self = ShortWordTable(capacity: slots.count)
        for s in old where s.count != 0 {
            insert(ShortWordKey(low: s.low, high: s.high, count: Int(s.count) - 1), s.value)
        }
    }
}
