/// Finds the claims of one document: attributed statements (direct, indirect, mixed) first,
/// then the article's own check-worthy statements.
public struct ClaimExtractor: Sendable {
    public struct Options: Equatable, Sendable {
        /// Emit the article's own statements (kind `unattributed`).
        public var unattributed: Bool = true
        /// Unattributed statements scoring below this are left out.
        public var minCheckworthiness: Double = 0.0
        /// A quotation needs this many words to be a direct quote rather than a scare quote,
        /// unless it is a whole sentence of its own (“We’re hopeful.”).
        public var minQuoteWords: Int = 4
        /// A check-worthiness weights file to use instead of the built-in one.
        public var checkworthinessModel: String?

        public init(unattributed: Bool = true, minCheckworthiness: Double = 0.0, minQuoteWords: Int = 4, checkworthinessModel: String? = nil) {
            self.unattributed = unattributed
            self.minCheckworthiness = minCheckworthiness
            self.minQuoteWords = minQuoteWords
            self.checkworthinessModel = checkworthinessModel
        }
    }

    public var options: Options
    let model: CheckworthinessModel.Prepared

    public init(options: Options = Options(), model: CheckworthinessModel = .builtIn) {
        self.options = options
        self.model = CheckworthinessModel.Prepared(model)
    }

    struct Draft {
        var content: Range<Int>
        var kind: Claim.Kind
        var speaker: Range<Int>?
        var cue: Range<Int>?
        var lemma: String?
        var verbClass: ReportingVerbs.Class?
    }

    /// Below this many words a text is too short to tell its language by its words.
    static let languageCheckFrom = 40

