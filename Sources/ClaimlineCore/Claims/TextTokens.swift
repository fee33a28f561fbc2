/// Words and punctuation of a document, with code-point offsets, for the claims rules. A
/// plain value (no strings): a word is its number in the document's `Vocabulary`, which
/// also holds its lowercase text and the word lists it is in.
struct TextToken: Sendable {
    enum Kind: UInt8, Sendable { case word, number, punct, openQuote, closeQuote, ambiguousQuote }
    var range: Range<Int>
    /// The lowercased word's number in the document's `Vocabulary` (-1 for numbers and marks).
    var word: Int32 = -1
    var kind: Kind
    /// The first character: all there is of a punctuation mark.
    var first: Unicode.Scalar
    var isCapitalized = false
    /// Set on the last token of a paragraph: names never run across it.
    var isParagraphEnd = false
    /// The marks inside a word ("don't", "U.S.", "3.5"): a quotation counts the runs of
    /// letters and digits between them as words.
    var joiners: UInt8 = 0
    /// The word lists this token's word is in (none for words with digits).
    var flags: Lexicon.WordFlags = []

    var isWord: Bool { kind == .word || kind == .number }
    /// A punctuation mark or quotation mark of one character: `,` `’` `(` `:`.
    @inline(__always) func isMark(_ c: Unicode.Scalar) -> Bool { first == c && kind != .word && kind != .number && range.count == 1 }
}

/// A String from a range of scalars, built in place (no intermediate arrays), eight ASCII
/// scalars at a time where eight are ASCII: claims' texts are most of a document, and a
/// scalar at a time this was 5% of the stage.
func scalarString(_ s: [Unicode.Scalar], _ r: Range<Int>) -> String {
    precondition(r.lowerBound >= 0 && r.upperBound <= s.count)
    return s.withUnsafeBufferPointer { b -> String in
        guard let base = b.baseAddress, !r.isEmpty else { return "" }
        /// Whether the eight scalars at `p` are ASCII: four integers of two scalars each, ORed
        /// (`==` on a SIMD vector became a loop over its lanes).
        @inline(__always) func ascii(_ p: UnsafePointer<Unicode.Scalar>) -> Bool {
            let raw = UnsafeRawPointer(p)
            let w = raw.loadUnaligned(as: UInt64.self) | raw.loadUnaligned(fromByteOffset: 8, as: UInt64.self)
                | raw.loadUnaligned(fromByteOffset: 16, as: UInt64.self) | raw.loadUnaligned(fromByteOffset: 24, as: UInt64.self)
            return w & 0xFFFF_FF80_FFFF_FF80 == 0
        }
        var bytes = 0
        var k = r.lowerBound
        while k < r.upperBound {
            if k + 8 <= r.upperBound, ascii(base + k) {
                bytes += 8
                k += 8
            } else {
                bytes += UTF8.width(base[k])
                k += 1
            }
        }
        return String(unsafeUninitializedCapacity: bytes) { out in
            let raw = UnsafeMutableRawPointer(out.baseAddress!)
            var n = 0
            var k = r.lowerBound
            while k < r.upperBound {
                if k + 8 <= r.upperBound, ascii(base + k) {
                    let v = UnsafeRawPointer(base + k).loadUnaligned(as: SIMD8<UInt32>.self)
                    raw.storeBytes(of: SIMD8<UInt8>(truncatingIfNeeded: v), toByteOffset: n, as: SIMD8<UInt8>.self)
                    n += 8
                    k += 8
                    continue
                }
                let u = base[k]
                if u.value < 0x80 {
                    out[n] = UInt8(truncatingIfNeeded: u.value)
                    n += 1
                } else {
                    for byte in UTF8.encode(u)! {
                        out[n] = byte
                        n += 1
                    }
                }
                k += 1
            }
            return n
        }
    }
}

/// The text at `ranges` joined by single spaces, built in place: a name from its words.
func scalarString<Ranges: Collection<Range<Int>>>(_ s: [Unicode.Scalar], joining ranges: Ranges) -> String {
    var bytes = max(0, ranges.count - 1)
    for r in ranges { for k in r { bytes += UTF8.width(s[k]) } }
    return String(unsafeUninitializedCapacity: bytes) { buffer in
        var n = 0
        for (j, r) in ranges.enumerated() {
            if j > 0 {
                buffer[n] = 0x20
                n += 1
            }
            for k in r {
                if s[k].value < 0x80 {
                    buffer[n] = UInt8(truncatingIfNeeded: s[k].value)
                    n += 1
                } else {
                    for b in UTF8.encode(s[k])! { buffer[n] = b; n += 1 }
                }
            }
        }
        return n
    }
}

