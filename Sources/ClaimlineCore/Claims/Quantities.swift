/// Numbers with their units: "145 percent", "$3.2 billion", "1,200 jobs", "a third".
enum QuantityParser {
    static let scales: [String: Double] = ["thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "bn": 1e9, "m": 1e6, "k": 1e3]
    /// Scales written onto a number: "€20m", "£1.2bn", "$5b", "$10k", "$1tn".
    static let attachedScales: [String: Double] = ["m": 1e6, "bn": 1e9, "b": 1e9, "k": 1e3, "tn": 1e12]
    static let percentWords: WordList = ["percent", "per", "%", "pct"]
    static let wordNumbers: [String: Double] = [
        "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11,
        "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "hundred": 100, "dozen": 12,
        "hundreds": 100, "thousands": 1000, "millions": 1e6, "billions": 1e9,
    ]
    static let fractions: [String: Double] = [
        "half": 0.5, "third": 1.0 / 3, "quarter": 0.25, "fifth": 0.2, "tenth": 0.1, "thirds": 1.0 / 3, "quarters": 0.25, "fifths": 0.2,
        "two-thirds": 2.0 / 3, "three-quarters": 0.75, "one-third": 1.0 / 3, "one-quarter": 0.25, "one-fifth": 0.2, "one-half": 0.5,
        "two-fifths": 0.4, "three-fifths": 0.6, "one-tenth": 0.1,
    ]
    /// Words a fraction after "a" is followed by: "a third of voters", "a quarter more".
    static let afterFraction: WordList = ["of", "more", "less", "fewer", "higher", "lower", "than", "since", "over", "in", "from", "to", "and", "or", "as"]
    /// Words before "half of", "quarter of" that make it a period or a rank, not a share.
    static let partsOfAWhole: WordList = ["first", "second", "third", "fourth", "last", "final", "other", "latter", "former", "top", "bottom", "upper", "lower", "back", "front", "opening", "closing"]
    static let months: WordList = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.", "sep.", "sept.", "oct.", "nov.", "dec."]
    static let currencyWords: [String: String] = ["dollars": "USD", "dollar": "USD", "euros": "EUR", "euro": "EUR", "pounds": "GBP", "yuan": "CNY", "yen": "JPY", "rupees": "INR"]
    static let countUnits: WordList = ["people", "jobs", "workers", "votes", "voters", "deaths", "cases", "troops", "years", "months", "days", "hours", "points", "seats", "times", "tons", "tonnes", "barrels", "miles", "kilometers", "acres", "students", "members", "residents", "immigrants", "refugees", "children", "women", "men", "americans", "companies", "countries", "states", "percentage"]

    /// A year as written: four plain digits from 1800 to 2100 ("2016", not "2,016" or "$2016").
    static func isYear(_ t: TextToken, value v: Double, _ s: [Unicode.Scalar]) -> Bool {
        t.range.count == 4 && !s[t.range].contains { $0 == "." || $0 == "," } && v >= 1800 && v <= 2100
    }

    /// A number token's value. Numbers of up to 15 digits with commas and a period ("145",
    /// "1,200", "$3.2", "1990s") are read from the scalars (`reading`), others through `Double`.
    static func parseNumber(_ s: [Unicode.Scalar], _ r: Range<Int>) -> Double? {
        var lo = r.lowerBound
        if lo < r.upperBound, s[lo] == "$" || s[lo] == "€" || s[lo] == "£" { lo += 1 }
        var hi = r.upperBound
        // "1990s": the decade's number (a lone "s" is no number).
        if hi - lo > 1, s[hi - 1] == "s" { hi -= 1 }
        switch reading(s, lo..<hi) {
        case .value(let v): return v
        case .notANumber: return nil
        case .text: return parseNumber(scalarString(s, r))
        }
    }

    /// What a number token's scalars say without a String (the String path cost 4,000
    /// instructions a number).
    enum Reading {
        case value(Double)
        /// A mark other than a comma or a period ("2-3", "24/7", "9/11"): no Double of the text
        /// either (a number token has no letter but "s", so no exponent and no "inf").
        case notANumber
        /// 16 digits or more, two periods, or none after the period: the text decides.
        case text
    }

    /// "145", "1,200", "3.5", "1,250.75": the digits as one integer below 10^15, divided by a
    /// power of ten up to 10^15, both exact in a Double. One rounding: the correctly rounded
    /// value `Double(String)` gives.
    static func reading(_ s: [Unicode.Scalar], _ r: Range<Int>) -> Reading {
        var mantissa = 0
        var digits = 0
        var periods = 0
        var fraction = -1
        for k in r {
            let v = s[k].value
            if v &- 0x30 < 10 {
                if digits < 15 { mantissa = mantissa &* 10 &+ Int(v &- 0x30) }
                digits += 1
                if fraction >= 0 { fraction += 1 }
            } else if v == 0x2E {
                periods += 1
                if fraction < 0 { fraction = 0 }
            } else if v != 0x2C {
                return .notANumber
            }
        }
        guard digits > 0, digits <= 15, periods <= 1, fraction != 0 else { return .text }
        return .value(fraction < 0 ? Double(mantissa) : Double(mantissa) / powersOfTen[fraction])
    }

    /// 10^0 … 10^15, each exact in a Double (fractions have at most 15 digits here).
    static let powersOfTen: [Double] = (0...15).map { k in (0..<k).reduce(1.0) { r, _ in r * 10 } }

    static func parseNumber(_ t: String) -> Double? {
        var s = t
        if s.hasPrefix("$") || s.hasPrefix("€") || s.hasPrefix("£") { s.removeFirst() }
        s.removeAll { $0 == "," }
        if s.hasSuffix("s"), s.count > 1, Double(s.dropLast()) != nil { s.removeLast() }  // 1990s
        return Double(s)
    }

    static func find(_ tokens: ArraySlice<TextToken>, text s: [Unicode.Scalar], vocabulary: Vocabulary) -> [Quantity] {
        // Runs for every claim and every sentence: read the tokens in place, no copy.
        tokens.withUnsafeBufferPointer { find($0, text: s, vocabulary: vocabulary) }
    }

    static func find(_ toks: UnsafeBufferPointer<TextToken>, text s: [Unicode.Scalar], vocabulary: Vocabulary) -> [Quantity] {
        func isPercent(_ t: TextToken) -> Bool { t.isMark("%") || t.flags.contains(.percentWord) }
        var out: [Quantity] = []
        // The last quantity with neither unit nor scale, and its token: a range's first number.
        var lastBare = -1, lastBareEnd = -1
        var i = 0
        while i < toks.count {
            let t = toks[i]
            var value: Double?
            var unit: String?
            var end = i
            if t.kind == .number, let v = parseNumber(s, t.range) {
                value = v
                if t.first == "$" { unit = "USD" } else if t.first == "€" { unit = "EUR" } else if t.first == "£" { unit = "GBP" }
                // A year on its own or a day after a month is a date, not a quantity to check.
                let afterMonth = i > 0 && toks[i - 1].flags.contains(.month)
                if (Self.isYear(t, value: v, s) || afterMonth) && !(i + 1 < toks.count && isPercent(toks[i + 1])) { i += 1; continue }
            } else if t.kind != .word {
                i += 1
                continue
            } else if !t.flags.contains(.quantityWord) {
                // "€20m", "£1.2bn", "$15-an-hour": a number written onto its scale or its rate.
                // Only a word that opens with a digit or a currency sign can be one: checked here,
                // as most words are neither (the call cost 4% of the claims stage).
                if Self.mayBeAttachedAmount(t.first), let q = attachedAmount(t, text: s) { out.append(q) }
                // "one in four voters": a share, though "one" alone is no quantity.
                else if t.word == Word.one, let q = share(1, from: i, toks, text: s, vocabulary: vocabulary) { out.append(q.quantity); i = q.end + 1; continue }
                i += 1
                continue
            } else if let f = fractions[vocabulary.word(t.word)], i > 0, let times = fractionCount(toks[i - 1], vocabulary: vocabulary),
                      i + 1 == toks.count || toks[i + 1].kind != .word || afterFraction.contains(vocabulary.word(toks[i + 1].word)) {
                // "a third", "two thirds", "three quarters"; not an ordinal ("a third term") or
                // "time and a half".
                out.append(Quantity(text: scalarString(s, toks[i - 1].range.lowerBound..<t.range.upperBound), value: f * times, unit: "fraction", start: toks[i - 1].range.lowerBound, end: t.range.upperBound))
                i += 1
                continue
            } else if let f = fractions[vocabulary.word(t.word)], i + 1 < toks.count, toks[i + 1].word == Word.of,
                      i == 0 || toks[i - 1].kind != .word || !partsOfAWhole.contains(vocabulary.word(toks[i - 1].word)) {
                // "Half of the staff", "Two-thirds of the members"; not a part of a time or a
                // ranking ("the first half of 2015", "the top half of the distribution").
                out.append(Quantity(text: scalarString(s, t.range), value: f, unit: "fraction", start: t.range.lowerBound, end: t.range.upperBound))
                i += 1
                continue
            } else if let v = wordNumbers[vocabulary.word(t.word)], i + 1 < toks.count, toks[i + 1].isWord || toks[i + 1].isMark("%"),
                      fractions[vocabulary.word(toks[i + 1].word)] == nil {
                value = v
            }
            guard var v = value else { i += 1; continue }
            // "3 in 10 adults": a share of a whole.
            if unit == nil, let q = share(v, from: i, toks, text: s, vocabulary: vocabulary) { out.append(q.quantity); i = q.end + 1; continue }
            var scaled = 1.0
            if end + 1 < toks.count, toks[end + 1].flags.contains(.scale), let scale = scales[vocabulary.word(toks[end + 1].word)] {
                v *= scale
                scaled = scale
                end += 1
            }
            if end + 1 < toks.count {
                let next = toks[end + 1]
                if next.isMark("%") || next.word == Word.percent || next.word == Word.pct {
                    unit = "percent"
                    end += 1
                } else if next.word == Word.per, end + 2 < toks.count, toks[end + 2].word == Word.cent {
                    unit = "percent"
                    end += 2
                } else if next.word == Word.percentage, end + 2 < toks.count, toks[end + 2].word >= 0, vocabulary.word(toks[end + 2].word).hasPrefix("point") {
                    unit = "percentage points"
                    end += 2
                } else if next.flags.contains(.currencyWord), let c = currencyWords[vocabulary.word(next.word)] {
                    unit = c
                    end += 1
                } else if unit == nil, next.flags.contains(.countUnit) {
                    unit = vocabulary.word(next.word)
                    end += 1
                } else if unit == nil, end + 2 < toks.count, toks[end + 1].kind == .word, !toks[end + 1].isCapitalized, toks[end + 2].flags.contains(.countUnit) {
                    // "1,200 new jobs": one modifier between the number and its unit.
                    unit = vocabulary.word(toks[end + 2].word)
                    end += 2
                }
            }
            let start = t.range.lowerBound
            let stop = toks[end].range.upperBound
            // "between 5 and 10 percent", "2 to 3 million jobs": a range's first number takes
            // the unit and scale of its second.
            if unit != nil, let last = out.last, last.unit == nil, lastBare == out.count - 1, isRangeJoin(from: lastBareEnd, to: i, toks) {
                out[out.count - 1] = Quantity(text: last.text, value: last.value * scaled, unit: unit, start: last.start, end: last.end)
            }
            out.append(Quantity(text: scalarString(s, start..<stop), value: v, unit: unit, start: start, end: stop))
            if unit == nil && end == i { lastBare = out.count - 1; lastBareEnd = i }
            i = end + 1
        }
        return out
    }

    /// Whether the tokens between a range's two numbers, after `a` and before `b`, are "and",
    /// "to", "or" or a dash.
    static func isRangeJoin(from a: Int, to b: Int, _ toks: UnsafeBufferPointer<TextToken>) -> Bool {
        guard b == a + 2 else { return false }
        let w = toks[a + 1]
        return w.word == Word.and || w.word == Word.to || w.word == Word.or || w.isMark("-") || w.isMark("–")
    }

    /// How many of a fraction the word before it counts: "a third" 1, "two thirds" 2.
    static func fractionCount(_ t: TextToken, vocabulary: Vocabulary) -> Double? {
        if t.word == Word.a || t.word == Word.one { return 1 }
        guard t.word >= 0, let n = wordNumbers[vocabulary.word(t.word)], n <= 9 else { return nil }
        return n
    }

    /// "3 in 10", "one in four": the share `n` of the number after "in" at token `i + 1`,
    /// when the second is the larger; nil otherwise.
    static func share(_ n: Double, from i: Int, _ toks: UnsafeBufferPointer<TextToken>, text s: [Unicode.Scalar], vocabulary: Vocabulary) -> (quantity: Quantity, end: Int)? {
        guard i + 2 < toks.count, toks[i + 1].word == Word.in else { return nil }
        let d = toks[i + 2]
        let whole: Double?
        if d.kind == .number { whole = parseNumber(s, d.range) } else if d.kind == .word, d.word >= 0 { whole = wordNumbers[vocabulary.word(d.word)] } else { whole = nil }
        guard let w = whole, w > n, w <= 1000 else { return nil }
        let start = toks[i].range.lowerBound, stop = d.range.upperBound
        return (Quantity(text: scalarString(s, start..<stop), value: n / w, unit: "fraction", start: start, end: stop), i + 2)
    }

    /// A number written onto its scale or rate in one word: "€20m", "£1.2bn", "$5bn", "$10k",
    /// "$15-an-hour" (the amount, for the rate says what it buys). Nil for any other word.
    @inline(__always) static func mayBeAttachedAmount(_ first: Unicode.Scalar) -> Bool {
        first.value &- 0x30 < 10 || first == "$" || first == "€" || first == "£"
    }

    static func attachedAmount(_ t: TextToken, text s: [Unicode.Scalar]) -> Quantity? {
        let r = t.range
        var k = r.lowerBound
        var unit: String?
        switch s[k] {
        case "$": unit = "USD"; k += 1
        case "€": unit = "EUR"; k += 1
        case "£": unit = "GBP"; k += 1
        default: break
        }
        let digits = k
        while k < r.upperBound, s[k].value &- 0x30 < 10 || (s[k] == "." || s[k] == ",") && k + 1 < r.upperBound && s[k + 1].value &- 0x30 < 10 { k += 1 }
        guard k > digits, k < r.upperBound, let number = parseNumber(s, digits..<k) else { return nil }
        let rest = asciiLowercased(s, k..<r.upperBound)
        // Without a currency sign only "bn" and "tn" are sure to be scales: "4K streaming" is a
        // resolution, "20m" may be metres.
        if let scale = attachedScales[rest], unit != nil || rest == "bn" || rest == "tn" {
            return Quantity(text: scalarString(s, r), value: number * scale, unit: unit, start: r.lowerBound, end: r.upperBound)
        }
        // "$15-an-hour", "$1-a-day": the amount; a hyphen after a bare number is an age or a
        // size ("40-year-old", "10-point lead"), no amount.
        if unit != nil, rest.hasPrefix("-") {
            return Quantity(text: scalarString(s, r.lowerBound..<k), value: number, unit: unit, start: r.lowerBound, end: k)
        }
        return nil
    }
}