    public func extract(_ input: SegmentedDocument) -> [Claim] {
        let doc = input.document
        let (text, isMostlyLatin) = Self.scalars(of: doc.text)
        // The rules read English: a text mostly in another script (Cyrillic, Chinese, Arabic …)
        // gets no claims rather than noise, and costs no time.
        guard isMostlyLatin else { return [] }
        // Words the catalog lacks: about one in 22 characters of the bench pages; room for one
        // in 16, so that the table rarely grows.
        var vocabulary = Vocabulary(capacity: text.count / 16)
        var tokens = TextTokenizer.tokenize(text, in: 0..<text.count, vocabulary: &vocabulary)
        // German, Portuguese or Indonesian text is Latin too: a text of some length with
        // almost none of English's commonest words gets no claims either.
        var words = 0
        var english = 0
        for t in tokens where t.kind == .word {
            words += 1
            guard t.flags.contains(.englishFunctionWord) else { continue }
            english += 1
            // Enough to pass whatever follows (there are no more words than tokens): English
            // has shown itself within the first few sentences.
            if english * 50 >= tokens.count { break }
        }
        guard words < Self.languageCheckFrom || english * 50 >= words else { return [] }
        // A paragraph's last token: the last to start before the paragraph's end, when a token
        // follows it. Looked up paragraph by paragraph, not token by token.
        for p in doc.paragraphs {
            let k = tokens.count(keyBelow: p.upperBound) { $0.range.lowerBound }
            if k >= 1 && k < tokens.count { tokens[k - 1].isParagraphEnd = true }
        }
        let quotations = QuotationFinder.find(tokens, text: text, paragraphs: doc.paragraphs)
        let sentences = input.sentences
        // Token index range of each sentence.
        var sentenceTokens: [Range<Int>] = []
        var ti = 0
        for s in sentences {
            while ti < tokens.count && tokens[ti].range.lowerBound < s.start { ti += 1 }
            var tj = ti
            while tj < tokens.count && tokens[tj].range.lowerBound < s.end { tj += 1 }
            sentenceTokens.append(ti..<tj)
            ti = tj
        }
        // A text file's headline is its first paragraph: never a claim.
        let headline: String? = doc.title.flatMap { t in
            guard let p = doc.paragraphs.first else { return nil }
            return p.count == t.unicodeScalars.count && scalarString(text, p) == t ? t : nil
        }
        let finder = AttributionFinder(text: text, tokens: tokens, vocabulary: vocabulary)
        var drafts: [Draft] = []

        /// The quotations a span overlaps (content may run past its sentence: a speaker tag's
        /// turn runs to the paragraph's end). Quotations are in text order and never overlap.
        func overlapping(_ r: Range<Int>) -> ArraySlice<Quotation> {
            let first = quotations.count(keyBelow: r.lowerBound + 1) { $0.outer.upperBound }
            var last = first
            while last < quotations.count && quotations[last].outer.lowerBound < r.upperBound { last += 1 }
            return quotations[first..<last]
        }
        // One pass finds each sentence's quotations.
        var firstQuotation = 0
        for (si, s) in sentences.enumerated() {
            while firstQuotation < quotations.count && quotations[firstQuotation].outer.upperBound <= s.start { firstQuotation += 1 }
            if headline != nil && s.paragraph == 0 { continue }
            var lastQuotation = firstQuotation
            while lastQuotation < quotations.count && quotations[lastQuotation].outer.lowerBound < s.end { lastQuotation += 1 }
            let inSentence = Array(quotations[firstQuotation..<lastQuotation])
            for a in finder.find(in: sentenceTokens[si], quotations: inSentence) {
                var content = a.content
                // Content that starts or ends inside a quotation takes the whole quotation.
                for q in overlapping(content) where q.outer.contains(content.lowerBound) || q.outer.contains(max(content.lowerBound, content.upperBound - 1)) {
                    if !(a.speaker.map { q.outer.overlaps($0) } ?? false) && !q.outer.overlaps(a.cue) {
                        content = min(content.lowerBound, q.outer.lowerBound)..<max(content.upperBound, q.outer.upperBound)
                    }
                }
                let quoted = overlapping(content)
                var kind = Claim.Kind.indirect
                if let q = quoted.first, quoted.count == 1, q.outer.lowerBound <= content.lowerBound + 1, q.outer.upperBound >= content.upperBound - 1 {
                    // "she wrote in her memoir, “Tough Choices.”": the name of a work, not its words.
                    if finder.isNamedWork(q) { continue }
                    kind = finder.isEmbedded(q, sentence: sentenceTokens[si], lemma: a.lemma) ? .mixed : .direct
                } else if !quoted.isEmpty {
                    kind = .mixed
                }
                drafts.append(Draft(content: content, kind: kind, speaker: a.speaker, cue: a.cue, lemma: a.lemma, verbClass: a.verbClass))
            }
        }
        // Quotations no cue claimed: signed with a dash ("…” ― Sonya Herridge), followed by a
        // sentence that only says who spoke, after a name and a colon, or a continuing quote
        // that takes the speaker of the quotation before it.
        var sentenceAfter = 0  // the first sentence starting after the quotation (quotations are in text order)
        // The attributions so far, for lookups by position (a long transcript has thousands):
        // their spans by start with the furthest end so far, and the quotation-bearing ones by end.
        let claimed = drafts.map(\.content).sorted { $0.lowerBound < $1.lowerBound }
        var furthestEnd: [Int] = []
        for r in claimed { furthestEnd.append(max(furthestEnd.last ?? 0, r.upperBound)) }
        let quoting = drafts.filter { $0.kind != .indirect }.sorted { $0.content.upperBound < $1.content.upperBound }
        var lastQuoted: Draft?  // the last quotation taken below (they come in text order)
        func take(_ d: Draft) {
            drafts.append(d)
            lastQuoted = d
        }
        for q in quotations where q.wordCount >= 1 {
            // Fewer words than a statement needs make a scare quote, unless the quotation is a
            // sentence of its own (“Bodies everywhere.”); then it needs a speaker.
            let isShort = q.wordCount < options.minQuoteWords
            if isShort && !isSentenceOfItsOwn(q, tokens: tokens, text: text, sentences: sentences) { continue }
            let startingBefore = claimed.count(keyBelow: q.outer.upperBound) { $0.lowerBound }
            if startingBefore > 0 && furthestEnd[startingBefore - 1] > q.outer.lowerBound { continue }
            if let signed = dashSignature(after: q.outer.upperBound, text: text, tokens: tokens) {
                take(Draft(content: q.outer, kind: .direct, speaker: signed.speaker, cue: signed.cue, lemma: "say", verbClass: .say))
                continue
            }
            if headline != nil, doc.paragraphs.first.map({ q.outer.overlaps($0) }) == true { continue }
            if q.isTitle(tokens) || finder.isNamedWork(q) { continue }
            // A quotation must be a statement: open a sentence or follow a colon or comma.
            let before = q.outer.lowerBound > 0 ? previousNonSpace(text, q.outer.lowerBound) : nil
            guard before == nil || before == ":" || before == "," || before == "." || isSentenceStart(q.outer.lowerBound, sentences) else { continue }
            // “…?” Obama asked Republican politicians.
            while sentenceAfter < sentences.count && sentences[sentenceAfter].start < q.outer.upperBound { sentenceAfter += 1 }
            let next = sentenceAfter
            if next < sentences.count, next > 0, sentences[next].start - q.outer.upperBound <= 2,
               sentences[next].paragraph == sentences[next - 1].paragraph, let said = finder.speakerSentence(sentenceTokens[next]) {
                take(Draft(content: q.outer, kind: .direct, speaker: said.speaker, cue: finder.range(said.cue.start, said.cue.end),
                           lemma: said.cue.lemma, verbClass: said.cue.verbClass))
                continue
            }
            if before == ":", let colon = text[..<q.outer.lowerBound].lastIndex(where: { $0 == ":" }) {
                // "The New York Times reports:" / “…”: a sentence ending in a cue, its subject and
                // a colon introduces the quotation after it (often the next paragraph's).
                let si = sentences.count(keyBelow: colon + 1) { $0.start } - 1
                if si >= 0, let last = sentenceTokens[si].last, tokens[last].isMark(":"), tokens[last].range.lowerBound == colon,
                   let said = finder.colonFrame(sentenceTokens[si]) {
                    take(Draft(content: q.outer, kind: .direct, speaker: said.speaker, cue: finder.range(said.cue.start, said.cue.end),
                               lemma: said.cue.lemma, verbClass: said.cue.verbClass))
                    continue
                }
                // The name before a colon speaks, unless a cue before it says the name is whom
                // somebody told ("Priebus later told Fox News: “…”").
                if let name = finder.nameBefore(colonAt: colon),
                   !finder.hasCue(before: name.lowerBound, inSentenceOf: q.outer.lowerBound, sentences: sentences, sentenceTokens: sentenceTokens) {
                    take(Draft(content: q.outer, kind: .direct, speaker: name, cue: colon..<(colon + 1), lemma: "say", verbClass: .say))
                    continue
                }
            }
            // The nearest quotation-bearing claim before it in the text (drafts are not in text
            // order: quotations found here follow the attributions).
            // The latest end before the quotation; of several claims ending there, the first.
            let endingBefore = quoting.count(keyBelow: q.outer.lowerBound + 1) { $0.content.upperBound }
            var previous = endingBefore > 0 ? quoting[quoting.count(keyBelow: quoting[endingBefore - 1].content.upperBound) { $0.content.upperBound }] : nil
            if let l = lastQuoted, l.content.upperBound > previous?.content.upperBound ?? -1 { previous = l }
            if let p = previous, q.outer.lowerBound - p.content.upperBound >= 400 { previous = nil }
            // A short one goes on from its speaker's quotation in the same paragraph: a new
            // paragraph's “Nooooo!” may be somebody else's answer.
            if isShort, previous?.speaker == nil || !inOneParagraph(previous!.content.upperBound - 1, q.outer.lowerBound, doc.paragraphs) { continue }
            take(Draft(content: q.outer, kind: .direct, speaker: previous?.speaker, cue: previous?.cue, lemma: previous?.lemma, verbClass: previous?.verbClass))
        }
        drafts.sort { $0.content.lowerBound < $1.content.lowerBound }

        var resolver = SpeakerResolver(tokens: tokens, text: text, vocabulary: vocabulary, sentenceStarts: sentences.map { $0.start }, quotations: quotations.map(\.outer), speakers: drafts.count)
        var claims: [Claim] = []
        var scorer = CheckworthinessModel.Scorer(model, vocabulary: vocabulary)
        // Sized once: grown speaker by speaker, the dictionary rehashed itself a few times a
        // document (1.3% of the stage).
        var resolvedBySpeakerStart: [Int: String?] = Dictionary(minimumCapacity: drafts.count)
        func slice(_ r: Range<Int>) -> String { scalarString(text, r) }
        /// Positions in `sentences` of the sentences a span overlaps.
        func sentencePositions(_ r: Range<Int>) -> Range<Int> {
            var i = sentences.count(keyBelow: r.lowerBound) { $0.end }
            while i < sentences.count && sentences[i].end <= r.lowerBound { i += 1 }
            var j = i
            while j < sentences.count && sentences[j].start < r.upperBound { j += 1 }
            return i..<j
        }
        func tokensIn(_ r: Range<Int>) -> ArraySlice<TextToken> {
            let lo = tokens.count(keyBelow: r.lowerBound) { $0.range.lowerBound }
            var hi = lo
            while hi < tokens.count && tokens[hi].range.upperBound <= r.upperBound { hi += 1 }
            return tokens[lo..<hi]
        }
        /// Whether the span's last non-space, non-quote character is a question mark.
        func endsWithQuestion(_ r: Range<Int>) -> Bool { Self.finalMark(of: r, in: text) == "?" }
        // Every sentence's own logit: a claim's neighbours weigh in on its score.
        let sentenceLogits = sentences.indices.map { si in
            scorer.logit(tokens[sentenceTokens[si]], endsWithQuestion: endsWithQuestion(sentences[si].start..<sentences[si].end))
        }
        /// The check-worthiness of a claim: read on its whole sentences (`positions`), as the
        /// model was fitted on sentences, with the sentences around them; on `span` alone when
        /// it lies in no sentence. The scorer is passed, not captured: a captured variable
        /// lives in a box, and every use of it pays for the box.
        func checkworthiness(_ positions: Range<Int>, span: Range<Int>, _ scorer: inout CheckworthinessModel.Scorer) -> Double {
            guard let a = positions.first, let b = positions.last else {
                return scorer.score(own: scorer.logit(tokensIn(span), endsWithQuestion: endsWithQuestion(span)), previous: nil, next: nil)
            }
            let own = a == b ? sentenceLogits[a]
                : scorer.logit(tokens[sentenceTokens[a].lowerBound..<sentenceTokens[b].upperBound], endsWithQuestion: endsWithQuestion(sentences[a].start..<sentences[b].end))
            return scorer.score(own: own, previous: a > 0 ? sentenceLogits[a - 1] : nil, next: b + 1 < sentences.count ? sentenceLogits[b + 1] : nil)
        }
        var covered: [Range<Int>] = []
        // Transcript turns ("FALLIN: I think …"), whose speaker is who "I" is inside them.
        // (A turn's claim comes before those inside it: drafts are sorted by where they start.)
        var turns: [(content: Range<Int>, speaker: Range<Int>)] = []
        for d in drafts {
            var speaker: Claim.Speaker?
            if let found = d.speaker {
                let sp = Self.withoutContraction(found, in: text)
                let spoken = slice(sp)
                let resolved: String?
                if let cue = d.cue, cue.count == 1, text[cue.lowerBound] == ":" { turns.append((d.content, sp)) }
                if spoken == "I", let turn = turns.last(where: { $0.content.contains(sp.lowerBound) }) {
                    resolved = resolvedBySpeakerStart[turn.speaker.lowerBound] ?? slice(turn.speaker)
                } else if let r = resolvedBySpeakerStart[sp.lowerBound] { resolved = r } else {
                    // "commentators who have suggested …", "a graduate of Harvard Law School who
                    // argued …": a bare "who" stands for the phrase before it.
                    if spoken == "who", let si = sentencePositions(sp).first, let antecedent = finder.antecedent(ofWhoAt: sp.lowerBound, sentence: sentenceTokens[si]) {
                        resolved = resolver.resolve(text: slice(antecedent), start: antecedent.lowerBound)
                    } else {
                        resolved = resolver.resolve(text: spoken, start: sp.lowerBound)
                    }
                    resolvedBySpeakerStart[sp.lowerBound] = resolved
                }
                speaker = Claim.Speaker(text: spoken, start: sp.lowerBound, end: sp.upperBound, resolved: resolved)
            }
            let cue = d.cue.map { Claim.Cue(text: slice($0), lemma: d.lemma ?? "", start: $0.lowerBound, end: $0.upperBound) }
            let contentTokens = tokensIn(d.content)
            let quantities = QuantityParser.find(contentTokens, text: text, vocabulary: vocabulary)
            let positions = sentencePositions(d.content)
            // "did not deny …", and "declined to rule out …": a denial not made.
            var negated = d.cue.map { finder.isNegated(cueAt: tokens.count(keyBelow: $0.lowerBound) { $0.range.lowerBound }) } ?? false
            if d.verbClass == .deny, contentTokens.count >= 2, contentTokens.first?.word == Word.to {
                let verb = contentTokens[contentTokens.startIndex + 1]
                if verb.word == Word.rule || vocabulary.verbEntry(verb.word)?.verbClass == .deny { negated = true }
            }
            let result = ClaimClassifier.classify(words: contentTokens, quantities: quantities, verbClass: d.verbClass, negated: negated)
            claims.append(Claim(
                doc: doc.id, id: "", sentences: positions.map { sentences[$0].index }, start: d.content.lowerBound, end: d.content.upperBound,
                text: slice(d.content), kind: d.kind, speaker: speaker, cue: cue, types: result.types, stance: result.stance,
                quantities: quantities, checkworthiness: checkworthiness(positions, span: d.content, &scorer)))
            covered.append(d.content)
        }

        if options.unattributed {
            // Claims are in order of their starts: the furthest end so far says whether one
            // reaches into a sentence.
            var coveredEnd: [Int] = []
            for c in covered { coveredEnd.append(max(coveredEnd.last ?? 0, c.upperBound)) }
            // "“Did you know …?” / Todd asked the real estate mogul.": a sentence that holds the
            // cue of a statement in another sentence is its frame, not the writer's own claim.
            let cueStarts = drafts.compactMap { $0.cue?.lowerBound }.sorted()
            for (si, s) in sentences.enumerated() {
                if headline != nil && s.paragraph == 0 { continue }
                let r = s.start..<s.end
                let startingBefore = covered.count(keyBelow: r.upperBound) { $0.lowerBound }
                if startingBefore > 0 && coveredEnd[startingBefore - 1] > r.lowerBound && !r.isEmpty { continue }
                if cueStarts.count(keyBelow: r.upperBound) { $0 } > cueStarts.count(keyBelow: r.lowerBound) { $0 } { continue }
                let toks = tokens[sentenceTokens[si]]
                var wordCount = 0
                var capitalized = 0
                for t in toks where t.isWord {
                    wordCount += 1
                    if t.isCapitalized { capitalized += 1 }
                }
                guard wordCount >= 4 else { continue }
                // A subheading or a caption in title case ("The Stadia Controller Is Only
                // Necessary For Playing On A TV", "Blue Origin, Kent, Washington"), and a lead-in
                // ending in a colon ("Here's what you'll focus on:"), state nothing of their own.
                if capitalized * 10 >= wordCount * 8 || Self.finalMark(of: r, in: text) == ":" { continue }
                // "Was this to find out how vulnerable he was?": a question of the writer's (or a
                // moderator's) asserts nothing to check.
                if endsWithQuestion(r) { continue }
                let quantities = QuantityParser.find(toks, text: text, vocabulary: vocabulary)
                let score = checkworthiness(si..<(si + 1), span: r, &scorer)
                guard score >= options.minCheckworthiness else { continue }
                let result = ClaimClassifier.classify(words: toks, quantities: quantities, verbClass: nil)
                claims.append(Claim(
                    doc: doc.id, id: "", sentences: [s.index], start: s.start, end: s.end, text: slice(r), kind: .unattributed,
                    speaker: nil, cue: nil, types: result.types, stance: result.stance, quantities: quantities, checkworthiness: score))
            }
        }
        // In text order, ties as they came. Their numbers are sorted, and the claims (values of
        // a few hundred bytes, which a sort, or `swapAt`, copies with all their strings) are
        // moved into place round each cycle of the permutation.
        let spans = claims.map { ($0.start, $0.end) }
        var order = claims.indices.sorted { (spans[$0].0, spans[$0].1, $0) < (spans[$1].0, spans[$1].1, $1) }
        claims.withUnsafeMutableBufferPointer { claims in
            let base = claims.baseAddress!
            for first in order.indices where order[first] != first {
                // Position k takes the claim at order[k].
                let held = (base + first).move()
                var k = first
                while order[k] != first {
                    let from = order[k]
                    (base + k).moveInitialize(from: base + from, count: 1)
                    order[k] = k
                    k = from
                }
                (base + k).initialize(to: held)
                order[k] = k
            }
        }
        var prefix = doc.id
        prefix.withUTF8 { prefix in
            // Through the buffer: a claim written through the captured array was copied first.
            claims.withUnsafeMutableBufferPointer { claims in
                for i in claims.indices { claims[i].id = Self.claimID(prefix, i) }
            }
        }
        return claims
    }