/// Lowercase of a range of scalars: byte by byte when it is ASCII, else through `String`.
func asciiLowercased(_ s: [Unicode.Scalar], _ r: Range<Int>) -> String {
    guard r.allSatisfy({ s[$0].value < 0x80 }) else { return scalarString(s, r).lowercased() }
    return String(unsafeUninitializedCapacity: r.count) { buffer in
        var n = 0
        for k in r {
            let v = UInt8(s[k].value)
            buffer[n] = v >= 0x41 && v <= 0x5A ? v + 32 : v
            n += 1
        }
        return n
    }
}

/// The distinct lowercased words of a document, numbered after the catalog's: each token is
/// looked up once here, and its word lists and model weight once per distinct word. Short
/// words are kept as packed keys; their text is built only when a rule asks for it.
struct Vocabulary {
    let catalog = Lexicon.catalog
    /// The document's own words: short ones by key, long ones (`count > 16`) in `longWords`.
    private(set) var ownKeys: [ShortWordKey] = []
    private var ownFlags: [Lexicon.WordFlags] = []
    /// Long words' texts; a long word's entry in `ownKeys` has its place here as `low`.
    private var longWords: [String] = []
    /// The document's own short words (those the catalog lacks).
    private var shortIDs: ShortWordTable
    private var longIDs = LongWordTable()

    init(capacity: Int) {
        shortIDs = ShortWordTable(capacity: capacity)
        ownKeys.reserveCapacity(capacity)
        ownFlags.reserveCapacity(capacity)
    }

    var count: Int { catalog.count + ownKeys.count }

    /// The lowercased text of word `id`.
    /// The word's lowercase text; "" for numbers and marks (number -1), so a rule that asks
    /// about a token it did not check is wrong at worst, never a crash.
    func word(_ id: Int32) -> String {
        let i = Int(id)
        if i < 0 { return "" }
        if i < catalog.count { return catalog.words[i] }
        let key = ownKeys[i - catalog.count]
        return key.count <= 16 ? key.text : longWords[Int(key.low)]
    }

    func flags(_ id: Int32) -> Lexicon.WordFlags {
        let i = Int(id)
        return i < catalog.count ? catalog.flags[i] : ownFlags[i - catalog.count]
    }

    /// The reporting-verb entry of word `id` (all verb forms are in the catalog).
    func verbEntry(_ id: Int32) -> ReportingVerbs.Entry? {
        id >= 0 && Int(id) < catalog.count ? catalog.verbEntries[Int(id)] : nil
    }

    /// The number of a word of at most 16 bytes, given its lowercased UTF-8 packed in a key.
    @inline(__always) mutating func id(lowercased key: ShortWordKey) -> Int32 {
        // The catalog first: it holds most of any text's words, and its tags answer for the
        // rest without reading a slot.
        if let id = catalog.shortIDs.value(for: key) { return id }
        if let id = shortIDs.value(for: key) { return id }
        let id = Int32(count)
        shortIDs.insert(key, id)
        ownKeys.append(key)
        ownFlags.append(Lexicon.spellingFlags(key))
        return id
    }

    /// The number of a lowercased word of any length.
    mutating func id(of lower: String) -> Int32 {
        if let key = ShortWordKey(lower) { return id(lowercased: key) }
        if let id = existingID(of: lower) { return id }
        let id = Int32(count)
        longIDs.insert(lower, id)
        ownKeys.append(ShortWordKey(low: UInt64(longWords.count), high: 0, count: lower.utf8.count))
        longWords.append(lower)
        ownFlags.append(Lexicon.spellingFlags(lower))
        return id
    }

    /// The number of a lowercased word, if the document or the catalog has it.
    func existingID(of lower: String) -> Int32? {
        if let key = ShortWordKey(lower) { return catalog.shortIDs.value(for: key) ?? shortIDs.value(for: key) }
        return catalog.longID(lower) ?? longIDs.id(lower)
    }
}

enum TextTokenizer {
    @inline(__always) static func isWordScalar(_ u: Unicode.Scalar) -> Bool {
        // Curly quotes, dashes and ellipses (General Punctuation) are common and never letters:
        // answered without the Unicode tables.
        if u.value >= 0x2000 && u.value <= 0x206F { return false }
        // Latin-1's and Latin Extended-A's letters ("é", "ł"), all but × and ÷: names in news.
        if u.value >= 0xC0 && u.value <= 0x17F { return u.value != 0xD7 && u.value != 0xF7 }
        return u.isLetterOrDigit
    }

