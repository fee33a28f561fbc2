/// Rule-based English sentence segmentation over UTF-8 bytes.
///
/// Works on one paragraph at a time (a sentence never crosses a paragraph). A boundary is
/// considered only after a token that ends in `.`, `!`, `?` or `…` (plus closing quotes or
/// brackets) and before whitespace; the word before and the word after decide. Every word
/// that decides is listed, with the reason, in `Abbreviations`. Ranges are byte offsets;
/// `SegmentStage` counts them into code-point offsets and slices the document's text.
public struct Segmenter: Sendable {
    public init() {}

    /// The sentences of one paragraph, trimmed of whitespace.
    public func split(_ paragraph: String) -> [String] {
        var copy = paragraph
        return copy.withUTF8 { bytes in
            let text = UTF8Text(bytes: bytes)
            var out: [Range<Int>] = []
            split(text, in: 0..<bytes.count, into: &out)
            return out.map { text.string($0) }
        }
    }

    /// Appends the byte ranges of the sentences of the paragraph `range` of `text` to `out`.
    ///
    /// Tokens (runs of non-space) are found as the loop goes, never stored: a boundary needs
    /// only the token, its neighbours and the sentence's first token; the rare rule that looks
    /// further (spaced ellipses) scans the bytes again.
    func split(_ s: UTF8Text, in range: Range<Int>, into out: inout [Range<Int>]) {
        UTF8Text.spaceClass.withUnsafeBufferPointer { classes in
            let tokens = Tokens(text: s, range: range, classes: classes.baseAddress!)
            guard var token = tokens.first(from: range.lowerBound) else { return }
            var context = Context(previous: nil, sentenceFirst: token, indexInSentence: 0)
            var listMarker = ListMarker.detect(token, s)
            while let next = tokens.first(from: token.upperBound) {
                let boundary: Bool
                let nextIsMarker = listMarker.map { $0.isNext(next, s) } ?? false
                if nextIsMarker {
                    boundary = true
                } else {
                    boundary = Self.mayEndSentence(token, s) && isBoundary(after: token, before: next, context, tokens)
                }
                if boundary {
                    out.append(context.sentenceFirst.lowerBound..<token.upperBound)
                    context.sentenceFirst = next
                    context.indexInSentence = 0
                    listMarker = nextIsMarker ? listMarker!.advanced() : ListMarker.detect(next, s)
                } else {
                    context.indexInSentence += 1
                }
                context.previous = token
                token = next
            }
            out.append(context.sentenceFirst.lowerBound..<token.upperBound)
        }
    }

    /// Where a token stands: what the rules look at besides the token and the next one.
    struct Context {
        /// The token before, in the same paragraph.
        var previous: Range<Int>?
        var sentenceFirst: Range<Int>
        /// 0 for the sentence's first token.
        var indexInSentence: Int
    }

    /// The whitespace-separated tokens of a paragraph, found from any byte in either direction.
    struct Tokens {
        let text: UTF8Text
        let range: Range<Int>
        let classes: UnsafePointer<UInt8>

        /// The first token starting at or after byte `i`.
        @inline(__always) func first(from i: Int) -> Range<Int>? {
            var i = i
            let n = range.upperBound
            while i < n {
                let w = text.spaceLength(at: i)
                if w == 0 { break }
                i += w
            }
            guard i < n else { return nil }
            return i..<text.wordEnd(from: i + 1, to: n, classes)
        }

        /// The token before the one starting at byte `start`.
        func previous(before start: Int) -> Range<Int>? {
            var end = start
            while end > range.lowerBound {
                let (c, lead) = text.scalar(before: end)
                guard c.isSpace else { break }
                end = lead
            }
            guard end > range.lowerBound else { return nil }
            var lower = end
            while lower > range.lowerBound {
                let (c, lead) = text.scalar(before: lower)
                if c.isSpace { break }
                lower = lead
            }
            return lower..<end
        }
    }

