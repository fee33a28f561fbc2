/// A fixed set of word numbers (the catalog's), as bits: a rule's "is this word one of
/// these?" is a shift and a mask, where a `Set<Int32>` hashed the number with SipHash.
struct WordIDSet: ExpressibleByArrayLiteral, Sendable {
    private var bits: [UInt64] = []

    init<IDs: Sequence<Int32>>(_ ids: IDs) {
        for id in ids { insert(id) }
    }

    init(arrayLiteral elements: Int32...) { self.init(elements) }

    private mutating func insert(_ id: Int32) {
        precondition(id >= 0, "a word set holds only the catalog's words")
        let word = Int(id) >> 6
        if word >= bits.count { bits += [UInt64](repeating: 0, count: word + 1 - bits.count) }
        bits[word] |= 1 << UInt64(id & 63)
    }

    /// Numbers of a document's own words (past the catalog) and -1 (no word) are in no set.
    @inline(__always) func contains(_ id: Int32) -> Bool {
        let word = Int(id) >> 6
        return id >= 0 && word < bits.count && bits[word] & (1 << UInt64(id & 63)) != 0
    }

    func union<IDs: Sequence<Int32>>(_ more: IDs) -> WordIDSet {
        var out = self
        for id in more { out.insert(id) }
        return out
    }
}