    /// What the tokenizer learns of a word while it scans it: its classes and its lowercased
    /// UTF-8, packed into a key as it goes. Letters with case outside ASCII send the word
    /// through `String.lowercased()` (`simpleCase` false); caseless marks (’ and the rest of
    /// General Punctuation) are kept as they are.
    struct WordScan {
        var hasDigit = false
        var hasLetter = false
        var simpleCase = true
        var key = ShortWordKey(low: 0, high: 0, count: 0)

        /// Adds an ASCII letter or digit, the bulk of any text; false for anything else. A
        /// small letter other than "s" (which alone does not make "1990s" a word), a capital,
        /// a digit.
        @inline(__always) mutating func addLetterOrDigit(_ v: UInt32) -> Bool {
            if v &- 0x61 < 26 {
                if v != 0x73 { hasLetter = true }
                key.append(UInt8(truncatingIfNeeded: v))
            } else if v &- 0x41 < 26 {
                hasLetter = true
                key.append(UInt8(truncatingIfNeeded: v | 0x20))
            } else if v &- 0x30 < 10 {
                hasDigit = true
                key.append(UInt8(truncatingIfNeeded: v))
            } else {
                return false
            }
            return true
        }

        /// Adds the run of ASCII letters and digits that opens the eight scalars at `p`, and
        /// returns its length: most of a word in a few vector operations, where a letter at a
        /// time cost a branch or two a letter.
        @inline(__always) mutating func addASCIIRun(_ p: UnsafePointer<Unicode.Scalar>) -> Int {
            // Signed lanes and vector operands throughout (scalars are below 2^21): the compiler
            // makes SSE compares of these, where unsigned compares or scalar operands and
            // `replacing(with:where:)` became a loop over the lanes.
            typealias Lanes = SIMD8<Int32>
            let v = UnsafeRawPointer(p).loadUnaligned(as: Lanes.self)
            // Digits have bit 5 set already: one OR lowercases letters and keeps digits.
            let lower = v | Lanes(repeating: 0x20)
            let fromA = lower &- Lanes(repeating: 0x61)
            let letter = (fromA .>= Lanes()) .& (fromA .< Lanes(repeating: 26))
            let from0 = v &- Lanes(repeating: 0x30)
            let digit = (from0 .>= Lanes()) .& (from0 .< Lanes(repeating: 10))
            /// A mask's lanes as bytes of 0 or 1.
            @inline(__always) func bytes(_ m: SIMDMask<Lanes>) -> UInt64 {
                unsafeBitCast(SIMD8<UInt8>(truncatingIfNeeded: unsafeBitCast(m, to: Lanes.self) & Lanes(repeating: 1)), to: UInt64.self)
            }
            let n = (~bytes(letter .| digit) & 0x0101_0101_0101_0101).trailingZeroBitCount &>> 3
            guard n > 0 else { return 0 }
            let run: UInt64 = n == 8 ? ~0 : (1 &<< UInt64(8 &* n)) &- 1
            // (A small "s" alone does not make "1990s" a word; see `addLetterOrDigit`.)
            if bytes(letter .& (v .!= Lanes(repeating: 0x73))) & run != 0 { hasLetter = true }
            if bytes(digit) & run != 0 { hasDigit = true }
            key.append(packed: unsafeBitCast(SIMD8<UInt8>(truncatingIfNeeded: lower), to: UInt64.self) & run, count: n)
            return n
        }

        @inline(__always) mutating func add(_ u: Unicode.Scalar, isWordScalar: Bool) {
            let v = u.value
            if v < 0x80 {
                if !addLetterOrDigit(v) { key.append(UInt8(truncatingIfNeeded: v)) }
                return
            }
            // A word scalar outside ASCII is a letter or digit (`isWordScalar`). A joiner from
            // General Punctuation ("’" in "don’t") is neither, without the Unicode tables.
            if isWordScalar || (v < 0x2000 || v > 0x206F) && u.isLetterOrDigit { hasLetter = true }
            if let lower = TextTokenizer.latinLowercase(v) {
                // Two bytes in UTF-8: "é", "ł", "ş" in names, without `String.lowercased()`.
                key.append(UInt8(0xC0 | lower >> 6))
                key.append(UInt8(0x80 | lower & 0x3F))
            } else if v >= 0x2000 && v <= 0x206F {
                // Three bytes in UTF-8: E2 80…81 xx.
                key.append(0xE2)
                key.append(UInt8(0x80 | (v >> 6) & 0x3F))
                key.append(UInt8(0x80 | v & 0x3F))
            } else {
                simpleCase = false
            }
        }
    }