    /// Only a token whose last byte is terminal punctuation, a colon, a closing quote or
    /// bracket, or part of a non-ASCII character (a curly quote, `…`) can end a sentence; the
    /// rest (almost all words) are passed over without a look at their neighbours.
    @inline(__always) static func mayEndSentence(_ tok: Range<Int>, _ s: UTF8Text) -> Bool {
        switch s[tok.upperBound - 1] {
        case UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?"), UInt8(ascii: ":"), UInt8(ascii: "\""),
            UInt8(ascii: "'"), UInt8(ascii: ")"), UInt8(ascii: "]"), UInt8(ascii: "}"), UInt8(ascii: "*"):
            return true
        case let b: return b >= 0x80
        }
    }

    static func isCloser(_ c: Unicode.Scalar) -> Bool {
        switch c {
        case "\"", "'", "”", "’", ")", "]", "}", "»", "›", "*": return true
        default: return false
        }
    }

    static func isOpener(_ c: Unicode.Scalar) -> Bool {
        switch c {
        case "\"", "'", "“", "‘", "(", "[", "{", "«", "‹", "¿", "¡", "*", "-", "—", "–", "•", "⁃": return true
        default: return false
        }
    }

    static func isQuote(_ c: Unicode.Scalar) -> Bool { c == "\"" || c == "”" || c == "’" || c == "'" }
    static func isUpper(_ c: Unicode.Scalar) -> Bool { c.isUpper }
    static func isLower(_ c: Unicode.Scalar) -> Bool { c.isLower }
    /// Digits, and the currency signs that open amounts ("$588,350,000").
    static func isDigit(_ c: Unicode.Scalar) -> Bool { (c.value >= 0x30 && c.value <= 0x39) || c == "$" || c == "€" || c == "£" }

    /// The first letter or digit of a token, past opening quotes and brackets.
    static func firstSignificant(_ r: Range<Int>, _ s: UTF8Text) -> Unicode.Scalar? {
        var i = r.lowerBound
        while i < r.upperBound {
            let (c, n) = s.scalar(at: i)
            if !isOpener(c) { return c }
            i += n
        }
        return nil
    }

    /// The token's word without openers and its final terminal punctuation and closers.
    static func wordRange(_ r: Range<Int>, _ s: UTF8Text, dropFinalPeriod: Bool = true) -> Range<Int> {
        var lo = r.lowerBound
        var hi = r.upperBound
        while lo < hi {
            let (c, n) = s.scalar(at: lo)
            guard isOpener(c) && c != "-" else { break }
            lo += n
        }
        while hi > lo {
            let (c, start) = s.scalar(before: hi)
            guard isCloser(c) else { break }
            hi = start
        }
        if dropFinalPeriod && hi > lo && s[hi - 1] == UInt8(ascii: ".") { hi -= 1 }
        return lo..<hi
    }

    /// What the word after a full stop is, to tell a new sentence: `wordRange` less the
    /// punctuation around it and a possessive ("The", "He's", "(Meanwhile,").
    static func nextWordKind(_ r: Range<Int>, _ s: UTF8Text) -> Abbreviations.Kind {
        let w = wordRange(r, s, dropFinalPeriod: false)
        var lo = w.lowerBound
        var hi = w.upperBound
        func isTrimmed(_ b: UInt8) -> Bool { b == UInt8(ascii: ",") || b == UInt8(ascii: ".") || b == UInt8(ascii: ";") || b == UInt8(ascii: ":") }
        while lo < hi && isTrimmed(s[lo]) { lo += 1 }
        while hi > lo && isTrimmed(s[hi - 1]) { hi -= 1 }
        if hi - lo >= 2, s[hi - 1] | 0x20 == UInt8(ascii: "s") {
            if s[hi - 2] == UInt8(ascii: "'") {
                hi -= 2
            } else if hi - lo >= 4, s[hi - 4] == 0xE2, s[hi - 3] == 0x80, s[hi - 2] == 0x99 {  // ’
                hi -= 4
            }
        }
        return Abbreviations.kind(s, lo..<hi)
    }

    func isBoundary(after tok: Range<Int>, before next: Range<Int>, _ context: Context, _ tokens: Tokens) -> Bool {
        let s = tokens.text
        let index = context.indexInSentence
        // A closing quote set off by a space (`said one analyst. " International …`): the
        // sentence ends after the quote if it would have ended before it.
        if index > 0, let prev = context.previous, s.allScalars(in: tok, Self.isQuote) {
            let last = s[prev.upperBound - 1]
            if last == UInt8(ascii: ".") || last == UInt8(ascii: "!") || last == UInt8(ascii: "?"),
               let nf = Self.firstSignificant(next, s), Self.isUpper(nf) {
                return last != UInt8(ascii: ".") || Abbreviations.kind(s, Self.wordRange(prev, s)).isDisjoint(with: .abbreviation)
            }
        }
        // "COFFEE: Futures prices rose …", "GRAINS AND SOYBEANS: The prices …": a label in
        // capitals and a colon head their own line.
        if s[tok.upperBound - 1] == UInt8(ascii: ":"), index < 5, let nf = Self.firstSignificant(next, s), Self.isUpper(nf) {
            var letters = 0
            var allUpper = true
            _ = s.allScalars(in: context.sentenceFirst.lowerBound..<tok.upperBound) { c in
                if c.value < 0x80 ? (c.value | 0x20 >= 0x61 && c.value | 0x20 <= 0x7A) : Unicode.Scalar.isAlphabetic(c) {
                    letters += 1
                    if !Self.isUpper(c) { allUpper = false }
                }
                return true
            }
            if letters >= 2, allUpper { return true }
        }
        // Strip closing quotes and brackets to find the terminal punctuation.
        var end = tok.upperBound
        while end > tok.lowerBound {
            let (c, start) = s.scalar(before: end)
            guard Self.isCloser(c) else { break }
            end = start
        }
        guard end > tok.lowerBound else { return false }
        let (last, lastStart) = s.scalar(before: end)
        guard last == "." || last == "!" || last == "?" || last == "…" else { return false }
        let closed = end < tok.upperBound
        guard let nextFirst = Self.firstSignificant(next, s) else { return false }
        let nextStartsUpper = Self.isUpper(nextFirst)
        let nextOpens = Self.isOpener(s.scalar(at: next.lowerBound).0)
        // A bracket or a quote closed after a full stop inside it, followed by lowercase:
        // "(He … engineer.) at the …", "'This is great.' she said."
        if Self.isLower(nextFirst) { return false }

        // Count the terminal dots (spaced ". . ." or joined "...").
        if last == "." || last == "…" {
            var dots = 0
            var runStart = end
            var c = last
            var cStart = lastStart
            while c == "." || c == "…" {
                dots += c == "…" ? 3 : 1
                runStart = cStart
                guard runStart > tok.lowerBound else { break }
                (c, cStart) = s.scalar(before: runStart)
            }
            if runStart == tok.lowerBound {
                // Spaced ellipsis ". . ." — look back over the previous dot tokens.
                var spacedDots = dots
                var k = context.previous
                while let before = k, s.allScalars(in: before, { $0 == "." }) {
                    spacedDots += before.count
                    k = tokens.previous(before: before.lowerBound)
                }
                // Four dots are an ellipsis and a full stop; three are an ellipsis inside a sentence.
                return spacedDots >= 4 && (nextStartsUpper || Self.isDigit(nextFirst))
            }
            // "compounds. . . . The": a word's own full stop before a spaced ellipsis ends the
            // sentence when a new sentence follows the dots; "complex. . . .”" at the end does not.
            if dots == 1 && next.count == 1 && s[next.lowerBound] == UInt8(ascii: ".") && !closed {
                let w = Self.wordRange(tok, s)
                var k: Range<Int>? = next
                while let after = k, s.allScalars(in: after, { $0 == "." || Self.isCloser($0) }) { k = tokens.first(from: after.upperBound) }
                guard let after = k, let f = Self.firstSignificant(after, s), Self.isUpper(f) else { return false }
                return Abbreviations.kind(s, w).isDisjoint(with: .abbreviation) && s.codePoints(in: w) > 1
            }
            // "[...]": an editor's ellipsis inside a quotation, never an end.
            if s[runStart - 1] == UInt8(ascii: "[") { return false }
            if dots >= 2 || last == "…" {
                // "spun off.... And" ends; "what I mean...see" does not (lowercase handled above).
                if dots >= 4 { return nextStartsUpper || Self.isDigit(nextFirst) }
                let nw = s.string(Self.wordRange(next, s, dropFinalPeriod: false)).lowercased()
                return nextStartsUpper && nw != "i" && !nw.hasPrefix("i'") && !nw.hasPrefix("i’")
            }
        }
        if last == "!" || last == "?" {
            return nextStartsUpper || Self.isDigit(nextFirst) || nextOpens
        }

        // A list marker at the start of the sentence: "1. The first item", "a. The first item".
        if index == 0 || (index == 1 && Self.isBulletToken(context.sentenceFirst, s)) {
            if ListMarker.isMarker(tok, s) { return false }
        }
        // A single full stop.
        let w = Self.wordRange(tok, s)  // final period dropped
        if closed {
            // `"…great."` then a capital: the quote ends the sentence.
            return nextStartsUpper || Self.isDigit(nextFirst)
        }
        if w.isEmpty { return false }
        // Numbers: "$90.20." ends; "No. 3" is handled by the word before the number.
        let kind = Abbreviations.kind(s, w)
        if kind.contains(.beforeNumber) && Self.isDigit(nextFirst) { return false }
        if kind.contains(.beforeName) { return !(nextStartsUpper || Self.isDigit(nextFirst)) }

        let (first, firstLength) = s.scalar(at: w.lowerBound)
        // Initials: "Jonas E. Smith", "Albert I. Jones" — but the pronoun in "you and I. Did".
        if firstLength == w.count, Self.isUpper(first) {
            if first == "I", let previous = context.previous {
                let prev = Self.wordRange(previous, s)
                if !prev.isEmpty, Self.isLower(s.scalar(at: prev.lowerBound).0) { return nextStartsUpper }
            }
            return false
        }
        if kind.contains(.timeOfDay) {
            // "At 5 a.m. Mr. Smith went…": an opening time phrase, not a sentence.
            let length = index + 1
            if length <= 4, Abbreviations.kind(s, Self.wordRange(context.sentenceFirst, s)).contains(.timePreposition) { return false }
            return nextStartsUpper
        }
        if kind.contains(.suffix) {
            if Abbreviations.kind(s, Self.wordRange(next, s)).contains(.suffix) { return false }
            return nextStartsUpper || Self.isDigit(nextFirst)
        }
        if Self.isUpper(first), kind.contains(.place) {
            if isAfterPlaceComma(context, s), nextStartsUpper { return true }
            return Self.nextWordKind(next, s).contains(.sentenceStarter) || nextOpens
        }
        // Dotted acronyms and initials: "U.S.", "E.U.", "R.L.", "U.S.A." (letters only: "3.36"
        // and "4.7%" are numbers, handled below).
        if s.bytes[w].contains(UInt8(ascii: ".")) {
            let letters = s.string(w).split(separator: ".")
            if letters.allSatisfy({ $0.count <= 2 && $0.allSatisfy(\.isLetter) }) {
                // "… based in Purchase, N.Y. Aetna Life …": a place closing an address ends it.
                if isAfterPlaceComma(context, s), nextStartsUpper { return true }
                return Self.nextWordKind(next, s).contains(.sentenceStarter) || nextOpens
            }
            // An address or a URL ending a sentence: "…/awesome_content.html. Please"
            return nextStartsUpper || Self.isDigit(nextFirst)
        }
        return nextStartsUpper || Self.isDigit(nextFirst) || nextOpens
    }

    /// A bullet standing alone before a list marker: "• 1. The first item".
    static func isBulletToken(_ r: Range<Int>, _ s: UTF8Text) -> Bool {
        let (c, n) = s.scalar(at: r.lowerBound)
        return n == r.count && (c == "•" || c == "⁃" || c == "-" || c == "*")
    }

    /// "Franklin Park, Ill." — the abbreviation follows a capitalised place name and a comma.
    func isAfterPlaceComma(_ context: Context, _ s: UTF8Text) -> Bool {
        guard let prev = context.previous else { return false }
        return s[prev.upperBound - 1] == UInt8(ascii: ",") && Self.isUpper(s.scalar(at: prev.lowerBound).0)
    }

}

