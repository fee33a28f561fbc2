/// Resolves a speaker mention to the fullest name the article gives it: "he" → the last
/// person named, "Bessent" → "Scott Bessent", "the ministry" → "China's Commerce Ministry",
/// "a statement from X" → X.
struct SpeakerResolver {
    /// A run of capitalised words, by token index: its text is built only when a speaker
    /// resolves to it.
    struct Mention {
        var start: Int
        /// The name, titles stripped.
        var words: Range<Int>
        /// What the name owns, after "’s": "China’s *Commerce Ministry*".
        var possessed: Range<Int>?
        var isPerson: Bool

        var wordCount: Int { words.count + (possessed?.count ?? 0) }
        var lastWord: Int { (possessed ?? words).upperBound - 1 }
    }

    private let tokens: [TextToken]
    private let text: [Unicode.Scalar]
    private let vocabulary: Vocabulary
    private(set) var mentions: [Mention] = []
    /// The names of people among the mentions, built when first needed.
    private var namedPeople: Set<String>?
    /// Resolved speakers so far, by the lowercased words of their mention.
    private var speakers: [(start: Int, words: [String], resolved: String)] = []
    /// People's mentions by last word, in text order, each with the position in that list of
    /// the longest name so far (the later on ties): built when first needed, so that finding
    /// the fullest name costs a lookup, not a pass over every mention in a long transcript.
    private var peopleByLastWord: [Int32: (mentions: [Int], longestSoFar: [Int])]?
    /// Positions in `speakers` by each word of their mention, and of the speakers that are not
    /// people (classified up to `classifiedSpeakers`): lookups without a pass over every speaker.
    private var speakersByWord: [String: [Int]] = [:]
    /// Positions in `mentions` by each word number in them, built when first needed.
    private var mentionsByWord: [Int32: [Int]]?
    /// Below this many mentions or speakers a scan is cheaper than building an index (a news
    /// article has dozens); above it (a long transcript has thousands) the scans were quadratic.
    static let indexFrom = 256
    private var nonPersonSpeakers: [Int] = []
    private var classifiedSpeakers = 0

    static let orgHeads: Set<String> = ["ministry", "department", "commission", "agency", "office", "committee", "council", "party", "government", "administration", "court", "bank", "company", "corporation", "university", "institute", "association", "union", "campaign", "network", "service", "police", "board", "group", "foundation", "center", "centre", "bureau", "authority", "times", "post", "journal", "news", "house", "congress", "senate", "parliament"]

    /// Collects capitalised name sequences in the document, in order.
    /// `sentenceStarts` in increasing order.
    init(tokens: [TextToken], text: [Unicode.Scalar], vocabulary: Vocabulary, sentenceStarts: [Int]) {
        self.tokens = tokens
        self.text = text
        self.vocabulary = vocabulary
        // By word number: the last words of the people named so far.
        var personSurnames = [Bool](repeating: false, count: vocabulary.count)
        var nextStart = 0
        var i = 0
        while i < tokens.count {
            guard tokens[i].kind == .word, tokens[i].isCapitalized else { i += 1; continue }
            var j = i
            while j < tokens.count, tokens[j].kind == .word, j == i || !tokens[j - 1].isParagraphEnd, tokens[j].isCapitalized || (tokens[j].word == Word.of && j + 1 < tokens.count && tokens[j + 1].isCapitalized && j > i) {
                j += 1
            }
            let words = tokens[i..<j]
            // Possessive "China’s Commerce Ministry": keep going past ’s.
            if j + 2 < tokens.count, tokens[j].isMark("’") || tokens[j].isMark("'"), tokens[j + 1].word == Word.s, tokens[j + 2].isCapitalized {
                var k = j + 2
                while k < tokens.count, tokens[k].kind == .word, tokens[k].isCapitalized { k += 1 }
                let more = tokens[(j + 2)..<k]
                if let last = more.last, last.flags.contains(.orgHead) {
                    mentions.append(Mention(start: tokens[i].range.lowerBound, words: i..<j, possessed: (j + 2)..<k, isPerson: false))
                    i = k
                    continue
                }
            }
            let stripped = Self.stripTitles(words)
            if !stripped.isEmpty {
                // A lone capitalised word at a sentence start is usually not a name ("The", "Despite").
                let offset = tokens[i].range.lowerBound
                while nextStart < sentenceStarts.count, sentenceStarts[nextStart] < offset { nextStart += 1 }
                let atStart = nextStart < sentenceStarts.count && sentenceStarts[nextStart] == offset && words.count == 1
                let first = words[words.startIndex].flags
                if !atStart || first.isDisjoint(with: [.orgHead, .phraseBoundary, .determiner]) {
                    let last = stripped.last!
                    let lastWord = last.word
                    let titled = words.count > stripped.count
                    let knownSurname = personSurnames[Int(lastWord)]
                    let isPerson = (stripped.count >= 2 || titled || knownSurname) && stripped.count <= 4 && !last.flags.contains(.orgHead) && !(atStart && stripped.count == 1 && !knownSurname)
                    mentions.append(Mention(start: tokens[i].range.lowerBound, words: stripped.startIndex..<stripped.endIndex, possessed: nil, isPerson: isPerson))
                    if isPerson { personSurnames[Int(lastWord)] = true }
                }
            }
            i = max(j, i + 1)
        }
    }

