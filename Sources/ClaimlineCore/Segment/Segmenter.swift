/// Rule-based English sentence segmentation with code-point offsets.
///
/// Works on one paragraph at a time (a sentence never crosses a paragraph). A boundary is
/// considered only after a token that ends in `.`, `!`, `?` or `…` (plus closing quotes or
/// brackets) and before whitespace; the word before and the word after decide. Every word
/// that decides is listed, with the reason, in `Abbreviations`.
public struct Segmenter: Sendable {
    public init() {}

    /// Half-open code-point ranges of the sentences in `paragraph`, trimmed of whitespace.
    public func split(_ paragraph: [Unicode.Scalar]) -> [Range<Int>] {
        split(paragraph, in: 0..<paragraph.count)
    }

    /// Sentences of the paragraph `range` of `text`, as ranges into `text` (no copy).
    public func split(_ paragraph: [Unicode.Scalar], in range: Range<Int>) -> [Range<Int>] {
        let tokens = Self.tokens(paragraph, in: range)
        guard !tokens.isEmpty else { return [] }
        var out: [Range<Int>] = []
        var sentenceStart = 0  // token index
        var listMarker = ListMarker.detect(tokens, 0, paragraph)
        for t in 0..<(tokens.count - 1) {
            let boundary: Bool
            if let marker = listMarker, marker.isNext(tokens[t + 1], paragraph) {
                boundary = true
            } else {
                boundary = isBoundary(after: t, tokens: tokens, text: paragraph, sentenceStart: sentenceStart)
            }
            if boundary {
                out.append(tokens[sentenceStart].lowerBound..<tokens[t].upperBound)
                sentenceStart = t + 1
                if let marker = listMarker, marker.isNext(tokens[t + 1], paragraph) {
                    listMarker = marker.advanced()
                } else {
                    listMarker = ListMarker.detect(tokens, t + 1, paragraph)
                }
            }
        }
        out.append(tokens[sentenceStart].lowerBound..<tokens[tokens.count - 1].upperBound)
        return out
    }