    /// "<document id>#<n>", written into one new string: concatenation and `String(n)` took
    /// 1.5% of the stage (two temporary strings a claim, and a copy of the 64-byte prefix each).
    static func claimID(_ prefix: UnsafeBufferPointer<UInt8>, _ n: Int) -> String {
        var digits = 1
        var rest = n / 10
        while rest > 0 { digits += 1; rest /= 10 }
        return String(unsafeUninitializedCapacity: prefix.count + 1 + digits) { out in
            _ = out.initialize(fromContentsOf: prefix)
            out[prefix.count] = UInt8(ascii: "#")
            var value = n
            for k in stride(from: prefix.count + digits, to: prefix.count, by: -1) {
                out[k] = UInt8(truncatingIfNeeded: 0x30 + value % 10)
                value /= 10
            }
            return prefix.count + 1 + digits
        }
    }

    /// The text as scalars, and whether at least half of its letters are Latin (ASCII letters,
    /// Latin-1 and Latin Extended): one pass over the UTF-8, eight ASCII bytes at a time. A
    /// text mostly in other scripts may come back without its scalars: no rule reads it.
    static func scalars(of text: String) -> (scalars: [Unicode.Scalar], isMostlyLatin: Bool) {
        var text = text
        return text.withUTF8 { utf8 in
            let first = decode(utf8, givingUpOnOtherScripts: true)
            // Another script led at a checkpoint and the rest was only counted; a text that
            // turns out Latin after all (rare) is decoded whole.
            if first.isMostlyLatin && !first.isComplete { return (decode(utf8, givingUpOnOtherScripts: false).scalars, true) }
            return (first.isComplete ? first.scalars : [], first.isMostlyLatin)
        }
    }