    /// A name without the titles before it ("Treasury Secretary Scott Bessent" → "Scott
    /// Bessent"); nothing when only a title or a determiner is left.
    static func stripTitles<W>(_ words: ArraySlice<W>, isTitle: (W) -> Bool, isDeterminer: (W) -> Bool) -> ArraySlice<W> {
        var w = words
        while w.count > 1, let f = w.first, isTitle(f) { w = w.dropFirst() }
        if w.count == 1, let f = w.first, isTitle(f) || isDeterminer(f) { return [] }
        return w
    }

    /// Tokens carry their word lists.
    static func stripTitles(_ words: ArraySlice<TextToken>) -> ArraySlice<TextToken> {
        stripTitles(words, isTitle: { $0.flags.contains(.title) }, isDeterminer: { $0.flags.contains(.determiner) })
    }

    static func stripTitles(_ words: [String]) -> [String] {
        Array(stripTitles(words[...], isTitle: { Lexicon.titles.contains($0.lowercased()) }, isDeterminer: { Lexicon.determiners.contains($0.lowercased()) }))
    }

    /// The fullest name for the mention `text` at `start`; records it for later mentions.
    mutating func resolve(text: String, start: Int) -> String? {
        // "John Podesta, who said …", "Trump, speaking at a rally in Wilmington, N.C.", "Mr.
        // Trump’s former campaign manager, Corey Lewandowski": the first part set off by commas
        // that ends in a name is who speaks; the rest describes them.
        let scalars = text.unicodeScalars
        if scalars.contains(",") {
            for part in scalars.split(separator: ",", maxSplits: 3).prefix(3) {
                // The part's last word starts with a capital: a name.
                let trimmed = part.drop { $0 == " " }
                let lastWord = trimmed.lastIndex(of: " ").map { trimmed[trimmed.index(after: $0)...] } ?? trimmed[...]
                if lastWord.first?.isUpper == true { return resolve(text: String(String.UnicodeScalarView(trimmed)), start: start) }
            }
        }
        // Words between spaces, split on scalars (a Character split walks grapheme breaks).
        let rawWords = text.unicodeScalars.split(separator: " ").map { Substring($0) }
        let lower = rawWords.map { $0.lowercased() }
        guard let head = lower.last else { return nil }
        var resolved: String?

        if lower.count == 1 && (head == "he" || head == "she") {
            if let m = mentions[..<mentionCount(before: start)].last(where: \.isPerson) {
                resolved = fullName(name(m).unicodeScalars.split(separator: " ").map { String($0) }, before: start)
            }
        } else if lower.count == 1 && (head == "it" || head == "they") {
            let people = namedPeople ?? Set(mentions.filter(\.isPerson).map(name))
            namedPeople = people
            for i in classifiedSpeakers..<speakers.count where !speakers[i].resolved.isEmpty && !people.contains(speakers[i].resolved) { nonPersonSpeakers.append(i) }
            classifiedSpeakers = speakers.count
            resolved = nonPersonSpeakers.last(where: { speakers[$0].start < start }).map { speakers[$0].resolved }
        } else if lower.count == 1 && (head == "i" || head == "we" || head == "you") {
            resolved = nil
        } else if let from = lower.firstIndex(where: { $0 == "from" || $0 == "by" }), lower[..<from].contains(where: Lexicon.mediumNouns.contains), from + 1 < rawWords.count {
            // "a statement from China's Commerce Ministry" → the ministry speaks.
            resolved = Self.trimming(rawWords[(from + 1)...].joined(separator: " "), ",.")
        } else if let last = rawWords.last, last.first?.isUppercase == true {
            let names = Self.personNames(in: rawWords.map(String.init))
            if !names.isEmpty {
                var full: [String] = []
                for n in names { full.append(fullName(n, before: start)) }
                resolved = full.joined(separator: " and ")
            }
        } else if let first = lower.first, Lexicon.determiners.contains(first) {
            // "the ministry", "the statement": the last speaker or name with the same head noun.
            let same = speakers.count < Self.indexFrom ? speakers.indices.last(where: { speakers[$0].start < start && speakers[$0].words.contains(head) })
                : speakersByWord[head]?.last(where: { speakers[$0].start < start })
            if let i = same {
                resolved = speakers[i].resolved
            } else if let id = vocabulary.existingID(of: head), mentions.count < Self.indexFrom {
                if let m = mentions[..<mentionCount(before: start)].last(where: { contains($0, id) }) { resolved = name(m) }
            } else if let id = vocabulary.existingID(of: head) {
                if mentionsByWord == nil {
                    var index: [Int32: [Int]] = [:]
                    for (n, m) in mentions.enumerated() {
                        for t in tokens[m.words] { index[t.word, default: []].append(n) }
                        if let p = m.possessed { for t in tokens[p] { index[t.word, default: []].append(n) } }
                    }
                    mentionsByWord = index
                }
                let before = mentionCount(before: start)
                // The last of the word's mentions before this one.
                if let list = mentionsByWord?[id] {
                    let n = list.count(keyBelow: before) { $0 }
                    if n > 0 { resolved = name(mentions[list[n - 1]]) }
                }
            }
        }
        if resolved == nil, rawWords.last?.first?.isUppercase == true {
            var stripped = Self.stripTitles(rawWords.map(String.init))
            if stripped.count > 1, Lexicon.determiners.contains(stripped[0].lowercased()) { stripped.removeFirst() }
            if !stripped.isEmpty, stripped.contains(where: { $0.first?.isUppercase == true }) { resolved = stripped.joined(separator: " ") }
        }
        if let r = resolved {
            speakers.append((start, lower, r))
            if speakers.count == Self.indexFrom {
                for (i, s) in speakers.enumerated() { for w in Set(s.words) { speakersByWord[w, default: []].append(i) } }
            } else if speakers.count > Self.indexFrom {
                for w in Set(lower) { speakersByWord[w, default: []].append(speakers.count - 1) }
            }
        }
        return resolved
    }