    /// Whitespace-separated tokens as ranges.
    static func tokens(_ s: [Unicode.Scalar], in range: Range<Int>) -> [Range<Int>] {
        var out: [Range<Int>] = []
        out.reserveCapacity(range.count / 5 + 1)
        s.withUnsafeBufferPointer { p in
            var i = range.lowerBound
            let n = range.upperBound
            while i < n {
                while i < n && p[i].isSpace { i += 1 }
                guard i < n else { break }
                let start = i
                while i < n && !p[i].isSpace { i += 1 }
                out.append(start..<i)
            }
        }
        return out
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

    static func isUpper(_ c: Unicode.Scalar) -> Bool { c.isUpper }
    static func isLower(_ c: Unicode.Scalar) -> Bool { c.isLower }
    /// Digits, and the currency signs that open amounts ("$588,350,000").
    static func isDigit(_ c: Unicode.Scalar) -> Bool { (c.value >= 0x30 && c.value <= 0x39) || c == "$" || c == "€" || c == "£" }

    /// The first letter or digit of a token, past opening quotes and brackets.
    static func firstSignificant(_ r: Range<Int>, _ s: [Unicode.Scalar]) -> Unicode.Scalar? {
        var i = r.lowerBound
        while i < r.upperBound && isOpener(s[i]) { i += 1 }
        return i < r.upperBound ? s[i] : nil
    }

    /// The token's word, lowercased, without openers and its final terminal punctuation and closers.
    static func word(_ r: Range<Int>, _ s: [Unicode.Scalar], dropFinalPeriod: Bool = true) -> String {
        var lo = r.lowerBound
        var hi = r.upperBound
        while lo < hi && isOpener(s[lo]) && s[lo] != "-" { lo += 1 }
        while hi > lo && isCloser(s[hi - 1]) { hi -= 1 }
        if dropFinalPeriod && hi > lo && s[hi - 1] == "." { hi -= 1 }
        var out = String.UnicodeScalarView()
        for i in lo..<hi { out.append(s[i]) }
        return String(out)
    }

    func isBoundary(after t: Int, tokens: [Range<Int>], text s: [Unicode.Scalar], sentenceStart: Int) -> Bool {
        let tok = tokens[t]
        // A closing quote set off by a space (`said one analyst. " International …`): the
        // sentence ends after the quote if it would have ended before it.
        if t > sentenceStart, tok.allSatisfy({ s[$0] == "\"" || s[$0] == "”" || s[$0] == "’" || s[$0] == "'" }) {
            let prev = tokens[t - 1]
            if let last = prev.last.map({ s[$0] }), last == "." || last == "!" || last == "?",
               let nf = Self.firstSignificant(tokens[t + 1], s), Self.isUpper(nf) {
                return last != "." || !isAbbreviation(Self.word(prev, s))
            }
        }
        // "COFFEE: Futures prices rose …", "GRAINS AND SOYBEANS: The prices …": a label in
        // capitals and a colon head their own line.
        if s[tok.upperBound - 1] == ":", let nf = Self.firstSignificant(tokens[t + 1], s), Self.isUpper(nf) {
            let label = (sentenceStart...t).flatMap { Array(tokens[$0]) }.map { s[$0] }
            let letters = label.filter { $0.properties.isAlphabetic }
            if letters.count >= 2, letters.allSatisfy(Self.isUpper), t - sentenceStart < 5 { return true }
        }
        // Strip closing quotes and brackets to find the terminal punctuation.
        var end = tok.upperBound
        while end > tok.lowerBound && Self.isCloser(s[end - 1]) { end -= 1 }
        guard end > tok.lowerBound else { return false }
        let last = s[end - 1]
        guard last == "." || last == "!" || last == "?" || last == "…" else { return false }
        let closed = end < tok.upperBound
        let next = tokens[t + 1]
        guard let nextFirst = Self.firstSignificant(next, s) else { return false }
        let nextWord = Self.word(next, s, dropFinalPeriod: false).lowercased()
        let nextStartsUpper = Self.isUpper(nextFirst)
        // A bracket or a quote closed after a full stop inside it, followed by lowercase:
        // "(He … engineer.) at the …", "'This is great.' she said."
        if Self.isLower(nextFirst) { return false }

        // Count the terminal dots (spaced ". . ." or joined "...").
        if last == "." || last == "…" {
            var dots = 0
            var i = end - 1
            var spacedDots = 0
            while i >= tok.lowerBound && (s[i] == "." || s[i] == "…") { dots += s[i] == "…" ? 3 : 1; i -= 1 }
            let tokenIsOnlyDots = i < tok.lowerBound
            if tokenIsOnlyDots {
                // Spaced ellipsis ". . ." — look back over the previous dot tokens.
                spacedDots = dots
                var k = t - 1
                while k >= 0 && tokens[k].allSatisfy({ s[$0] == "." }) { spacedDots += tokens[k].count; k -= 1 }
                // Four dots are an ellipsis and a full stop; three are an ellipsis inside a sentence.
                return spacedDots >= 4 && (nextStartsUpper || Self.isDigit(nextFirst))
            }
            // "compounds. . . . The": a word's own full stop before a spaced ellipsis ends the
            // sentence when a new sentence follows the dots; "complex. . . .”" at the end does not.
            if dots == 1 && next.count == 1 && s[next.lowerBound] == "." && !closed {
                let w = Self.word(tok, s)
                var k = t + 1
                while k < tokens.count && tokens[k].allSatisfy({ s[$0] == "." || Self.isCloser(s[$0]) }) { k += 1 }
                guard k < tokens.count, let f = Self.firstSignificant(tokens[k], s), Self.isUpper(f) else { return false }
                return !isAbbreviation(w) && w.unicodeScalars.count > 1
            }
            // "[...]": an editor's ellipsis inside a quotation, never an end.
            if i >= tok.lowerBound, s[i] == "[" { return false }
            if dots >= 2 || last == "…" {
                // "spun off.... And" ends; "what I mean...see" does not (lowercase handled above).
                if dots >= 4 { return nextStartsUpper || Self.isDigit(nextFirst) }
                return nextStartsUpper && nextWord != "i" && !nextWord.hasPrefix("i'") && !nextWord.hasPrefix("i’")
            }
        }
        if last == "!" || last == "?" {
            return nextStartsUpper || Self.isDigit(nextFirst) || Self.isOpener(s[next.lowerBound])
        }

        // A list marker at the start of the sentence: "1. The first item", "a. The first item".
        if t == sentenceStart || (t == sentenceStart + 1 && tokens[sentenceStart].count == 1 && "•⁃-*".unicodeScalars.contains(s[tokens[sentenceStart].lowerBound])) {
            if ListMarker.isMarker(tok, s) { return false }
        }
        // A single full stop.
        let original = Self.word(tok, s)  // case kept, final period dropped
        let w = original.lowercased()
        if closed {
            // `"…great."` then a capital: the quote ends the sentence.
            return nextStartsUpper || Self.isDigit(nextFirst)
        }
        if w.isEmpty { return false }
        // Numbers: "$90.20." ends; "No. 3" is handled by the word before the number.
        if Abbreviations.beforeNumber.contains(w) && Self.isDigit(nextFirst) { return false }
        if Abbreviations.beforeName.contains(w) { return !(nextStartsUpper || Self.isDigit(nextFirst)) }

        let scalars = Array(original.unicodeScalars)
        // Initials: "Jonas E. Smith", "Albert I. Jones" — but the pronoun in "you and I. Did".
        if scalars.count == 1 && Self.isUpper(scalars[0]) {
            if original == "I", t > 0 {
                let prev = Self.word(tokens[t - 1], s)
                if let p = prev.unicodeScalars.first, Self.isLower(p) { return nextStartsUpper }
            }
            return false
        }
        if Abbreviations.timesOfDay.contains(w) {
            // "At 5 a.m. Mr. Smith went…": an opening time phrase, not a sentence.
            let length = t - sentenceStart + 1
            if length <= 4, Abbreviations.timePrepositions.contains(Self.word(tokens[sentenceStart], s).lowercased()) { return false }
            return nextStartsUpper
        }
        if Abbreviations.suffixes.contains(w) {
            let nw = nextWord.hasSuffix(".") ? String(nextWord.dropLast()) : nextWord
            if Abbreviations.suffixes.contains(nw) { return false }
            return nextStartsUpper || Self.isDigit(nextFirst)
        }
        if let f = scalars.first, Self.isUpper(f), Abbreviations.places.contains(w) {
            if isAfterPlaceComma(t, tokens, s), nextStartsUpper { return true }
            return Abbreviations.sentenceStarters.contains(Self.stripPossessive(nextWord.trimmingCharacters(in: ",.;:"))) || Self.isOpener(s[next.lowerBound])
        }
        // Dotted acronyms and initials: "U.S.", "E.U.", "R.L.", "U.S.A." (letters only: "3.36"
        // and "4.7%" are numbers, handled below).
        if w.utf8.contains(UInt8(ascii: ".")) {
            let letters = w.split(separator: ".")
            if letters.allSatisfy({ $0.count <= 2 && $0.allSatisfy(\.isLetter) }) {
                // "… based in Purchase, N.Y. Aetna Life …": a place closing an address ends it.
                if isAfterPlaceComma(t, tokens, s), nextStartsUpper { return true }
                let nw = Self.stripPossessive(nextWord.trimmingCharacters(in: ",.;:"))
                return Abbreviations.sentenceStarters.contains(nw) || Self.isOpener(s[next.lowerBound])
            }
            // An address or a URL ending a sentence: "…/awesome_content.html. Please"
            return nextStartsUpper || Self.isDigit(nextFirst)
        }
        return nextStartsUpper || Self.isDigit(nextFirst) || Self.isOpener(s[next.lowerBound])
    }

    /// "Franklin Park, Ill." — the abbreviation follows a capitalised place name and a comma.
    func isAfterPlaceComma(_ t: Int, _ tokens: [Range<Int>], _ s: [Unicode.Scalar]) -> Bool {
        guard t > 0 else { return false }
        let prev = tokens[t - 1]
        return s[prev.upperBound - 1] == "," && Self.isUpper(s[prev.lowerBound])
    }

    static func stripPossessive(_ w: String) -> String {
        w.hasSuffix("'s") || w.hasSuffix("’s") ? String(w.dropLast(2)) : w
    }

    func isAbbreviation(_ w: String) -> Bool {
        let l = w.lowercased()
        return Abbreviations.beforeName.contains(l) || Abbreviations.suffixes.contains(l) || Abbreviations.beforeNumber.contains(l)
    }
}

/// Enumerated list items written inline: "1.) … 2.) …", "a. … b. …", "• … • …".
struct ListMarker {
    enum Style { case number, letter, bullet }
    var style: Style
    var value: Int  // the number, or the letter's index
    var suffix: String  // ".", ")", ".)"