    /// How many bytes `decode` reads between looks at which script leads.
    static let scriptCheckEvery = 4096

    /// The scalars of valid UTF-8, and whether at least half of its letters are Latin. Given
    /// `givingUpOnOtherScripts`, it stops decoding at the first checkpoint where another
    /// script leads and counts the rest by lead bytes alone (`isComplete` false): a page in
    /// Chinese or Russian, two or three bytes a letter, each decoded and stored, is rejected
    /// at a fraction of that cost.
    static func decode(_ utf8: UnsafeBufferPointer<UInt8>, givingUpOnOtherScripts: Bool) -> (scalars: [Unicode.Scalar], isMostlyLatin: Bool, isComplete: Bool) {
        guard utf8.count > 0 else { return ([], true, true) }
        var latin = 0
        var other = 0
        var gaveUpAt: Int?
        let scalars = [Unicode.Scalar](unsafeUninitializedCapacity: utf8.count) { out, count in
            let raw = UnsafeMutableRawPointer(out.baseAddress!)
            var i = 0
            var n = 0
            let base = UnsafeRawPointer(utf8.baseAddress!)
            let decoder = UTF8Text(bytes: utf8)
            var checkAt = givingUpOnOtherScripts ? scriptCheckEvery : Int.max
            while i < utf8.count {
                if i >= checkAt {
                    if other > latin {
                        gaveUpAt = i
                        break
                    }
                    checkAt += scriptCheckEvery
                }
                // Eight ASCII bytes at a time: widened to scalars, letters counted by
                // bit tricks (each byte folded to lowercase, then tested for a…z).
                if i + 8 <= utf8.count {
                    let w = base.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                    if w & 0x8080_8080_8080_8080 == 0 {
                        let x = w | 0x2020_2020_2020_2020
                        let atLeastA = x &+ 0x1F1F_1F1F_1F1F_1F1F
                        let pastZ = x &+ 0x0505_0505_0505_0505
                        latin += (atLeastA & ~pastZ & 0x8080_8080_8080_8080).nonzeroBitCount
                        // Widened in one vector: a byte a lane, zero-extended.
                        let wide = SIMD8<UInt32>(truncatingIfNeeded: unsafeBitCast(w, to: SIMD8<UInt8>.self))
                        raw.storeBytes(of: wide, toByteOffset: n * 4, as: SIMD8<UInt32>.self)
                        i += 8
                        n += 8
                        continue
                    }
                }
                let b = UInt32(utf8[i])
                var v = b
                if b < 0x80 {
                    i += 1
                    if (v | 0x20) >= 0x61 && (v | 0x20) <= 0x7A { latin += 1 }
                } else {
                    let (u, length) = decoder.scalar(at: i)
                    v = u.value
                    i += length
                    switch script(of: v) {
                    case .latin: latin += 1
                    case .other: other += 1
                    default: break
                    }
                }
                raw.storeBytes(of: v, toByteOffset: n * 4, as: UInt32.self)
                n += 1
            }
            count = n
        }
        if let from = gaveUpAt {
            let rest = countLetters(utf8, from: from)
            latin += rest.latin
            other += rest.other
        }
        return (scalars, latin >= other, gaveUpAt == nil)
    }