    static let nameSuffixes: Set<String> = ["jr", "sr"]

    /// The lowercase of a letter of Latin-1 or Latin Extended-A when it is one scalar (what
    /// `String.lowercased()` gives, checked by a test for every scalar of the range); nil for
    /// anything else. These letters' cases pair up: +0x20 in Latin-1, neighbours after it.
    @inline(__always) static func latinLowercase(_ v: UInt32) -> UInt32? {
        switch v {
        case 0x130: return nil  // "İ" lowercases to two scalars
        case 0xC0...0xDE where v != 0xD7: return v + 0x20
        case 0xDF...0xFF where v != 0xF7: return v
        case 0x100...0x137, 0x14A...0x177: return v | 1
        case 0x139...0x148, 0x179...0x17E: return v & 1 == 1 ? v + 1 : v
        case 0x131, 0x138, 0x17F: return v
        case 0x178: return 0xFF
        default: return nil
        }
    }

    /// Whether the period after `word` is the word's. "U.S." keeps its final period when a
    /// letter-period pattern precedes it; so do titles and initials ("Mr.", "Rep.", "E."), which
    /// belong to the name after them, an abbreviation before a number ("the Nov. 8 election",
    /// "No. 3"), and a name's suffix ("Joseph R. Biden Jr. said", "Jr., who"). Out of the scan
    /// loop: inlined, it cost the loop its registers (4% more instructions in the tokenizer).
    @inline(never) static func keepsPeriod(_ s: UnsafeBufferPointer<Unicode.Scalar>, _ scalars: [Unicode.Scalar], word: Range<Int>, end: Int) -> Bool {
        let start = word.lowerBound
        let i = word.upperBound
        if i - start >= 3, s[i - 2] == "." { return true }
        if s[start].isUpper, i - start <= 4, i + 2 < end, s[i + 1].isSpace, s[i + 2].isUpper,
           i - start == 1 || Abbreviations.beforeName.contains(asciiLowercased(scalars, start..<i)) { return true }
        // "Mr. de Blasio", "Dr. van Helsing": a title before a name's particle.
        if s[start].isUpper, i - start <= 4, i + 2 < end, s[i + 1].isSpace, s[i + 2].isLower,
           Abbreviations.beforeName.contains(asciiLowercased(scalars, start..<i)) {
            var j = i + 2
            while j < end, j - i <= 6, s[j].isLower { j += 1 }
            if j + 1 < end, s[j].isSpace, s[j + 1].isUpper, SpeakerResolver.nameParticles.contains(asciiLowercased(scalars, (i + 2)..<j)) { return true }
        }
        if i - start <= 4, i + 2 < end, s[i + 1].isSpace, s[i + 2].value &- 0x30 < 10,
           Abbreviations.beforeNumber.contains(asciiLowercased(scalars, start..<i)) { return true }
        return i - start == 2 && s[start].isUpper && i + 2 < end && (s[i + 1] == "," || s[i + 1].isSpace && s[i + 2].isLower)
            && nameSuffixes.contains(asciiLowercased(scalars, start..<i))
    }

    static func tokenize(_ scalars: [Unicode.Scalar], in range: Range<Int>, vocabulary: inout Vocabulary) -> [TextToken] {
        precondition(range.lowerBound >= 0 && range.upperBound <= scalars.count)
        // Every index below is checked against `range` before it is read: the buffer's
        // unchecked reads keep the scan loop free of a second bounds test per scalar.
        return scalars.withUnsafeBufferPointer { s in tokenize(s, scalars, in: range, vocabulary: &vocabulary) }
    }