    static func parse(_ r: Range<Int>, _ s: [Unicode.Scalar]) -> ListMarker? {
        var i = r.lowerBound
        if i < r.upperBound && (s[i] == "•" || s[i] == "⁃") {
            if r.count == 1 { return ListMarker(style: .bullet, value: 0, suffix: "") }
            i += 1  // "⁃9."
        }
        var n = 0
        var digits = 0
        while i < r.upperBound && s[i].value >= 0x30 && s[i].value <= 0x39 && digits < 3 { n = n * 10 + Int(s[i].value - 0x30); i += 1; digits += 1 }
        var style = Style.number
        if digits == 0 {
            guard i < r.upperBound, s[i].value >= 0x61 && s[i].value <= 0x7A else { return nil }
            style = .letter
            n = Int(s[i].value - 0x61)
            i += 1
        }
        let suffix = String(String.UnicodeScalarView(s[i..<r.upperBound]))
        guard suffix == "." || suffix == ")" || suffix == ".)" else { return nil }
        if style == .letter && suffix != "." && suffix != ")" { return nil }
        return ListMarker(style: style, value: n, suffix: suffix)
    }

    static func isMarker(_ r: Range<Int>, _ s: [Unicode.Scalar]) -> Bool {
        guard let m = parse(r, s) else { return false }
        return m.style != .letter || r.count == 2
    }

    /// A marker at token `t` that starts a list ("1." or "a." or a bullet).
    static func detect(_ tokens: [Range<Int>], _ t: Int, _ s: [Unicode.Scalar]) -> ListMarker? {
        guard t < tokens.count, let m = parse(tokens[t], s) else { return nil }
        if m.style == .bullet { return m }
        if m.style == .letter && m.value != 0 { return nil }
        if m.style == .number && s[tokens[t].lowerBound] != "⁃" && m.value > 20 { return nil }
        return m
    }

    func isNext(_ r: Range<Int>, _ s: [Unicode.Scalar]) -> Bool {
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