    /// The Latin letters and the other scripts' letters in the UTF-8 from byte `from` (a
    /// character boundary), counted as `decode` counts them but from lead bytes: a letter of
    /// another script is one look-up in `leadClass`, which also gives its length.
    static func countLetters(_ utf8: UnsafeBufferPointer<UInt8>, from: Int) -> (latin: Int, other: Int) {
        var latin = 0
        var other = 0
        var i = from
        let base = UnsafeRawPointer(utf8.baseAddress!)
        leadClass.withUnsafeBufferPointer { table in
            while i < utf8.count {
                if i + 8 <= utf8.count {
                    let w = base.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                    if w & 0x8080_8080_8080_8080 == 0 {
                        let x = w | 0x2020_2020_2020_2020
                        latin += ((x &+ 0x1F1F_1F1F_1F1F_1F1F) & ~(x &+ 0x0505_0505_0505_0505) & 0x8080_8080_8080_8080).nonzeroBitCount
                        i += 8
                        continue
                    }
                }
                let entry = table[Int(utf8[i])]
                var kind = LeadClass(rawValue: entry & 0x0F) ?? .none
                if kind == .decode {
                    // The lead byte alone does not tell (U+0240…U+027F, U+0340…U+037F, U+2000…U+2FFF).
                    kind = script(of: UTF8Text(bytes: utf8).scalar(at: i).0.value)
                }
                if kind == .latin { latin += 1 } else if kind == .other { other += 1 }
                // The sequence's length (a continuation byte or a stray one: 1).
                i += Int(entry >> 4)
            }
        }
        return (latin, other)
    }

