/// A fixed set of words for the claims rules, asked about strings as they are (no case
/// folding). A `Set<String>` hashes the whole string with SipHash on every question, some
/// 350 instructions, and the rules ask about lemmas and words thousands of times a
/// document; here a word of up to 16 bytes is two integers and one probe.
struct WordList: ExpressibleByArrayLiteral, Sequence, Sendable {
    private var short: ShortWordTable
    private var long: Set<String> = []
    /// The distinct words, in the order given (for rules that list or combine them).
    let words: [String]

    init<Words: Sequence<String>>(_ words: Words) {
        let given = Array(words)
        short = ShortWordTable(capacity: given.count)
        var distinct: [String] = []
        for w in given where !Self.contains(w, short: short, long: long) {
            if let key = Self.key(w) { short.insert(key, 1) } else { long.insert(w) }
            distinct.append(w)
        }
        self.words = distinct
    }

    init(arrayLiteral elements: String...) { self.init(elements) }

    /// The word's bytes as they are, when there are at most 16, copied in one move (the
    /// table only ever compares keys made here).
    @inline(__always) private static func key(_ word: String) -> ShortWordKey? {
        var word = word
        return word.withUTF8 { b -> ShortWordKey? in
            guard b.count <= 16 else { return nil }
            var pair: (UInt64, UInt64) = (0, 0)
            withUnsafeMutableBytes(of: &pair) { $0.copyMemory(from: UnsafeRawBufferPointer(b)) }
            return ShortWordKey(low: pair.0, high: pair.1, count: b.count)
        }
    }

    func contains(_ word: String) -> Bool { Self.contains(word, short: short, long: long) }

    @inline(__always) private static func contains(_ word: String, short: ShortWordTable, long: Set<String>) -> Bool {
        if let key = key(word) { return short.value(for: key) != nil }
        return long.contains(word)
    }

    var count: Int { words.count }

    func makeIterator() -> IndexingIterator<[String]> { words.makeIterator() }

    func union<Words: Sequence<String>>(_ more: Words) -> WordList { WordList(words + more) }
}