    /// The mention's text: its words, and what it owns after "’s".
    func name(_ m: Mention) -> String {
        let name = tokens[m.words].map { scalarString(text, $0.range) }.joined(separator: " ")
        guard let p = m.possessed else { return name }
        return name + "’s " + tokens[p].map { scalarString(text, $0.range) }.joined(separator: " ")
    }

    func contains(_ m: Mention, _ word: Int32) -> Bool {
        tokens[m.words].contains { $0.word == word } || m.possessed.map { tokens[$0].contains { $0.word == word } } ?? false
    }

    /// `s` without the characters of `marks` at either end.
    static func trimming(_ s: String, _ marks: String) -> String {
        let u = s.unicodeScalars
        var a = u.startIndex
        var b = u.endIndex
        while a < b, marks.unicodeScalars.contains(u[a]) { a = u.index(after: a) }
        while b > a, marks.unicodeScalars.contains(u[u.index(before: b)]) { b = u.index(before: b) }
        return String(u[a..<b])
    }

    /// Runs of capitalised words in a speaker phrase, titles stripped: the people it names.
    static func personNames(in words: [String]) -> [[String]] {
        var out: [[String]] = []
        var run: [String] = []
        func close() {
            let s = Self.stripTitles(run)
            if !s.isEmpty, !Self.orgHeads.contains(s.last!.lowercased()) { out.append(s) }
            run = []
        }
        for w in words {
            let clean = Self.trimming(w, ",.;:")
            if clean.first?.isUppercase == true { run.append(clean) } else { close() }
        }
        close()
        // Organisations ("The Chinese Commerce Ministry") are not people's names.
        return out.filter { name in !(name.count == 1 && Lexicon.determiners.contains(name[0].lowercased())) }
    }

    /// "Bessent" → "Scott Bessent" when the article named him in full before (or after).
    /// The longest such name before `start`, else after it; among equals, the last.
    mutating func fullName(_ name: [String], before start: Int) -> String {
        guard let lastWord = vocabulary.existingID(of: name.last!.lowercased()) else { return name.joined(separator: " ") }
        if mentions.count < Self.indexFrom {
            var best: (count: Int, index: Int)?
            var bestBefore: (count: Int, index: Int)?
            for (n, m) in mentions.enumerated() where m.isPerson && m.wordCount >= name.count && tokens[m.lastWord].word == lastWord {
                if m.wordCount >= best?.count ?? 0 { best = (m.wordCount, n) }
                if m.start < start, m.wordCount >= bestBefore?.count ?? 0 { bestBefore = (m.wordCount, n) }
            }
            if let chosen = bestBefore ?? best { return self.name(mentions[chosen.index]) }
            return name.joined(separator: " ")
        }
        if peopleByLastWord == nil {
            var index: [Int32: (mentions: [Int], longestSoFar: [Int])] = [:]
            for (n, m) in mentions.enumerated() where m.isPerson {
                var entry = index[tokens[m.lastWord].word] ?? ([], [])
                let previous = entry.longestSoFar.last
                entry.mentions.append(n)
                entry.longestSoFar.append(previous.map { m.wordCount >= mentions[entry.mentions[$0]].wordCount ? entry.mentions.count - 1 : $0 } ?? 0)
                index[tokens[m.lastWord].word] = entry
            }
            peopleByLastWord = index
        }
        guard let entry = peopleByLastWord?[lastWord], let last = entry.longestSoFar.last else { return name.joined(separator: " ") }
        // The longest name before the mention, else the longest anywhere; only names at least
        // as long as the mention's own count.
        let lo = entry.mentions.count(keyBelow: start) { mentions[$0].start }
        for candidate in [lo > 0 ? entry.longestSoFar[lo - 1] : nil, last].compactMap({ $0 }) {
            let m = mentions[entry.mentions[candidate]]
            if m.wordCount >= name.count { return self.name(m) }
        }
        return name.joined(separator: " ")
    }

    /// How many mentions start before code point `start` (mentions are in text order).
    func mentionCount(before start: Int) -> Int { mentions.count(keyBelow: start) { $0.start } }
}