    enum LeadClass: UInt8 { case none, latin, other, decode }

    /// What a byte says of the letter it starts, by `decode`'s rule (low four bits), and the
    /// length of the sequence it leads (high four): an ASCII letter and a two-byte lead of
    /// U+00C0…U+023F are Latin; leads past U+03FF are another script's, except U+2000…U+2FFF's
    /// (punctuation and symbols up to U+2E7F); continuation bytes say nothing.
    static let leadClass: [UInt8] = (0..<256).map { b in
        let kind: LeadClass = switch b {
        case 0x41...0x5A, 0x61...0x7A: .latin
        case 0xC3...0xC8: .latin  // U+00C0…U+023F
        case 0xC9, 0xCD: .decode  // U+0240…U+024F are Latin, U+0370…U+037F another script's
        case 0xCE...0xDF: .other  // U+0380…U+07FF
        case 0xE0, 0xE1: .other  // U+0800…U+1FFF
        case 0xE2: .decode  // U+2000…U+2FFF
        case 0xE3...0xEF: .other  // U+3000…U+FFFF
        case 0xF0...0xF4: .other
        default: .none  // the rest of ASCII, continuation bytes, U+0080…U+00BF, U+0250…U+02FF
        }
        let length = switch b {
        case 0xC2...0xDF: 2
        case 0xE0...0xEF: 3
        case 0xF0...0xF4: 4
        default: 1
        }
        return UInt8(length << 4) | kind.rawValue
    }

