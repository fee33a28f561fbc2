/// Numbers with their units: "145 percent", "$3.2 billion", "1,200 jobs", "a third".
enum QuantityParser {
    static let scales: [String: Double] = ["thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "bn": 1e9, "m": 1e6, "k": 1e3]
    static let percentWords: Set<String> = ["percent", "per", "%", "pct"]
    static let wordNumbers: [String: Double] = [
        "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11,
        "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "hundred": 100, "dozen": 12,
        "hundreds": 100, "thousands": 1000, "millions": 1e6, "billions": 1e9,
    ]
    static let fractions: [String: Double] = ["half": 0.5, "third": 1.0 / 3, "quarter": 0.25, "fifth": 0.2, "tenth": 0.1, "two-thirds": 2.0 / 3, "three-quarters": 0.75]
    static let months: Set<String> = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.", "sep.", "sept.", "oct.", "nov.", "dec."]
    static let currencyWords: [String: String] = ["dollars": "USD", "dollar": "USD", "euros": "EUR", "euro": "EUR", "pounds": "GBP", "yuan": "CNY", "yen": "JPY", "rupees": "INR"]
    static let countUnits: Set<String> = ["people", "jobs", "workers", "votes", "voters", "deaths", "cases", "troops", "years", "months", "days", "hours", "points", "seats", "times", "tons", "tonnes", "barrels", "miles", "kilometers", "acres", "students", "members", "residents", "immigrants", "refugees", "children", "women", "men", "americans", "companies", "countries", "states", "percentage"]

    /// A year as written: four plain digits from 1800 to 2100 ("2016", not "2,016" or "$2016").
    static func isYear(_ t: TextToken, value v: Double, _ s: [Unicode.Scalar]) -> Bool {
        t.range.count == 4 && !s[t.range].contains { $0 == "." || $0 == "," } && v >= 1800 && v <= 2100
    }

    /// A number token's value. Plain ASCII numbers ("145", "1,200", "$3.2", "1990s") are read
    /// from the scalars; whole numbers of up to 15 digits exactly, others through `Double`.
    static func parseNumber(_ s: [Unicode.Scalar], _ r: Range<Int>) -> Double? {
        var lo = r.lowerBound
        if lo < r.upperBound, s[lo] == "$" || s[lo] == "€" || s[lo] == "£" { lo += 1 }
        var hi = r.upperBound
        // "1990s": the decade's number (a lone "s" is no number).
        if hi - lo > 1, s[hi - 1] == "s" { hi -= 1 }
        var digits = 0
        var whole = 0
        var plain = true
        for k in lo..<hi {
            let v = s[k].value
            if v &- 0x30 < 10 {
                digits += 1
                whole = whole &* 10 &+ Int(v - 0x30)
            } else if v != 0x2C {
                plain = false
                break
            }
        }
        if plain, digits > 0, digits <= 15 { return Double(whole) }
        return parseNumber(scalarString(s, r))
    }

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
            } else if !t.flags.contains(.quantityWord) {
                i += 1
                continue
            } else if let v = wordNumbers[vocabulary.word(t.word)], i + 1 < toks.count, toks[i + 1].isWord || toks[i + 1].isMark("%") {
                value = v
            } else if let f = fractions[vocabulary.word(t.word)], i > 0, [Word.a, Word.one, Word.two].contains(toks[i - 1].word) {
                value = toks[i - 1].word == Word.two ? f * 2 : f
                unit = "fraction"
                out.append(Quantity(text: scalarString(s, toks[i - 1].range.lowerBound..<t.range.upperBound), value: value!, unit: unit, start: toks[i - 1].range.lowerBound, end: t.range.upperBound))
                i += 1
                continue
            }
            guard var v = value else { i += 1; continue }
            if end + 1 < toks.count, toks[end + 1].flags.contains(.scale), let scale = scales[vocabulary.word(toks[end + 1].word)] {
                v *= scale
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
            out.append(Quantity(text: scalarString(s, start..<stop), value: v, unit: unit, start: start, end: stop))
            i = end + 1
        }
        return out
    }
}