/// Enumerated list items written inline: "1.) … 2.) …", "a. … b. …", "• … • …".
struct ListMarker {
    enum Style { case number, letter, bullet }
    var style: Style
    var value: Int  // the number, or the letter's index
    var suffix: Suffix

    enum Suffix { case period, parenthesis, periodParenthesis }

    static func parse(_ r: Range<Int>, _ s: UTF8Text) -> ListMarker? {
        var i = r.lowerBound
        let (first, firstLength) = s.scalar(at: i)
        if first == "•" || first == "⁃" {
            if r.count == firstLength { return ListMarker(style: .bullet, value: 0, suffix: .period) }
            i += firstLength  // "⁃9."
        }
        var n = 0
        var digits = 0
        while i < r.upperBound && s[i] >= 0x30 && s[i] <= 0x39 && digits < 3 { n = n * 10 + Int(s[i] - 0x30); i += 1; digits += 1 }
        var style = Style.number
        if digits == 0 {
            guard i < r.upperBound, s[i] >= 0x61 && s[i] <= 0x7A else { return nil }
            style = .letter
            n = Int(s[i] - 0x61)
            i += 1
        }
        let suffix: Suffix
        switch r.upperBound - i {
        case 1 where s[i] == UInt8(ascii: "."): suffix = .period
        case 1 where s[i] == UInt8(ascii: ")"): suffix = .parenthesis
        case 2 where s[i] == UInt8(ascii: ".") && s[i + 1] == UInt8(ascii: ")") && style == .number: suffix = .periodParenthesis
        default: return nil
        }
        return ListMarker(style: style, value: n, suffix: suffix)
    }

    static func isMarker(_ r: Range<Int>, _ s: UTF8Text) -> Bool {
        guard let m = parse(r, s) else { return false }
        return m.style != .letter || r.count == 2
    }

    /// A marker token that starts a list ("1." or "a." or a bullet).
    static func detect(_ token: Range<Int>, _ s: UTF8Text) -> ListMarker? {
        guard let m = parse(token, s) else { return nil }
        if m.style == .bullet { return m }
        if m.style == .letter && m.value != 0 { return nil }
        if m.style == .number && s.scalar(at: token.lowerBound).0 != "⁃" && m.value > 20 { return nil }
        return m
    }

    func isNext(_ r: Range<Int>, _ s: UTF8Text) -> Bool {
        guard let m = ListMarker.parse(r, s), m.style == style else { return false }
        switch style {
        case .bullet: return true
        case .number, .letter: return m.value == value + 1 && m.suffix == suffix
        }
    }

    func advanced() -> ListMarker {
        var m = self
        m.value += 1
        return m
    }
}