    /// Whose letter a non-ASCII scalar is: Latin-1's and Latin Extended's letters are Latin;
    /// Greek, Cyrillic … Devanagari below U+2000 and CJK and Hangul above U+2E80 are other
    /// scripts' (counted as letters without the Unicode tables: their punctuation is rare);
    /// the rest counts for neither.
    @inline(__always) static func script(of v: UInt32) -> LeadClass {
        if v < 0x250 { return v >= 0xC0 ? .latin : .none }
        return (v >= 0x370 && v < 0x2000) || v >= 0x2E80 ? .other : .none
    }

    /// "…” ― Sonya Herridge" / "…" — Jane Doe, teacher: a name after a dash signs the quote.
    func dashSignature(after end: Int, text: [Unicode.Scalar], tokens: [TextToken]) -> (speaker: Range<Int>, cue: Range<Int>)? {
        var i = end
        // Or the next paragraph, when it is only the signature ("“…”" / "- Bernie Sanders."),
        // as fact checks print the claims they check.
        var ownParagraph = false
        while i < text.count, text[i] == " " || text[i] == "\n" {
            if text[i] == "\n" { ownParagraph = true }
            i += 1
        }
        guard i < text.count, text[i] == "―" || text[i] == "—" || text[i] == "–" || ownParagraph && text[i] == "-" else { return nil }
        let cue = i..<(i + 1)
        i += 1
        while i < text.count, text[i] == " " { i += 1 }
        guard i < text.count, text[i].isUpper else { return nil }
        var j = i
        var words = 0
        while j < text.count, text[j] != "\n", text[j] != ",", text[j] != "“", text[j] != "\"", words < 6 {
            if text[j] == " " { words += 1 }
            j += 1
        }
        if ownParagraph, j < text.count, text[j] != "\n" { return nil }
        while j > i, text[j - 1].isSpace || text[j - 1] == "." { j -= 1 }
        guard j > i, words < 6 else { return nil }
        // A paragraph of its own is a name in capitals throughout, not a subheading ("– An
        // immigrant himself –.").
        if ownParagraph, (i..<j).contains(where: { k in text[k] == "–" || text[k] == "—" || text[k] == " " && k + 1 < j && !text[k + 1].isUpper }) { return nil }
        return (i..<j, cue)
    }

