extension RandomAccessCollection where Index == Int {
    /// How many leading elements have a key below `x`, the elements being sorted by key: the
    /// first index whose key is at least `x`. Tokens, sentences, quotations and mentions are all
    /// kept in text order, and the claims rules look them up by position this way.
    func count(keyBelow x: Int, in range: Range<Int>? = nil, _ key: (Element) -> Int) -> Int {
        var lo = range?.lowerBound ?? startIndex, hi = range?.upperBound ?? endIndex
        while lo < hi {
            let mid = (lo + hi) / 2
            if key(self[mid]) < x { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }
}