    private static func tokenize(_ s: UnsafeBufferPointer<Unicode.Scalar>, _ scalars: [Unicode.Scalar], in range: Range<Int>, vocabulary: inout Vocabulary) -> [TextToken] {
        var out: [TextToken] = []
        // About a token in four characters, spaces and marks included: the array is not regrown.
        out.reserveCapacity(range.count / 4 + 16)
        var i = range.lowerBound
        let end = range.upperBound
        while i < end {
            let u = s[i]
            if u.isSpace { i += 1; continue }
            let isWord = isWordScalar(u)
            if isWord || ((u == "$" || u == "€" || u == "£") && i + 1 < end && isWordScalar(s[i + 1])) {
                let start = i
                var joiners: UInt8 = 0
                var scan = WordScan()
                if !isWord {
                    // The currency sign of "$3.2"; the loop takes the first word character.
                    scan.add(u, isWordScalar: false)
                    i += 1
                }
                while i < end {
                    if i &+ 8 <= end {
                        let n = scan.addASCIIRun(s.baseAddress! + i)
                        i &+= n
                        if n == 8 { continue }
                    }
                    let c = s[i]
                    // `addLetterOrDigit`, spelled out: the compiler keeps the scan in
                    // registers this way (callgrind: 12% fewer instructions in the tokenizer).
                    let v = c.value
                    if v &- 0x61 < 26 {
                        if v != 0x73 { scan.hasLetter = true }
                        scan.key.append(UInt8(truncatingIfNeeded: v))
                        i += 1
                        continue
                    } else if v &- 0x41 < 26 {
                        scan.hasLetter = true
                        scan.key.append(UInt8(truncatingIfNeeded: v | 0x20))
                        i += 1
                        continue
                    } else if v &- 0x30 < 10 {
                        scan.hasDigit = true
                        scan.key.append(UInt8(truncatingIfNeeded: v))
                        i += 1
                        continue
                    } else if v >= 0x80, isWordScalar(c) {
                        scan.add(c, isWordScalar: true)
                        i += 1
                        continue
                    }
                    // Inner joiners: don't, U.S., 3.5, 1,000, well-known
                    if (c == "'" || c == "’" || c == "." || c == "," || c == "-" || c == "/"), i + 1 < end, isWordScalar(s[i + 1]) {
                        if c == "," && !(s[i - 1].value >= 0x30 && s[i - 1].value <= 0x39 && s[i + 1].value >= 0x30 && s[i + 1].value <= 0x39) { break }
                        scan.add(c, isWordScalar: false)
                        scan.add(s[i + 1], isWordScalar: true)
                        if joiners < .max { joiners += 1 }
                        i += 2
                        continue
                    }
                    break
                }
                if i < end, s[i] == ".", keepsPeriod(s, scalars, word: start..<i, end: end) {
                    scan.add(".", isWordScalar: false)
                    i += 1
                }
                var token = TextToken(range: start..<i, kind: scan.hasDigit && !scan.hasLetter ? .number : .word, first: u, isCapitalized: u.isUpper, joiners: joiners)
                if token.kind == .word {
                    if scan.simpleCase, scan.key.count <= 16 {
                        token.word = vocabulary.id(lowercased: scan.key)
                    } else {
                        token.word = vocabulary.id(of: scalarString(scalars, start..<i).lowercased())
                    }
                    // Words with digits ("3rd", "G7") are in no list: they have spelling flags only.
                    token.flags = vocabulary.flags(token.word)
                }
                out.append(token)
                continue
            }
            // Two apostrophes are a double quotation mark (the style of some wire copy).
            if u == "'" && i + 1 < end && s[i + 1] == "'" {
                out.append(TextToken(range: i..<(i + 2), kind: .ambiguousQuote, first: u))
                i += 2
                continue
            }
            // Two single marks of one side are a double one: "…voters,’’ Will Moy … told the BBC".
            if u == "’" || u == "‘", i + 1 < end, s[i + 1] == u {
                let closes = u == "’"
                out.append(TextToken(range: i..<(i + 2), kind: closes ? .closeQuote : .openQuote, first: closes ? "”" : "“"))
                i += 2
                continue
            }
            var kind = TextToken.Kind.punct
            switch u {
            case "“", "«", "„": kind = .openQuote
            case "»": kind = .closeQuote
            case "”":
                // A right mark with a space or a paragraph's start before it and a letter after
                // it opens a quotation ("”Mr. Trump embodies …” ― Sonya Herridge"): a slip of
                // typing or autocorrect, as a closing mark follows the words it closes.
                // (The Unicode tables only past ASCII: every closing mark asks this.)
                let opensWord = i + 1 < end && (s[i + 1].isAlphabeticFast || ("0"..."9").contains(s[i + 1]))
                kind = opensWord && (i == range.lowerBound || s[i - 1].isSpace) ? .openQuote : .closeQuote
            case "\"": kind = .ambiguousQuote
            default: break
            }
            out.append(TextToken(range: i..<(i + 1), kind: kind, first: u))
            i += 1
        }
        return out
    }
}