    /// A quotation that is a sentence by itself: a whole sentence, its first word capitalised
    /// and a sentence mark ending it inside its marks (“We’re hopeful.”). A scare quote sits
    /// inside a sentence ("“Nooooo!” the crowd cried out" is the crowd's), and a title has no
    /// closing period of its own.
    func isSentenceOfItsOwn(_ q: Quotation, tokens: [TextToken], text: [Unicode.Scalar], sentences: [Sentence]) -> Bool {
        let n = sentences.count(keyBelow: q.outer.lowerBound) { $0.start }
        guard n < sentences.count, sentences[n].start == q.outer.lowerBound, sentences[n].end <= q.outer.upperBound else { return false }
        let first = tokens.firstIndex(endingAfter: q.outer.lowerBound + 1, in: 0..<tokens.count)
        guard first < tokens.count, tokens[first].isWord, tokens[first].isCapitalized, tokens[first].range.upperBound < q.outer.upperBound else { return false }
        let mark = Self.finalMark(of: q.outer, in: text)
        return mark == "." || mark == "?" || mark == "!"
    }

    /// "We’ve asked him …", "I’d argue …": a pronoun speaker without the auxiliary
    /// contracted onto it, which is no part of who spoke.
    static func withoutContraction(_ r: Range<Int>, in text: [Unicode.Scalar]) -> Range<Int> {
        guard r.count >= 3, r.count <= 7 else { return r }
        func isApostrophe(_ u: Unicode.Scalar) -> Bool { u == "’" || u == "'" }
        var cut = r.upperBound
        if isApostrophe(text[r.upperBound - 2]), text[r.upperBound - 1] == "d" || text[r.upperBound - 1] == "m" {
            cut = r.upperBound - 2
        } else if isApostrophe(text[r.upperBound - 3]) {
            let tail = String(String.UnicodeScalarView(text[(r.upperBound - 2)..<r.upperBound])).lowercased()
            if tail == "ve" || tail == "re" || tail == "ll" { cut = r.upperBound - 3 }
        }
        guard cut < r.upperBound else { return r }
        let pronoun = String(String.UnicodeScalarView(text[r.lowerBound..<cut])).lowercased()
        return Lexicon.pronouns.contains(pronoun) ? r.lowerBound..<cut : r
    }

    /// The last character of `r` before its closing quotation marks, brackets and spaces.
    static func finalMark(of r: Range<Int>, in text: [Unicode.Scalar]) -> Unicode.Scalar? {
        func isClosing(_ u: Unicode.Scalar) -> Bool {
            switch u {
            case "\"", "”", "’", "'", ")": return true
            default: return u.isSpace
            }
        }
        var i = r.upperBound - 1
        while i >= r.lowerBound, isClosing(text[i]) { i -= 1 }
        return i >= r.lowerBound ? text[i] : nil
    }

    /// Whether code points `a` and `b` lie in one paragraph.
    func inOneParagraph(_ a: Int, _ b: Int, _ paragraphs: [Range<Int>]) -> Bool {
        let n = paragraphs.count(keyBelow: a + 1) { $0.upperBound }
        return n < paragraphs.count && paragraphs[n].contains(a) && paragraphs[n].contains(b)
    }

    func previousNonSpace(_ text: [Unicode.Scalar], _ i: Int) -> Unicode.Scalar? {
        var j = i - 1
        while j >= 0 && text[j].isSpace { j -= 1 }
        return j >= 0 ? text[j] : nil
    }

    func isSentenceStart(_ i: Int, _ sentences: [Sentence]) -> Bool {
        let n = sentences.count(keyBelow: i) { $0.start }
        return n < sentences.count && sentences[n].start == i
    }
}

/// The claims stage: a segmented document in, its claims out.
public struct ClaimsStage: Stage {
    public typealias Options = ClaimExtractor.Options
    public static let name = "claims"
    public let options: Options
    private let extractor: ClaimExtractor

    /// Loads the check-worthiness model named in the options (the built-in one otherwise).
    public init(options: Options = Options()) throws(CheckworthinessModel.LoadError) {
        self.options = options
        let model = try options.checkworthinessModel.map { (p: String) throws(CheckworthinessModel.LoadError) in try CheckworthinessModel.load(path: p) } ?? .builtIn
        self.extractor = ClaimExtractor(options: options, model: model)
    }

    public func process(_ input: SegmentedDocument) -> ClaimedDocument {
        ClaimedDocument(segmented: input, claims: extractor.extract(input))
    }
}

public struct ClaimedDocument: Sendable {
    public var segmented: SegmentedDocument
    public var claims: [Claim]
}