extension Array where Element == TextToken {
    /// The first token of `range` (token indices) that ends after code point `offset`: the
    /// token at `offset`, or the next one.
    func firstIndex(endingAfter offset: Int, in range: Range<Int>) -> Int {
        count(keyBelow: offset + 1, in: range) { $0.range.upperBound }
    }
}

/// A quotation: the quoted words between the marks, and the marks' own span.
struct Quotation: Sendable {
    /// From the opening mark to the closing mark, inclusive.
    var outer: Range<Int>
    var wordCount: Int

    /// A title or a name in quotation marks ("Face the Nation", "A Change Is Gonna Come"):
    /// two to twelve words, every long word capitalised, no sentence mark inside. What a
    /// show, a book or a song is called is not anybody's statement. Given `titleWord`, a
    /// stricter test of every word, a subtitle after a colon ("Crippled America: How to Make
    /// America Great Again") and the sentence's period inside the closing mark ("her memoir,
    /// “Tough Choices.”") are allowed too: short sentences in title case look the same
    /// ("“That’s Jeb Bush and Marco Rubio.”"), and only the words tell them apart. A comma
    /// inside the closing mark then splits a quoted sentence around its cue (“As President,”
    /// she said, “…”).
    func isTitle(_ tokens: [TextToken], titleWord: ((TextToken) -> Bool)? = nil) -> Bool {
        let strict = titleWord != nil
        // The first token after the opening mark.
        var i = tokens.firstIndex(endingAfter: outer.lowerBound + 1, in: 0..<tokens.count)
        var words = 0, capitalized = 0
        while i < tokens.count, tokens[i].range.upperBound < outer.upperBound {
            let t = tokens[i]
            let isLast = i + 1 >= tokens.count || tokens[i + 1].range.upperBound >= outer.upperBound
            if t.isWord {
                words += 1
                if t.isCapitalized { capitalized += 1 } else if t.range.count > 3 || words == 1 { return false }
                if let titleWord, !titleWord(t) { return false }
            } else if t.isMark(":") {
                if !strict || words == 0 || isLast || !tokens[i + 1].isCapitalized { return false }
            } else if t.isMark(".") && !(strict && isLast) || t.isMark("?") || t.isMark("!") || strict && isLast && t.isMark(",") {
                return false
            }
            i += 1
        }
        return (2...12).contains(words) && capitalized >= 2
    }
}

enum QuotationFinder {
    /// Pairs quotation marks within each paragraph. Straight quotes open after a space or an
    /// opening bracket and close otherwise. A quote still open at a paragraph's end runs to it
    /// (journalists reopen it in the next paragraph without closing the first). Reads the
    /// tokens, not the text: between marks there is nothing to do but count words.
    static func find(_ tokens: [TextToken], text: [Unicode.Scalar], paragraphs: [Range<Int>]) -> [Quotation] {
        var out: [Quotation] = []
        var t = 0
        for paragraph in paragraphs {
            let lower = max(0, paragraph.lowerBound)
            let p = lower..<max(lower, min(paragraph.upperBound, text.count))
            while t < tokens.count && tokens[t].range.lowerBound < p.lowerBound { t += 1 }
            var open: Int?
            var words = 0
            while t < tokens.count && tokens[t].range.upperBound <= p.upperBound {
                let token = tokens[t]
                t += 1
                if token.isWord {
                    // Letters and digits between a word's inner marks count as words of their own.
                    if open != nil { words += 1 + Int(token.joiners) }
                    continue
                }
                var u = token.first
                if u == "'" && token.range.count == 2 { u = "\"" }
                let i = token.range.lowerBound
                let prev: Unicode.Scalar = i > p.lowerBound ? text[i - 1] : " "
                let isOpen = u == "“" || u == "«" || (u == "”" && token.kind == .openQuote) || (u == "\"" && open == nil && (prev.isSpace || "([{—–-/:".unicodeScalars.contains(prev) || i == p.lowerBound))
                let isClose = (u == "”" && token.kind == .closeQuote) || u == "»" || (u == "\"" && open != nil)
                if isClose, let o = open {
                    out.append(Quotation(outer: o..<token.range.upperBound, wordCount: words))
                    open = nil
                } else if isOpen && open == nil {
                    open = i
                    words = 0
                }
            }
            if let o = open, words >= 3 {
                out.append(Quotation(outer: o..<p.upperBound, wordCount: words))
            }
        }
        return out
    }
}
