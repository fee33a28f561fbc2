/// Finds who-said-what in one sentence: a reporting cue, the speaker's noun phrase and the
/// reported content, in the orders English news uses.
///
///     SPEAKER CUE (that) CONTENT.        Bessent stated that he was confident …
///     CONTENT, SPEAKER CUE.              … a deal, officials said.
///     CONTENT, CUE SPEAKER.              “… succeed,” said the statement.
///     According to SPEAKER, CONTENT.     / CONTENT, according to SPEAKER.
struct Attribution: Sendable {
    var content: Range<Int>
    var speaker: Range<Int>?
    var cue: Range<Int>
    var lemma: String
    var verbClass: ReportingVerbs.Class
}

/// A class, not a struct: its rules' closures capture it by one reference, where a struct's
/// every capture retained all its arrays (copies were a sixth of `attribution`'s time).
final class AttributionFinder {
    let text: [Unicode.Scalar]
    let tokens: [TextToken]
    let vocabulary: Vocabulary

    init(text: [Unicode.Scalar], tokens: [TextToken], vocabulary: Vocabulary) {
        self.text = text
        self.tokens = tokens
        self.vocabulary = vocabulary
    }

    func isThatOrWhich(_ t: TextToken) -> Bool { t.word == Word.that || t.word == Word.which }

    /// `ReportingVerbs.phrases` by word number.
    static let cuePhrases: [([Int32], String, ReportingVerbs.Class)] = ReportingVerbs.phrases.map { (words, lemma, cls) in
        (words.map { Lexicon.catalog.named($0) }, lemma, cls)
    }
    /// The words a cue phrase opens with: most candidate words open none, and skip the scan.
    static let cuePhraseStarts = WordIDSet(cuePhrases.map { $0.0[0] })

    /// Cues that may name whom they address before "that": "told reporters on Friday that …".
    static let tellLikeLemmas: WordList = ["tell", "inform", "warn", "caution", "remind", "assure", "advise", "notify", "convince", "show", "ask", "urge", "scold", "chide", "rebuke"]

    /// Token indices of the sentence, and the quotations it overlaps.
    func find(in sentence: Range<Int>, quotations: [Quotation]) -> [Attribution] {
        // The writer's dateline is no part of a statement or a speaker.
        let sentence = afterDateline(sentence)
        var out: [Attribution] = []
        if let a = colonAttribution(sentence) { out.append(a) }
        var subjects: [(Int, Int)] = []
        var words = 0
        var capitalized = 0
        // Where "reportedly", "allegedly" or "expected" first appears, for `reportedClause`.
        var unnamedSourceCue: Int?
        for t in sentence where tokens[t].kind == .word {
            words += 1
            if tokens[t].isCapitalized { capitalized += 1 }
            if unnamedSourceCue == nil, tokens[t].flags.contains(.unnamedSourceCue) { unnamedSourceCue = t }
        }
        let titleCase = words >= 4 && capitalized * 10 >= words * 8
        // "asked" of a question put to the speaker ("Asked whether …,"): the question is its own
        // statement, never the content of the sentence's other cue.
        var asked: Range<Int>?
        var k = sentence.lowerBound
        while k < sentence.upperBound {
            let t = tokens[k]
            if t.flags.contains(.constructionCue), t.word == Word.asked, let a = questionAsked(at: k, sentence: sentence) {
                out.append(a)
                asked = a.cue
                // A cue inside the question is asked about, not reported ("Asked whether she
                // believed Putin wanted …").
                k = tokens.firstIndex(endingAfter: a.content.upperBound - 1, in: k..<sentence.upperBound)
                continue
            }
            if t.kind == .word, t.flags.contains(.statementNoun), !t.flags.contains(.cue), let a = possessiveNounCue(at: k, sentence: sentence) {
                out.append(a)
                k += 2
                continue
            }
            // Reporting verbs are lowercase in running text: "States" in "United States" is not
            // one. Headlines in title case ("…, Lindsey Graham Says") are the exception.
            // `cueAt` tells whether a word of a construction ("in", "see") opens one here.
            guard t.flags.contains(.cue) || t.flags.contains(.baseFormCue) && k + 1 < sentence.upperBound && tokens[k + 1].word == Word.that
                    || t.flags.contains(.constructionCue),
                  // After a colon or an opening bracket a clause begins: ": According to recent
                  // polls, …", "(According to the police, it keeps no figures.)".
                  !t.isCapitalized || k == sentence.lowerBound || titleCase || tokens[k - 1].isMark(":") || tokens[k - 1].isMark("(") || tokens[k - 1].isMark("["),
                  let cue = cueAt(k, sentence: sentence) else { k += 1; continue }
            if quotations.contains(where: { $0.outer.contains(t.range.lowerBound) && $0.wordCount >= 1 }) { k += 1; continue }
            // "my time, my projects, my earnings", "No doubt the car looks …": after "my", "our",
            // "their" or "no" the form is a noun.
            if k > sentence.lowerBound, Word.possessiveDeterminers.contains(tokens[k - 1].word) || tokens[k - 1].word == Word.no { k += 1; continue }
            // "added 25 points", "admitted more than 1.4 million refugees": a count after "add"
            // or "admit" is what was added or let in, not what was said; "Correction added Nov.
            // 18, 2019:" says when a note was added.
            if cue.lemmaWord == Word.add || cue.lemmaWord == Word.admit,
               isCount(at: cue.end, sentence: sentence) || cue.lemmaWord == Word.add && cue.end < sentence.upperBound && tokens[cue.end].flags.contains(.month) { k += 1; continue }
            if t.word == Word.states, !isVerbStates(k, sentence: sentence) { k += 1; continue }
            if t.word == Word.reads || t.word == Word.read, !isVerbReads(k, sentence: sentence) { k += 1; continue }
            // "believe me, you will never see …": an aside to the reader, not a belief.
            if cue.lemmaWord == Word.believe, cue.end + 1 < sentence.upperBound, tokens[cue.end].word == Word.me, tokens[cue.end + 1].isMark(",") { k += 1; continue }
            // "too early to tell whether …": with no one told, "tell" is to know.
            if cue.lemmaWord == Word.tell, cue.end < sentence.upperBound, tokens[cue.end].word == Word.whether || tokens[cue.end].word == Word.if { k += 1; continue }
            // "the greatest fear that I have ever seen": after an article and a superlative, the
            // form is a noun, and nobody's ("his greatest fear is that …" has its owner).
            if k >= sentence.lowerBound + 2, isSuperlative(tokens[k - 1]), tokens[k - 2].word == Word.the || tokens[k - 2].word == Word.a { k += 1; continue }
            // "a London-based think tank": a noun.
            if t.word == Word.think, k + 1 < sentence.upperBound, Word.afterThink.contains(tokens[k + 1].word) { k += 1; continue }
            // "the most telling", "very worrying": a participle after a degree word is an adjective.
            if t.flags.contains(.endsInING), k > sentence.lowerBound, tokens[k - 1].flags.contains(.degreeWord) { k += 1; continue }
            // "the more elaborate moves", "a very elaborate plan": so is a base form after an
            // article's comparative (not "Most believe …", "they too argue").
            if k >= sentence.lowerBound + 2, Word.comparativeDegrees.contains(tokens[k - 1].word), tokens[k - 2].flags.contains(.determiner), isBaseForm(t) { k += 1; continue }
            // "Benchmark 10-year notes", "three reports", "the four states that …": after a
            // number, a form that is also a noun is the noun (not after a name: "C2I plans to").
            if t.flags.contains(.ambiguousVerb), k > sentence.lowerBound, case let p = tokens[k - 1], !p.isCapitalized,
               p.kind == .number || p.flags.contains(.quantityWord) || p.kind == .word && p.flags.isEmpty && text[p.range].contains(where: { $0.value &- 48 < 10 }) { k += 1; continue }
            // "his backing", "her best showing": after a determiner or an owner, and a superlative,
            // a form in -ing is a noun. "backed off", "showing up": another verb.
            if t.flags.contains(.endsInING), k > sentence.lowerBound {
                var owner = k - 1
                if owner > sentence.lowerBound, isSuperlative(tokens[owner]) { owner -= 1 }
                if isDeterminerOrOwner(tokens[owner]) { k += 1; continue }
            }
            if cue.lemmaWord == Word.back || cue.lemmaWord == Word.show || cue.lemmaWord == Word.rule, k + 1 < sentence.upperBound, Word.verbParticles.contains(tokens[k + 1].word) { k += 1; continue }
            // "sought to rally …", "plans to caucus" are aims; "sought bankruptcy protection",
            // "Premiums for many plans rose" and "a Republican tax plan would …" are not. An
            // owner's plan is what the owner proposes ("Mrs. Clinton's tax plan would raise …"),
            // unless a time or a place follows it ("a key part of NASA’s exploration plans since …").
            if cue.lists.contains(.aim), !(k + 1 < sentence.upperBound && tokens[k + 1].word == Word.to),
               !(cue.lemmaWord == Word.plan && k >= sentence.lowerBound + 2 && (isAfterOwner(k) || k >= sentence.lowerBound + 3 && !tokens[k - 1].isCapitalized && isAfterOwner(k - 1))
                   && !(k + 1 < sentence.upperBound && (tokens[k + 1].flags.contains(.phraseStarter) || Word.subordinators.contains(tokens[k + 1].word)))) { k += 1; continue }
            // "beat forecasts", "raised fears", "missed estimates": after such a verb the form
            // is its object, a noun.
            if t.flags.contains(.ambiguousVerb), k > sentence.lowerBound, !tokens[k - 1].isCapitalized, Word.objectTakingVerbs.contains(tokens[k - 1].word) { k += 1; continue }
            // "Health worries have dogged …", "an hourlong show": a plural in -s before an
            // auxiliary, or a form after "a" and a word, is the noun (not "the jobs he thinks
            // would …", "whom Democrats hope will …", where somebody is before it).
            if t.flags.contains(.ambiguousVerb), k + 1 < sentence.upperBound, isAuxiliaryVerb(tokens[k + 1]), !tokens[k + 1].isCapitalized,
               text[t.range.upperBound - 1] == "s", k > sentence.lowerBound, !tokens[k - 1].flags.contains(.pronoun),
               !tokens[k - 1].isCapitalized || k - 1 == sentence.lowerBound { k += 1; continue }
            // (A form in -s after "a poll" is the poll's verb: "a poll shows"; "a false claim
            // that …" is a statement's noun, which reports.)
            if t.flags.contains(.ambiguousVerb), !t.flags.contains(.statementNoun), k >= sentence.lowerBound + 2, tokens[k - 2].word == Word.a || tokens[k - 2].word == Word.an,
               tokens[k - 1].kind == .word, !tokens[k - 1].isCapitalized, !SpeakerResolver.endsInLY(tokens[k - 1], text), text[t.range.upperBound - 1] != "s" { k += 1; continue }
            // "think twice before agreeing to …": hesitates, holds no view.
            if cue.lemmaWord == Word.think, cue.end < sentence.upperBound, tokens[cue.end].word == Word.twice { k += 1; continue }
            // "called into a radio program": phoned (not "calling into question").
            if cue.lemmaWord == Word.call, k + 2 < sentence.upperBound, tokens[k + 1].word == Word.into, tokens[k + 2].word == Word.a || tokens[k + 2].flags.contains(.pronoun) || tokens[k + 2].isCapitalized { k += 1; continue }
            // "declined to comment" refuses; "declined 3.3 percent", "declined to $281 million",
            // "declined significantly from 1989" fell.
            if cue.lemmaWord == Word.decline, isFall(after: cue.end, sentence: sentence) { k += 1; continue }
            // "20 pledged delegates", "her stated goal", "Trump’s proposed ban": a participle
            // after a number, a determiner or an owner, before a noun, is an adjective.
            if endsInED(t), k > sentence.lowerBound, k + 1 < sentence.upperBound, tokens[k + 1].kind == .word,
               tokens[k + 1].flags.isDisjoint(with: [.phraseBoundary, .determiner, .pronoun, .cue, .namePreposition]) {
                if tokens[k - 1].kind == .number || isDeterminerOrOwner(tokens[k - 1]) { k += 1; continue }
                // "a newly revealed phone call", "the widely reported remarks": an adverb between.
                if k - 2 >= sentence.lowerBound, SpeakerResolver.endsInLY(tokens[k - 1], text), isDeterminerOrOwner(tokens[k - 2]) { k += 1; continue }
            }
            // "continued to assert": the later verb is the cue.
            if cue.end + 1 < sentence.upperBound, tokens[cue.end].word == Word.to, cueAt(cue.end + 1, sentence: sentence) != nil { k += 1; continue }
            if let subject = subjectBefore(cue, sentence: sentence).flatMap({ withoutPredicate($0, cue: cue) }) { subjects.append(subject) }
            if var a = attribution(cue: cue, sentence: sentence, quotations: quotations),
               asked.map({ !$0.overlaps(a.content) }) ?? true {
                // "…, a claim that Beijing denied": the denial is of the claim just reported.
                if a.verbClass == .deny, let previous = out.last, a.content.lowerBound < a.cue.lowerBound, a.content.overlaps(previous.content) {
                    a.content = previous.content
                }
                if !out.contains(where: { $0.content == a.content }) {
                    // A quotation split by its cue: "“My hope,” he said, “is that …”". The
                    // part before the speaker is a statement of its own, unless it is a title
                    // inside the writer's sentence ("On CBS’s “Face the Nation,” Ryan said …").
                    if let speaker = a.speaker, a.content.lowerBound > a.cue.lowerBound,
                       let first = quotations.last(where: { $0.outer.upperBound <= speaker.lowerBound && speaker.lowerBound - $0.outer.upperBound <= 2 && $0.wordCount >= 1 }),
                       !first.outer.overlaps(a.content), !out.contains(where: { $0.content.overlaps(first.outer) }),
                       !(first.isTitle(tokens) && !opens(sentence, first)) {
                        out.append(Attribution(content: first.outer, speaker: speaker, cue: a.cue, lemma: a.lemma, verbClass: a.verbClass))
                    }
                    out.append(a)
                    if let more = continuation(after: cue, of: a, sentence: sentence) { out.append(more) }
                    k = cue.end
                    continue
                }
            } else if k > sentence.lowerBound, tokens[k].flags.contains(.endsInING) || tokens[k - 1].word == Word.and || tokens[k - 1].word == Word.but,
                      !(tokens[k - 1].word == Word.and && isAdjectivePair(and: k - 1)),
                      // "attacked thinkers for opposing …": whom the sentence is about, not its subject.
                      // "… stand by the cause: defending Hong Kong's way of life": a colon's list.
                      tokens[k - 1].word != Word.for, !tokens[k - 1].isMark(":"),
                      // "Police say he posed a deadly threat and refused …": a verb joined inside a
                      // statement is its subject's, not a new report of the speaker's.
                      !(tokens[k - 1].word == Word.and && out.contains { joinsStatement(k, of: $0) }),
                      // Not a subject inside what was reported ("Pompeo said that … Washington had
                      // concluded …, saying he trusted …": Pompeo is saying).
                      let subject = coordinatedSubject(before: k, sentence: sentence)
                          ?? subjects.last(where: { sj in !out.contains { $0.content.contains(tokens[sj.0].range.lowerBound) } })
                          ?? out.last.flatMap({ a in a.speaker.flatMap { sp in tokenSpan(sp) } })
                          ?? openingName(sentence) ?? openingSubject(sentence, before: k),
                      // "Beijing wants to let supply and demand …", "Steyer will be on stage, but
                      // expect …": a base form does not go on with a name or "he", unless an
                      // infinitive's "to" came first ("Trump will be unable to turn the crowds …
                      // and accuse …") and the form is no noun.
                      !isSingularSubject(subject) || vocabulary.word(tokens[k].word) != cue.lemma
                          || !tokens[k].flags.contains(.ambiguousVerb) && (subject.1..<k).contains(where: { tokens[$0].word == Word.to }) {
                // "…, urging the US to …": a participle continues the sentence's speaker.
                if let r = contentStart(after: cue.end, sentence: sentence, lemma: cue.lemma, lists: cue.lists), let (a, b) = trimmed(r, sentence.upperBound), wordCount(a, b) >= 3 {
                    out.append(Attribution(content: range(a, cutTrailingAttribution(a, b, participle: tokens[cue.start].flags.contains(.endsInING))), speaker: range(subject.0, subject.1), cue: range(cue.start, cue.end), lemma: cue.lemma, verbClass: cue.verbClass))
                    k = cue.end
                    continue
                }
            } else if cue.verbClass == .deny, k >= 2, isThatOrWhich(tokens[max(sentence.lowerBound, k - 2)]) || isThatOrWhich(tokens[max(sentence.lowerBound, k - 3)]), let previous = out.last, let subject = subjectBefore(cue, sentence: sentence) {
                out.append(Attribution(content: previous.content, speaker: range(subject.0, subject.1), cue: range(cue.start, cue.end), lemma: cue.lemma, verbClass: .deny))
                k = cue.end
                continue
            }
            k += 1
        }
        if out.isEmpty, let first = unnamedSourceCue, let a = reportedClause(sentence, from: first, quotations: quotations) { out.append(a) }
        // "If you want …", "you know": outside quotation marks (a cue inside one is skipped
        // above), "you" is the reader the writer addresses, not a source.
        return out.compactMap { a in
            var a = a
            // "(the company would not disclose the number but called it “immaterial”) and …": a
            // cue inside brackets says no more than the brackets hold.
            if let (open, close) = brackets(around: a.cue, sentence: sentence), a.content.lowerBound > tokens[open].range.lowerBound,
               a.content.lowerBound < tokens[close].range.lowerBound, a.content.upperBound > tokens[close].range.lowerBound {
                guard let (start, _) = tokenSpan(a.content), let (x, y) = trimmed(start, close), wordCount(x, y) >= 2 else { return nil }
                a.content = range(x, y)
            }
            // "Despite experts warning that the bridge was unsafe, the city kept it open": a
            // cue inside the clause or phrase that opens the sentence says no more than it does.
            if let comma = openingPhraseEnd(sentence, quotations: quotations), a.cue.upperBound <= tokens[comma].range.lowerBound,
               a.content.lowerBound < tokens[comma].range.lowerBound, a.content.upperBound > tokens[comma].range.upperBound {
                guard let (start, _) = tokenSpan(a.content), let (x, y) = trimmed(start, comma), wordCount(x, y) >= 2 else { return nil }
                a.content = range(x, y)
            }
            // "The woman who says she was fired sued the company": after the statement of a
            // relative clause with no comma before it, a verb right after a participle or a
            // closing quotation mark is the main clause's.
            if let speaker = a.speaker, let (s0, s1) = tokenSpan(speaker), s1 - s0 == 1, tokens[s0].word == Word.who, s0 > sentence.lowerBound,
               !tokens[s0 - 1].isMark(","), let (c0, c1) = tokenSpan(a.content), c0 > s0, c0 + 2 < c1,
               let k = (c0 + 2..<c1).first(where: { k in
                   let t = tokens[k], prev = tokens[k - 1]
                   // (A past tense or an auxiliary: a form in -s is as often a plural noun.)
                   guard !t.isCapitalized, isPastTense(t) || isAuxiliaryVerb(t) || t.flags.contains(.auxiliary) && !t.flags.contains(.verbAdverb) else { return false }
                   // (A straight mark that touches the verb opens a quotation instead.)
                   if prev.kind == .closeQuote || prev.kind == .ambiguousQuote && prev.range.upperBound < t.range.lowerBound { return true }
                   // (A participle after a clause's own verb: "the man she loved is gone" has none.)
                   return endsInED(prev) && !isDeterminerOrOwner(tokens[k - 2]) && (c0..<(k - 1)).contains { isTensedVerb(tokens[$0]) || isAuxiliaryVerb(tokens[$0]) }
               }), let (x, y) = trimmed(c0, k), wordCount(x, y) >= 2 {
                a.content = range(x, y)
            }
            guard let speaker = a.speaker else { return a }
            if isReader(speaker) { return nil }
            // What a clause left over ("tried", "sincerely") is no speaker; the statement stays.
            a.speaker = isNotASource(speaker) ? nil : subject(ofSpeakerPhrase: speaker, cueIsNoun: isNounCue(a.cue))
            return a
        }
    }

    /// Words that open a clause or phrase before the sentence's main clause ("Despite …,",
    /// "Although …,", "If …,"). Not "as", whose clause attributes the main one ("As the Times
    /// noted, …").
    static let openingClauseWords: WordIDSet = WordIDSet([
        "despite", "although", "though", "whereas", "while", "after", "before", "because", "since", "until", "once", "when",
        "if", "unless", "amid", "following", "unlike",
    ].map(Lexicon.catalog.named))

    /// Prepositions that open a phrase before the main clause ("In a letter calling for the
    /// meeting, the president said …").
    static let phraseOpeningPrepositions: WordIDSet = WordIDSet(["in", "on", "at", "with", "during", "under", "for", "from", "through", "without", "by", "among", "within"].map(Lexicon.catalog.named))

    /// The comma that ends a sentence's opening clause or phrase (after an optional "But" or
    /// "And"): the first outside quotation marks that a subject and its verb follow, so not a
    /// place's ("Louisville, Ky., where …") or a list's. Nil when the sentence opens otherwise.
    func openingPhraseEnd(_ sentence: Range<Int>, quotations: [Quotation]) -> Int? {
        var first = sentence.lowerBound
        if first + 1 < sentence.upperBound, tokens[first].word == Word.and || tokens[first].word == Word.but { first += 1 }
        guard first < sentence.upperBound, tokens[first].isWord,
              Self.openingClauseWords.contains(tokens[first].word) || Self.phraseOpeningPrepositions.contains(tokens[first].word) else { return nil }
        return (first + 1..<sentence.upperBound - 2).first { k in
            guard tokens[k].isMark(","), !quotations.contains(where: { $0.outer.contains(tokens[k].range.lowerBound) }) else { return false }
            let next = tokens[k + 1]
            let subjectLike = next.kind == .word && (next.isCapitalized || !next.flags.isDisjoint(with: [.pronoun, .determiner, .quantifier]) || isPlural(next) || isRoleNoun(next))
            return subjectLike && !Word.relativeWords.contains(next.word) && headsClause(k + 1, sentence: sentence)
        }
    }

    /// The tokens of the "(" and ")" of a bracket open at `cue` (code points), in the sentence.
    func brackets(around cue: Range<Int>, sentence: Range<Int>) -> (Int, Int)? {
        let k = tokens.firstIndex(endingAfter: cue.lowerBound, in: sentence)
        var depth = 0
        var j = k - 1
        while j >= sentence.lowerBound {
            if tokens[j].isMark(")") { depth += 1 } else if tokens[j].isMark("(") { if depth == 0 { break }; depth -= 1 }
            j -= 1
        }
        guard j >= sentence.lowerBound, let close = (k..<sentence.upperBound).first(where: { tokens[$0].isMark(")") }) else { return nil }
        return (j, close)
    }

    /// "The FBI is reportedly making arrangements …", "the gun he allegedly used", "The Fed is
    /// widely expected to act in December": the writer passes on what others reported,
    /// alleged or expect, naming nobody. The sentence is the statement; "reportedly",
    /// "allegedly" or "is expected" its cue. Inside a quotation the words are the speaker's own.
    func reportedClause(_ sentence: Range<Int>, from first: Int, quotations: [Quotation]) -> Attribution? {
        for k in first..<sentence.upperBound where tokens[k].flags.contains(.unnamedSourceCue) {
            if quotations.contains(where: { $0.outer.contains(tokens[k].range.lowerBound) }) { continue }
            guard let (a, b) = trimmed(sentence.lowerBound, sentence.upperBound), wordCount(a, b) >= 4 else { return nil }
            let content = range(a, cutTrailingAttribution(a, b))
            if tokens[k].word == Word.expected {
                guard let cue = expectedTo(at: k, sentence: sentence) else { continue }
                return Attribution(content: content, speaker: nil, cue: range(cue.lowerBound, cue.upperBound), lemma: "expect", verbClass: .predict)
            }
            let alleged = tokens[k].word == Word.allegedly
            return Attribution(content: content, speaker: nil, cue: tokens[k].range, lemma: alleged ? "allegedly" : "reportedly", verbClass: alleged ? .hedge : .report)
        }
        return nil
    }

    /// "is expected to", "are widely expected to", "is not expected to": the tokens from the
    /// form of "be" to "expected" (at `k`), if "to" follows.
    func expectedTo(at k: Int, sentence: Range<Int>) -> Range<Int>? {
        guard k + 1 < sentence.upperBound, tokens[k + 1].word == Word.to, k - 1 > sentence.lowerBound else { return nil }
        var b = k - 1
        if tokens[b].flags.contains(.verbAdverb) || tokens[b].flags.contains(.negation) || SpeakerResolver.endsInLY(tokens[b], text) { b -= 1 }
        guard b > sentence.lowerBound, tokens[b].flags.contains(.beForm) else { return nil }
        return b..<(k + 1)
    }

    /// "Asked whether she would run, …", "he said when asked about the deal", "Asked by
    /// Matt Lauer if …": the question is reported speech too, of whoever put it (the person
    /// after "by", or nobody named). Its content runs from "whether", "if", "about" or a
    /// question word to the next comma.
    func questionAsked(at k: Int, sentence: Range<Int>) -> Attribution? {
        guard k == sentence.lowerBound || Word.beforeAsked.contains(tokens[k - 1].word) else { return nil }
        var j = k + 1
        var speaker: Range<Int>?
        if j < sentence.upperBound, tokens[j].word == Word.by {
            var e = j + 1
            while e < sentence.upperBound, e - j <= 6, tokens[e].kind == .word, !Word.questionOpeners.contains(tokens[e].word) { e += 1 }
            guard e > j + 1, e < sentence.upperBound, Word.questionOpeners.contains(tokens[e].word) else { return nil }
            speaker = range(j + 1, e)
            j = e
        }
        guard j < sentence.upperBound, Word.questionOpeners.contains(tokens[j].word) else { return nil }
        let end = nextComma(from: j, in: sentence)
        guard let (a, b) = trimmed(j, end), wordCount(a, b) >= 2 else { return nil }
        return Attribution(content: range(a, b), speaker: speaker, cue: tokens[k].range, lemma: "ask", verbClass: .ask)
    }

    /// Whether the cue is one word that is also a noun ("fears", "tweets", "claims").
    func isNounCue(_ cue: Range<Int>) -> Bool {
        let i = tokens.firstIndex(endingAfter: cue.lowerBound, in: 0..<tokens.count)
        return i < tokens.count && tokens[i].range == cue && tokens[i].flags.contains(.ambiguousVerb)
    }

    /// A speaker of one lowercase word must name somebody: a pronoun, a role or a source
    /// ("officials", "police"), a number, or a plural ("researchers", "residents").
    /// "including", "tried" and "parliamentary" are what a clause left over, not who spoke.
    func isNotASource(_ speaker: Range<Int>) -> Bool {
        let i = tokens.firstIndex(endingAfter: speaker.lowerBound, in: 0..<tokens.count)
        guard i < tokens.count, tokens[i].range == speaker, tokens[i].kind == .word, !tokens[i].isCapitalized else { return false }
        let t = tokens[i]
        if !t.flags.isDisjoint(with: [.pronoun, .agent, .anonymous, .medium, .orgHead, .findingNoun, .quantifier, .quantityWord]) || t.word == Word.who
            || Self.indefiniteSpeakers.contains(vocabulary.word(t.word)) { return false }
        return t.flags.contains(.endsInING) || text[speaker.upperBound - 1] != "s"
    }

    /// A speaker phrase that opens with a lowercase participle and its object is a clause
    /// ("offering the visual quality Google [promised]", "hearing a leading presidential
    /// candidate [acknowledging]"): who speaks is its last noun phrase, a name at its end or
    /// the words from its last determiner; nothing when that is an owner ("lambasting
    /// Trump’s [plan]") or missing. "something the agency [wants]" reads the same way.
    /// "acting political director" and "leading economists" name somebody: any phrase that
    /// is no such clause is its own speaker.
    ///
    /// When the cue is a form that is also a noun, a lowercase object before it is that noun's
    /// phrase: "sparking widespread [fears] that …" says nobody's name.
    func subject(ofSpeakerPhrase speaker: Range<Int>, cueIsNoun: Bool = false) -> Range<Int>? {
        var speaker = speaker
        // "Last week State Department official David Holmes revealed", "Earlier this month the
        // ministry said": a time before the subject, with no comma, says when.
        var k = tokens.firstIndex(endingAfter: speaker.lowerBound, in: 0..<tokens.count)
        let first = k
        while k < tokens.count, k - first < 2, tokens[k].kind == .word, Self.timeLeadIns.contains(vocabulary.word(tokens[k].word)) { k += 1 }
        // (The phrase may start at the time's noun: "month the ministry".)
        if k > first || !tokens[k].isCapitalized && (k + 1 < tokens.count && (tokens[k + 1].isCapitalized || tokens[k + 1].flags.contains(.determiner))),
           k + 1 < tokens.count, tokens[k].flags.contains(.timeNoun), tokens[k + 1].range.upperBound <= speaker.upperBound, tokens[k + 1].kind == .word {
            speaker = tokens[k + 1].range.lowerBound..<speaker.upperBound
        }
        let i = tokens.firstIndex(endingAfter: speaker.lowerBound, in: 0..<tokens.count)
        guard i + 1 < tokens.count, tokens[i].kind == .word, !tokens[i].isCapitalized, tokens[i].flags.contains(.endsInING),
              !tokens[i].flags.contains(.attributiveParticiple), tokens[i + 1].range.upperBound <= speaker.upperBound else { return speaker }
        let next = tokens[i + 1]
        guard next.kind == .number || next.isCapitalized || next.flags.contains(.determiner) || next.flags.contains(.pronoun) else {
            return cueIsNoun && next.kind == .word ? nil : speaker
        }
        var end = i + 1
        while end < tokens.count && tokens[end].range.upperBound <= speaker.upperBound { end += 1 }
        // After the last comma, if any: "watching a member of the establishment, Hillary Clinton".
        var start = i + 1
        if let comma = (start..<end).last(where: { tokens[$0].isMark(",") }) { start = comma + 1 }
        guard start < end else { return nil }
        var from = start
        if tokens[end - 1].isCapitalized {
            // A name at the end, the participle's own object included ("featuring Hispanics").
            from = end - 1
            while from > start && tokens[from - 1].isCapitalized && tokens[from - 1].kind == .word { from -= 1 }
        } else if let d = (start..<end).last(where: { tokens[$0].flags.contains(.determiner) }) {
            from = d
        } else if let name = (start..<end).first(where: { tokens[$0].isCapitalized }) {
            // "something Sanders aides [argue]"
            from = name
        } else {
            return nil
        }
        if SpeakerResolver.isPossessive(tokens[end - 1], text) { return nil }
        return tokens[from].range.lowerBound..<tokens[end - 1].range.upperBound
    }

    /// Participles written before a role or a name as adjectives: "leading Republican data
    /// operatives", "acting Secretary" (the catalog's `.attributiveParticiple`).
    static let attributiveParticiples: WordList = [
        "leading", "acting", "ruling", "governing", "founding", "presiding", "visiting", "outgoing", "incoming", "ranking",
        "reigning", "sitting", "retiring", "remaining", "dissenting", "consulting", "attending",
    ]

    static let indefiniteSpeakers: WordList = [
        "someone", "somebody", "everyone", "everybody", "anyone", "anybody", "nobody", "all", "none", "each", "either", "neither",
        "three", "four", "five", "six", "seven", "eight", "nine", "ten", "dozens", "hundreds", "thousands", "millions",
    ]

    /// "you", "you’ll", "you're": the reader.
    func isReader(_ speaker: Range<Int>) -> Bool {
        let s = speaker.lowerBound
        guard speaker.count >= 3, text[s] == "y" || text[s] == "Y", text[s + 1] == "o", text[s + 2] == "u" else { return false }
        return speaker.count == 3 || speaker.count <= 6 && (text[s + 3] == "’" || text[s + 3] == "'") && !text[speaker].contains(where: \.isSpace)
    }

    /// Whether the quotation opens the sentence (only quotation marks before it).
    func opens(_ sentence: Range<Int>, _ q: Quotation) -> Bool {
        let i = tokens.firstIndex(endingAfter: q.outer.lowerBound, in: sentence)
        return tokens[sentence.lowerBound..<i].allSatisfy { $0.kind == .openQuote || $0.kind == .ambiguousQuote }
    }

    /// A whole quotation that the writer's own sentence leads into ("told Fox that “…”",
    /// "bemoaning the “phony system”", "what it called “a clear threat”") is a quoted phrase
    /// inside reported speech: a mixed quotation, not the speaker's statement as spoken.
    func isEmbedded(_ q: Quotation, sentence: Range<Int>, lemma: String?) -> Bool {
        if lemma == "call" { return true }
        let i = tokens.firstIndex(endingAfter: q.outer.lowerBound, in: sentence)
        guard i > sentence.lowerBound else { return false }
        let before = tokens[i - 1]
        // "want “justice for Terrence”", "cited “a 30 percent drop”": the thing wanted or cited.
        if before.isWord, lemma.map(Self.objectLemmas.contains) == true, before.flags.contains(.cue) { return true }
        return before.isWord && before.flags.contains(.determiner)
    }

    /// A lowercase word ending in "ed", as past tenses and participles do ("defended",
    /// "published"): the rules have no part-of-speech tags, and this is the one they need.
    /// Read from the text where a rule asks: as a spelling flag it cost every word (+1.3%).
    func endsInED(_ t: TextToken) -> Bool { SpeakerResolver.endsInED(t, text) }

    /// "a script called “Wild Rose”", "a spec called PD", "the gatherings …, called the Clinton
    /// Global Initiative,": "called" after a thing, before its name, names it; nobody says
    /// anything. After somebody it reports ("Trump called Clinton “a nasty woman”", "critics
    /// called the plan …").
    func isNaming(_ cue: Cue, sentence: Range<Int>) -> Bool {
        guard cue.lemmaWord == Word.call, cue.end - cue.start == 1, cue.start > sentence.lowerBound, cue.end + 1 < sentence.upperBound else { return false }
        var name = cue.end
        if tokens[name].flags.contains(.determiner), tokens[name].word != Word.that { name += 1 }
        let next = tokens[name]
        guard next.kind == .openQuote || next.kind == .ambiguousQuote || next.isCapitalized && !next.flags.contains(.pronoun) else { return false }
        let before = tokens[cue.start - 1]
        if before.isMark(",") {
            // An aside: the name runs to the next comma or the end.
            var k = name
            while k < sentence.upperBound, tokens[k].kind == .word, tokens[k].isCapitalized || tokens[k].word == Word.of { k += 1 }
            return next.isCapitalized && k - name <= 6 && (k == sentence.upperBound || tokens[k].isMark(",") || tokens[k].isMark("."))
        }
        return before.kind == .word && !before.isCapitalized
            && before.flags.isDisjoint(with: [.pronoun, .agent, .anonymous, .title, .medium, .findingNoun, .orgHead, .statementNoun, .quantifier, .auxiliary, .beForm])
            && !isRoleNoun(before) && !isPlural(before) && before.word != Word.who && before.word != Word.that
    }

    /// Whether the last word of a subject can stand for somebody who feels: a name, a
    /// pronoun other than "it" ("who" too), a role, a quantifier ("many", "one"), or a plural
    /// ("parents", "women").
    func canFeel(_ t: TextToken) -> Bool {
        if t.isCapitalized || isPlural(t) || t.word == Word.who || !t.flags.isDisjoint(with: [.quantifier, .pluralQuantifier]) { return true }
        let w = vocabulary.word(t.word)
        if t.flags.contains(.pronoun) { return w != "it" }
        return !t.flags.isDisjoint(with: [.agent, .anonymous, .title]) || w == "men" || w == "women" || w == "children"
    }

    /// Whether a count starts at token `k`: a number, a number word, or one after a word or
    /// two ("more than 1.4 million", "nearly 300").
    func isCount(at k: Int, sentence: Range<Int>) -> Bool {
        func number(_ i: Int) -> Bool { i < sentence.upperBound && (tokens[i].kind == .number || tokens[i].flags.contains(.quantityWord)) }
        guard k < sentence.upperBound else { return false }
        if number(k) { return true }
        guard tokens[k].kind == .word, !tokens[k].isCapitalized, tokens[k].flags.isDisjoint(with: [.cue, .verbForm, .pronoun, .determiner]) else { return false }
        return number(k + 1) || k + 2 < sentence.upperBound && tokens[k + 1].flags.contains(.than) && number(k + 2)
    }

    /// Whether what follows a form of "decline" says how far something fell: a number, an
    /// amount after "to" or "by", "from", or an adverb of degree; or nothing (the noun).
    func isFall(after k: Int, sentence: Range<Int>) -> Bool {
        guard k < sentence.upperBound else { return true }
        func amount(_ i: Int) -> Bool { i < sentence.upperBound && (tokens[i].kind == .number || tokens[i].isMark("$") || tokens[i].isMark("€") || tokens[i].isMark("£")) }
        let next = tokens[k]
        if amount(k) || next.kind == .punct && !next.isMark("“") { return true }
        if next.word == Word.to || next.word == Word.by { return amount(k + 1) }
        if next.word == Word.from || next.word == Word.over || next.word == Word.since { return true }
        return next.kind == .word && !next.isCapitalized && SpeakerResolver.endsInLY(next, text) && (k + 1 >= sentence.upperBound || !tokens[k + 1].flags.contains(.determiner) && tokens[k + 1].word != Word.to)
    }

    /// "recent", "false", or a compound participle ("often-repeated", "long-held",
    /// "much-touted"): an adjective that makes the cue after it a noun.
    func isNounModifier(_ t: TextToken) -> Bool {
        if Word.nounModifiers.contains(t.word) { return true }
        guard t.kind == .word, !t.isCapitalized, t.joiners > 0, let hyphen = text[t.range].lastIndex(of: "-") else { return false }
        let tail = text[(hyphen + 1)..<t.range.upperBound]
        // Not an age ("the 43-year-old asked").
        return tail.count >= 3 && (tail.last == "d" && tail.dropLast().last == "e" || tail.elementsEqual("held".unicodeScalars) || tail.elementsEqual("known".unicodeScalars))
    }

    /// "experts", "groups": a word in -s that is no owner ("Trump’s") and no verb.
    func isPlural(_ t: TextToken) -> Bool {
        t.kind == .word && t.range.count > 3 && text[t.range.upperBound - 1] == "s" && text[t.range.upperBound - 2] != "s"
            && !SpeakerResolver.isPossessive(t, text) && t.flags.isDisjoint(with: [.verbForm, .phraseBoundary, .auxiliary])
    }

    /// "best", "strongest": a lowercase word in -est of four letters or more.
    func isSuperlative(_ t: TextToken) -> Bool {
        t.kind == .word && !t.isCapitalized && t.range.count >= 4 && text[t.range.upperBound - 3] == "e" && text[t.range.upperBound - 2] == "s" && text[t.range.upperBound - 1] == "t"
    }

    /// "the", "her", "Trump’s" (not "that", nor "he’s"): before a form of a verb, it makes the
    /// form a noun or an adjective.
    func isDeterminerOrOwner(_ t: TextToken) -> Bool {
        t.flags.contains(.determiner) && t.word != Word.that || SpeakerResolver.isPossessive(t, text) && !Self.isContraction(vocabulary.word(t.word))
    }

    /// "her memoir, “Tough Choices.”", "his book, “Crippled America: How to Make America Great
    /// Again”": a title with its subtitle or the sentence's period, so checked more strictly
    /// than `Quotation.isTitle`. Every word capitalised but the small words of titles, and none
    /// a pronoun or a contraction (“That’s Jeb Bush and Marco Rubio,” “I’m a big fan of Paul,”
    /// are statements).
    func isNamedWork(_ q: Quotation) -> Bool {
        q.isTitle(tokens) { t in
            guard t.isCapitalized || Word.titleSmallWords.contains(t.word), !t.flags.contains(.pronoun) else { return false }
            // Most words have no apostrophe: read off the text before any string is built.
            guard self.text[t.range].contains(where: { $0 == "’" || $0 == "'" }) else { return true }
            let lower = self.vocabulary.word(t.word)
            return (lower.hasSuffixBytes("’s") || lower.hasSuffixBytes("'s")) && !Self.isContraction(lower)
        }
    }

    /// "he’s", "who’s": "is" or "has", not an owner.
    static func isContraction(_ lower: String) -> Bool {
        let stem = lower.dropLast(2)
        return ["he", "she", "it", "who", "that", "there", "what", "here", "where"].contains { $0 == stem }
    }

    /// "was", "has", "would": a form of "be" or an auxiliary that heads a verb group (not the
    /// adverbs `.auxiliary` also holds, "also", "still").
    func isAuxiliaryVerb(_ t: TextToken) -> Bool { t.flags.contains(.beForm) || Word.auxiliaryVerbs.contains(t.word) }

    /// Whether tokens [a, b), an aside between commas, hold a verb of their own: a subject
    /// pronoun's, an auxiliary's or a reporting verb's past tense, before any relative word or
    /// "that" (after one the verb is the relative clause's: "a former governor who is close to
    /// …", "an effort that has ignited criticism"). A participle describing a noun is none
    /// ("self-described", "her stated goal", "one of two men accused of …").
    func hasOwnVerb(from a: Int, to b: Int) -> Bool {
        let relative = (a..<b).first { Word.relativeWords.contains(tokens[$0].word) || tokens[$0].word == Word.that } ?? b
        guard a + 1 < relative else { return false }
        return (a..<relative).contains { k in
            let t = tokens[k]
            guard k + 1 < relative, !t.isCapitalized || k == a else { return false }
            let next = tokens[k + 1]
            // "he defended …", "they have said …".
            if t.flags.contains(.pronoun), !Word.objectPronouns.contains(t.word), isTensedVerb(next) || isAuxiliaryVerb(next) { return true }
            guard k > a else { return false }
            // "has expanded on …", "was forced to …".
            if isAuxiliaryVerb(t), isPastTense(next) || next.flags.contains(.endsInING) || next.flags.contains(.verbAdverb) { return true }
            // "his mother refused to …": a reporting verb's past tense, not a participle
            // describing a noun ("self-described", "one of two men accused of …").
            // Nor a clause of time cut short ("when asked what …").
            return t.flags.contains(.verbForm) && isPastTense(t) && !isDeterminerOrOwner(tokens[k - 1]) && !tokens[k - 1].isMark("-")
                && !Word.adverbialOpeners.contains(tokens[k - 1].word) && !Word.questionOpeners.contains(tokens[k - 1].word)
                && next.word != Word.of && next.word != Word.by && next.word != Word.as && next.word != Word.in
        }
    }

    /// Whether tokens [a, b) are a joining word, then a speaker and a reporting verb of their
    /// own ("because he said …", "and officials warned …"); "he would consider …" right after
    /// the frame is the statement itself.
    func hasOwnCue(from a: Int, to b: Int) -> Bool {
        let joining = tokens[a].word == Word.and || tokens[a].word == Word.but || Word.adverbialOpeners.contains(tokens[a].word)
        return joining && b > a + 2 && (a + 2..<min(b, a + 5)).contains { k in
            let speaker = tokens[k - 1]
            return tokens[k].flags.contains(.cue) && !tokens[k].isCapitalized
                && (speaker.flags.contains(.pronoun) && !Word.objectPronouns.contains(speaker.word) || speaker.isCapitalized)
        }
    }

    /// Whether "and" or "but" at token `p` joins a clause of somebody else's report, before
    /// `end`: its subject right after it (a pronoun, a name, "the ministry"), then a reporting
    /// verb in a tense and what it reports ("but the ministry said it had failed"). Not
    /// "and that she wanted …", a second thing the first speaker said, nor "both he and Trump
    /// wanted", two subjects of one verb.
    func joinsClauseWithOwnCue(at p: Int, to end: Int) -> Bool {
        guard tokens[p].word == Word.and || tokens[p].word == Word.but, p > 0, !tokens[p - 1].flags.contains(.pronoun), !tokens[p - 1].isCapitalized else { return false }
        var s = p + 1
        guard s < end, tokens[s].word != Word.that else { return false }
        if tokens[s].flags.contains(.determiner), !tokens[s].flags.contains(.pronoun) { s += 1 }
        var k = s
        while k < end, k - s < 3, tokens[k].kind == .word, tokens[k].isCapitalized { k += 1 }
        if k == s {
            // (A bare plural may be a second subject: "shootings and protests demands".)
            guard s < end, tokens[s].flags.contains(.pronoun) && !Word.objectPronouns.contains(tokens[s].word) && tokens[s].word != Word.that || s > p + 1 else { return false }
            k = s + 1
        }
        guard k + 1 < end, tokens[k].flags.contains(.cue), !tokens[k].isCapitalized, isTensedVerb(tokens[k]), tokens[k + 1].isWord else { return false }
        return true
    }

    /// A lowercase past tense or reporting verb not in "-ing": a clause's verb, as far as the
    /// rules can tell without tags.
    func isTensedVerb(_ t: TextToken) -> Bool {
        !t.isCapitalized && (isPastTense(t) || t.flags.contains(.verbForm) && !t.flags.contains(.endsInING))
    }

    /// A past tense, a reporting verb's too: "said", "told", "wrote" are no base form, no
    /// form in -s and none in -ing.
    func isPastForm(_ t: TextToken) -> Bool {
        if isPastTense(t) { return true }
        guard let entry = vocabulary.verbEntry(t.word), !t.flags.contains(.endsInING), text[t.range.upperBound - 1] != "s" else { return false }
        return vocabulary.word(t.word) != entry.lemma
    }

    /// A past tense: in "-ed" ("defended"), or an irregular one of the lexicon ("met", "sent").
    func isPastTense(_ t: TextToken) -> Bool { endsInED(t) || t.flags.contains(.irregularPast) && !t.isCapitalized }

    /// "Many were older, she said, and ‘I had to step back …’": after a parenthetical cue, a
    /// second statement joined by "and" or "but" is the same speaker's.
    func continuation(after cue: Cue, of a: Attribution, sentence: Range<Int>) -> Attribution? {
        guard let speaker = a.speaker, a.content.upperBound <= min(speaker.lowerBound, a.cue.lowerBound) else { return nil }
        let i = nextComma(from: cue.end, in: sentence)
        // After a source, "but" goes on in the writer's words ("…, according to a CNN tally, but
        // his pathway … is narrowing"); "and" adds the source's next figure.
        guard i - cue.end <= 9, i + 1 < sentence.upperBound, tokens[i + 1].word == Word.and || tokens[i + 1].word == Word.but && !cue.isAccordingTo,
              tokens[i].range.lowerBound >= max(speaker.upperBound, a.cue.upperBound),
              // (The statement starts after its joining word.)
              let (from, to) = trimmed(i + 2, sentence.upperBound), wordCount(from, to) >= 3,
              !(from..<to).contains(where: { tokens[$0].flags.contains(.verbForm) }) else { return nil }
        return Attribution(content: range(from, to), speaker: speaker, cue: a.cue, lemma: a.lemma, verbClass: a.verbClass)
    }

    /// Transcripts and headlines: "WALLACE: Let's start …", "Pat Caddell: Voters worried …".
    /// One to three capitalised words and a colon open the sentence; the rest is the statement.
    func colonAttribution(_ sentence: Range<Int>) -> Attribution? {
        var i = sentence.lowerBound
        while i < sentence.upperBound, tokens[i].kind == .openQuote || tokens[i].kind == .ambiguousQuote { i += 1 }
        let nameStart = i
        while i < sentence.upperBound, i - nameStart < 3, tokens[i].kind == .word, tokens[i].isCapitalized { i += 1 }
        guard i > nameStart, i < sentence.upperBound, tokens[i].isMark(":") else { return nil }
        let name = tokens[nameStart..<i]
        let allCaps = name.allSatisfy { text[$0.range].allSatisfy { !$0.isLower } }
        // A dateline ("NEW DELHI:") is several capitalised words in capitals; a speaker tag is
        // one word in capitals or a name in title case.
        if allCaps && name.count > 1 { return nil }
        if name.count == 1 && name.first!.flags.contains(.phraseBoundary) { return nil }
        // Labels are not speakers: "Correction:", "BUSTED:", "Editor’s Note:", "Delegate Update:"
        // (a label's word ends a name only as a note's: "Judicial Watch:" is a speaker).
        if Self.labels.contains(vocabulary.word(name.first!.word)) || name.count > 1 && Self.noteLabels.contains(vocabulary.word(name.last!.word)) { return nil }
        // "The Plan Stage:", "Stealth Over Health:": a determiner opens a label, and a
        // preposition or conjunction inside capitals makes a title; names have neither.
        if name.count > 1, let first = name.first, !first.flags.isDisjoint(with: [.determiner, .quantifier])
            || name.dropFirst().contains(where: { !$0.flags.isDisjoint(with: [.phraseBoundary, .englishFunctionWord]) }) { return nil }
        // The speaker's turn runs to the end of the paragraph, over several sentences, and
        // starts in the next sentence when the tag stands alone ("PENCE:" / "Well, look, …").
        var end = i
        while end < tokens.count, !tokens[end].isParagraphEnd { end += 1 }
        end = min(end + 1, tokens.count)
        // "“South Dakota: if we were any higher …,” one user quipped.": a quotation that opens
        // with the words and closes before more of the paragraph is somebody's quotation with
        // its own frame; a transcript's quoted turn runs to the paragraph's end.
        if nameStart > sentence.lowerBound,
           let close = (i..<end).first(where: { tokens[$0].kind == .closeQuote || tokens[$0].kind == .ambiguousQuote }),
           tokens[close - 1].isMark(",") || close + 1 < end && tokens[close + 1].isMark(","),
           (close + 1..<min(end, close + 6)).contains(where: { tokens[$0].flags.contains(.cue) && !tokens[$0].isCapitalized }) { return nil }
        guard let (a, b) = trimmed(i + 1, end), wordCount(a, b) >= 3 else { return nil }
        // "Portion Fix Containers: 1 Green, 1 Red, 1 tsp", "Iowa: Tim Albrecht, Brad Anderson,
        // …": a list after a label, not somebody's turn. A list opens with a number or runs
        // over commas, and has no lowercase word longer than a unit's few letters (a
        // headline's quotation is in title case, so that alone says nothing: "Trump: I’m the
        // Worst Thing …").
        // "Signal: 347-966-3806.", "Updated: 10:42 a.m.": a label's number with no word in its
        // sentence is a contact or a time, not a turn.
        if tokens[a].kind == .number, !tokens[a..<max(a, min(b, sentence.upperBound))].contains(where: { $0.kind == .word && $0.range.count > 2 }) { return nil }
        let commas = tokens[a..<b].count { $0.isMark(",") }
        if tokens[a].kind == .number || commas >= 2,
           !tokens[a..<b].contains(where: { $0.kind == .word && !$0.isCapitalized && ($0.range.count >= 4 || $0.flags.contains(.pronoun)) }) { return nil }
        // "Christopher L. Tays: Possession of marijuana, possession of a controlled substance,
        // held in jail …": a jail log's charges are a list too; a turn has a pronoun or an
        // auxiliary somewhere in it.
        if commas >= 2,
           !tokens[a..<b].contains(where: { !$0.flags.isDisjoint(with: [.pronoun, .auxiliary, .beForm, .cue]) || $0.kind == .openQuote || $0.kind == .ambiguousQuote || $0.isMark("?") }) { return nil }
        return Attribution(content: range(a, b), speaker: range(nameStart, i), cue: range(i, i + 1), lemma: "say", verbClass: .say)
    }

    /// The sentence without the dateline that opens its paragraph: a place in capitals, perhaps
    /// its region and a wire service in brackets, then a dash ("DUBAI, United Arab Emirates —
    /// Dubai's flagship carrier …", "BERLIN (Reuters) -"). A colon after the capitals is left
    /// to `colonAttribution`, which tells a dateline from a speaker's tag.
    func afterDateline(_ sentence: Range<Int>) -> Range<Int> {
        let start = sentence.lowerBound
        // "ORLANDO, Fla. (Reuters) - President Barack Obama …", split after "Fla.": the wire's
        // tag and its dash open the sentence.
        if start + 3 < sentence.upperBound, tokens[start].isMark("("), tokens[start + 1].kind == .word, tokens[start + 1].isCapitalized,
           tokens[start + 2].isMark(")"), isDash(tokens[start + 3]), start + 4 < sentence.upperBound, tokens[start + 4].isWord {
            return (start + 4)..<sentence.upperBound
        }
        guard start == 0 || tokens[start - 1].isParagraphEnd else { return sentence }
        func inCapitals(_ t: TextToken) -> Bool { t.kind == .word && t.range.count >= 2 && text[t.range].allSatisfy { !$0.isLower } && text[t.range].contains { $0.isUpper } }
        var i = start
        while i < sentence.upperBound, i - start < 4, inCapitals(tokens[i]) { i += 1 }
        guard i > start, i < sentence.upperBound else { return sentence }
        // ", United Arab Emirates", ", Calif.": a region in title case.
        if tokens[i].isMark(",") {
            var j = i + 1
            while j < sentence.upperBound, j - i <= 5, tokens[j].kind == .word && tokens[j].isCapitalized || tokens[j].isMark(".") { j += 1 }
            if j > i + 1 { i = j }
        }
        // "(Reuters)", "(AP)".
        if i + 2 < sentence.upperBound, tokens[i].isMark("("), tokens[i + 1].kind == .word, tokens[i + 2].isMark(")") { i += 3 }
        var dash = i
        while dash < sentence.upperBound, dash - i < 2, isDash(tokens[dash]) { dash += 1 }
        guard dash > i, dash < sentence.upperBound, tokens[dash].isWord || tokens[dash].kind != .punct else { return sentence }
        return dash..<sentence.upperBound
    }

    /// Words that head a note rather than name a speaker before a colon.
    static let labels: WordList = [
        "correction", "corrections", "update", "updated", "clarification", "note", "related", "watch", "read", "listen",
        "see", "also", "breaking", "exclusive", "analysis", "opinion", "editorial", "sponsored", "advertisement", "photo",
        "photos", "video", "source", "sources", "credit", "disclosure", "warning", "spoiler", "summary", "background",
        "disclaimer", "citation", "image", "images", "moreover", "new", "more", "tags", "topics", "tip", "tips", "step", "faq",
        "notice", "reminder", "contributing", "developing", "flashback", "bonus", "plus", "remember", "look", "revealed",
        "busted", "boom", "wow", "hey", "newsletter", "editor's", "editor’s", "editors",
    ]

    /// Words that end a note's label of several words ("Editor’s Note", "Monday’s Morning Email").
    static let noteLabels: WordList = ["note", "notes", "notice", "update", "updates", "email", "newsletter", "briefing"]

    /// The name that opens a sentence ("Rival Hillary Clinton had mocked …"): the subject a
    /// trailing participle ("…, saying …") reports for.
    func openingName(_ sentence: Range<Int>) -> (Int, Int)? {
        var i = sentence.lowerBound
        while i < sentence.upperBound, tokens[i].kind == .word, tokens[i].isCapitalized { i += 1 }
        guard i > sentence.lowerBound, i < sentence.upperBound else { return nil }
        // "On Thursday, …", "Hours later, …", "Recognizing this, …": an opening phrase, no name.
        if tokens[sentence.lowerBound..<i].contains(where: { !$0.flags.isDisjoint(with: [.phraseStarter, .timeNoun, .endsInING, .timePreposition]) })
            || tokens[i - 1].flags.contains(.timeUnit) { return nil }
        // "Perhaps go a step further": a word that opens sentences and never names.
        if i - sentence.lowerBound == 1, !tokens[sentence.lowerBound].flags.isDisjoint(with: [.phraseBoundary, .determiner, .sentenceOpener]) { return nil }
        // "Gay rights groups condemned …": lowercase nouns go on with the phrase; it is no name
        // alone (the verb's subject is read instead).
        // A word in -s is a plural when a verb or another noun follows it ("Both parents
        // saying", "rights groups"), a verb when an object does ("Wealth-X keeps its …").
        let next = tokens[i]
        func nounAfter(_ k: Int) -> Bool {
            guard k < sentence.upperBound else { return false }
            let t = tokens[k]
            return t.kind == .word && !t.isCapitalized && (isPlural(t) || !t.flags.isDisjoint(with: [.agent, .anonymous]) || isPastTense(t)
                || !t.flags.isDisjoint(with: [.verbForm, .auxiliary, .beForm, .endsInING]))
        }
        if !tokens[i - 1].flags.contains(.pronoun), next.kind == .word, !next.isCapitalized,
           !next.flags.isDisjoint(with: [.agent, .anonymous]) || isPlural(next) && nounAfter(i + 1),
           next.flags.isDisjoint(with: [.verbForm, .auxiliary, .beForm, .pronoun, .phraseBoundary, .determiner, .connective, .verbAdverb]) { return nil }
        // "Democratic presidential nominee Hillary Clinton chimed in": lowercase words of a role,
        // then a name; the capitals before them are the role's, not the speaker's name.
        var role = i
        while role < sentence.upperBound, role - i < 3, tokens[role].kind == .word, !tokens[role].isCapitalized,
              tokens[role].flags.isDisjoint(with: [.verbForm, .auxiliary, .beForm, .pronoun, .phraseBoundary, .determiner, .connective, .verbAdverb, .endsInING]),
              !isPastTense(tokens[role]) { role += 1 }
        if role > i, role < sentence.upperBound, tokens[role].kind == .word, tokens[role].isCapitalized { return nil }
        // "Chastened by the analyses, Trump revised …": a participle and its agent open the
        // sentence.
        if i - sentence.lowerBound == 1, next.flags.contains(.phraseBoundary), !next.isCapitalized,
           tokens[sentence.lowerBound].range.count > 4, SpeakerResolver.spelledInED(tokens[sentence.lowerBound], text) { return nil }
        return (sentence.lowerBound, i)
    }

    /// "Ms. Sherry smiled and said …": the subject of the past-tense verb right before "and"
    /// says it too, whatever cue an earlier clause had ("When asked whom she supported, …").
    func coordinatedSubject(before k: Int, sentence: Range<Int>) -> (Int, Int)? {
        guard k - 2 > sentence.lowerBound, tokens[k - 1].word == Word.and, endsInED(tokens[k - 2]), !tokens[k - 2].flags.contains(.cue),
              let s = speakerPhrase(endingAt: k - 2, sentence: sentence), isStrongSubject(s) else { return nil }
        return s
    }

    /// "A spokesman for the mayor defended the route and said …": the noun phrase before the
    /// sentence's first past-tense verb, for a later "and said" to report for.
    func openingSubject(_ sentence: Range<Int>, before k: Int) -> (Int, Int)? {
        // Past a short opening phrase: "Hours later, Trump returned the compliment, telling …";
        // unless the comma ends the main clause ("The families have filed a lawsuit, alleging …").
        if let comma = (sentence.lowerBound..<min(k, sentence.lowerBound + 10)).first(where: { tokens[$0].isMark(",") }) {
            return subject(ofFirstVerbFrom: sentence.lowerBound, before: comma, cue: k, sentence: sentence)
                ?? subject(ofFirstVerbFrom: comma + 1, before: k, cue: k, sentence: sentence)
        }
        return subject(ofFirstVerbFrom: sentence.lowerBound, before: k, cue: k, sentence: sentence)
    }

    /// The subject of the first past-tense verb from `first` up to `end`, the phrase opening
    /// there, for the cue at `cue`. A form of "be" or an auxiliary verb heads a verb group too
    /// ("The attorney general is suing Trump …, claiming …").
    func subject(ofFirstVerbFrom first: Int, before end: Int, cue k: Int, sentence: Range<Int>) -> (Int, Int)? {
        var j = first + 1
        while j < end {
            let t = tokens[j]
            // An auxiliary before a past participle is read as the past tense was ("The
            // families have filed a lawsuit …, alleging …").
            let auxiliary = isAuxiliaryVerb(t) && !(j + 1..<min(j + 3, end)).contains { isPastTense(tokens[$0]) }
            if isPastTense(t) || auxiliary {
                // "Mr. Trump was forced into … and said", "The senator also sent …": past the
                // auxiliaries and adverbs.
                var end = j
                while end > first + 1, !tokens[end - 1].flags.isDisjoint(with: [.auxiliary, .verbAdverb]) { end -= 1 }
                // The phrase opens the sentence, or follows its opening connective ("But the court
                // overruled and said …").
                // A participle of saying after the clause ("…, alleging that …") needs no more
                // than a subject; "and said" a name, a pronoun or a source.
                guard let s = speakerPhrase(endingAt: end, sentence: sentence), s.0 == first || s.0 == first + 1 && tokens[first].flags.contains(.connective),
                      isStrongSubject(s) || !auxiliary && tokens[k].flags.contains(.endsInING) && tokens[k - 1].isMark(",") else { return nil }
                return s
            }
            if t.isMark(",") || t.kind == .openQuote || t.kind == .ambiguousQuote { return nil }
            j += 1
        }
        return nil
    }

    /// "… doesn’t surprise Republican pollster Daron Shaw: “…”": the name right before the colon
    /// that introduces a quotation, with the titles and roles written before it.
    func nameBefore(colonAt offset: Int) -> Range<Int>? {
        let colon = tokens.firstIndex(endingAfter: offset, in: 0..<tokens.count)
        guard colon < tokens.count, tokens[colon].isMark(":"), colon > 0, tokens[colon - 1].isCapitalized else { return nil }
        var start = colon
        while start > 0 {
            let t = tokens[start - 1]
            if t.kind == .word && (t.isCapitalized || t.flags.contains(.title) || t.flags.contains(.agent)) { start -= 1; continue }
            if t.isMark("."), start >= 2, tokens[start - 2].isCapitalized, tokens[start - 2].range.count <= 3 { start -= 1; continue }
            break
        }
        // A sentence-opening capital is not a name ("The", "In").
        while start < colon - 1, tokens[start].flags.contains(.determiner) || tokens[start].flags.contains(.phraseBoundary) { start += 1 }
        guard colon - start <= 8 else { return nil }
        return range(start, colon)
    }

    /// The subject of the verb a purpose clause follows: "the US had reached out to China to
    /// propose …" → "the US"; "he was trying insistently to ask …" → "he".
    func purposeSubject(before to: Int, sentence: Range<Int>) -> (Int, Int)? {
        var j = to - 1
        while j > sentence.lowerBound, to - j <= 12 {
            let t = tokens[j]
            if t.kind != .word && t.kind != .number { return nil }
            if endsInED(t) || t.flags.contains(.verbForm) || (t.flags.contains(.endsInING) && !t.isCapitalized) || t.word == Word.went {
                var end = j
                while end > sentence.lowerBound, tokens[end - 1].flags.contains(.auxiliary) { end -= 1 }
                guard let s = speakerPhrase(endingAt: end, sentence: sentence), isStrongSubject(s) else { return nil }
                return s
            }
            j -= 1
        }
        return nil
    }

    /// Whether a reporting cue comes before code point `offset` in the sentence holding `at`.
    func hasCue(before offset: Int, inSentenceOf at: Int, sentences: [Sentence], sentenceTokens: [Range<Int>]) -> Bool {
        // The last sentence starting at or before `at`.
        let lo = sentences.count(keyBelow: at + 1) { $0.start }
        guard lo > 0 else { return false }
        return tokens[sentenceTokens[lo - 1]].contains { $0.flags.contains(.cue) && !$0.isCapitalized && $0.range.upperBound <= offset }
    }

    /// A short sentence that only says who spoke, after a quotation ending in "?" or "!" that
    /// the segmenter rightly ended: "“Why are you still endorsing him?” Obama asked." The
    /// speaker before the cue, or after it ("asked Obama").
    func speakerSentence(_ sentence: Range<Int>) -> (speaker: Range<Int>, cue: Cue)? {
        // A longer one only says who spoke, and where or when, if its cue comes early and
        // nothing it says follows the cue ("McDonough wrote in a September 16, 2012 email to
        // top State officials.").
        guard sentence.count <= 40, !tokens[sentence].contains(where: { $0.kind == .openQuote || $0.kind == .ambiguousQuote || $0.kind == .closeQuote }) else { return nil }
        for k in sentence where tokens[k].flags.contains(.cue) && !tokens[k].isCapitalized {
            guard let cue = cueAt(k, sentence: sentence) else { continue }
            if sentence.count > 12 && (k - sentence.lowerBound > 12 || contentStart(after: cue.end, sentence: sentence, lemma: cue.lemma, lists: cue.lists) != nil) { return nil }
            if let s = speakerPhrase(endingAt: verbGroupStart(before: cue, sentence: sentence).start, sentence: sentence), s.0 == sentence.lowerBound {
                return (range(s.0, s.1), cue)
            }
            if k == sentence.lowerBound, cue.end < sentence.upperBound, tokens[cue.end].isCapitalized || tokens[cue.end].flags.contains(.pronoun) {
                var end = cue.end
                while end < sentence.upperBound, tokens[end].kind == .word || tokens[end].isMark(".") && tokens[end - 1].isCapitalized && end + 1 < sentence.upperBound { end += 1 }
                return (range(cue.end, trimTemporal(cue.end, end)), cue)
            }
            return nil
        }
        return nil
    }

    /// "The New York Times reports:", "…, and Breitbart News responded:", "He told his
    /// audience, to rowdy applause:": a sentence ending in a colon after a cue, its subject and
    /// at most a few words of whom, where or when, introduces the quotation that follows.
    func colonFrame(_ sentence: Range<Int>) -> (speaker: Range<Int>, cue: Cue)? {
        guard let colon = sentence.last, tokens[colon].isMark(":"), colon > sentence.lowerBound else { return nil }
        if let said = speakerSentence(sentence), colon - said.cue.end <= 2 { return said }
        var k = colon - 1
        while k > sentence.lowerBound, colon - k <= 9 {
            let t = tokens[k]
            if t.kind == .openQuote || t.kind == .closeQuote || t.kind == .ambiguousQuote || t.word == Word.that || t.isMark(";") { return nil }
            // A verb of speaking or reporting ("what we know so far:" says nothing anybody said).
            if t.flags.contains(.cue), !t.isCapitalized, let cue = cueAt(k, sentence: sentence), cue.end <= colon {
                guard cue.verbClass == .say || cue.verbClass == .report else { return nil }
                guard let s = subjectBefore(cue, sentence: sentence), !isNotASource(range(s.0, s.1)) else { return nil }
                return (range(s.0, s.1), cue)
            }
            if isTensedVerb(t) || isAuxiliaryVerb(t) { return nil }
            k -= 1
        }
        return nil
    }

    /// "Donald Trump’s claim that …": a statement noun after a possessive names its speaker.
    func possessiveNounCue(at k: Int, sentence: Range<Int>) -> Attribution? {
        guard tokens[k].flags.contains(.statementNoun), k + 2 < sentence.upperBound, tokens[k + 1].word == Word.that,
              k >= sentence.lowerBound + 3, tokens[k - 1].word == Word.s, tokens[k - 2].isMark("’") || tokens[k - 2].isMark("'"),
              let owner = speakerPhrase(endingAt: k - 2, sentence: sentence),
              let (a, b) = trimmed(k + 2, sentence.upperBound), wordCount(a, b) >= 3 else { return nil }
        return Attribution(content: range(a, cutTrailingAttribution(a, b)), speaker: range(owner.0, k), cue: range(k, k + 1), lemma: vocabulary.word(tokens[k].word), verbClass: .assert)
    }

    static let statementNouns: WordList = ["claim", "assertion", "allegation", "argument", "statement", "promise", "warning", "suggestion", "contention", "insistence", "belief", "view", "pledge", "prediction", "charge", "accusation"]

    /// Token indices of a code-point span.
    func tokenSpan(_ r: Range<Int>) -> (Int, Int)? {
        let a = tokens.count(keyBelow: r.lowerBound) { $0.range.lowerBound }
        guard a < tokens.count else { return nil }
        var b = a
        while b < tokens.count && tokens[b].range.upperBound <= r.upperBound { b += 1 }
        return b > a ? (a, b) : nil
    }

    func subjectBefore(_ cue: Cue, sentence: Range<Int>) -> (Int, Int)? {
        guard !cue.isAccordingTo else { return nil }
        return speakerPhrase(endingAt: verbGroupStart(before: cue, sentence: sentence).start, sentence: sentence)
    }

    /// Where the subject ends: before the auxiliaries and adverbs of the cue's verb group ("China
    /// has continued to assert", "will continue to informally advise"), and whether a form of
    /// "be" is among them (a passive).
    func verbGroupStart(before cue: Cue, sentence: Range<Int>) -> (start: Int, sawBe: Bool) {
        var start = cue.start
        var sawBe = false
        var skipped = 0
        // "Andrew also spent 45 seconds explaining how …", "spent the afternoon arguing that …":
        // the time spent and its verb go with the cue; the subject is the one who spent it.
        if tokens[cue.start].flags.contains(.endsInING), cue.start - 2 > sentence.lowerBound,
           tokens[cue.start - 1].flags.contains(.timeUnit) || Word.spentTimes.contains(tokens[cue.start - 1].word) {
            var j = cue.start - 2
            while j > sentence.lowerBound, cue.start - j <= 4, tokens[j].kind == .number || !tokens[j].flags.isDisjoint(with: [.determiner, .quantityWord, .quantifier]) { j -= 1 }
            if Word.spendForms.contains(tokens[j].word) {
                start = j
                skipped = 1
            }
        }
        // "Trump began criticizing", "the senator kept denouncing": the aspect verb is the
        // group's, not part of who speaks.
        if tokens[cue.start].flags.contains(.endsInING), cue.start - 1 > sentence.lowerBound, Word.aspectVerbs.contains(tokens[cue.start - 1].word) {
            start -= 1
            skipped += 1
        }
        while start > sentence.lowerBound, skipped < 4 {
            let t = tokens[start - 1]
            let w = t.word
            // "Dianne Feinstein (D-Calif.) last week said", "The ministry on Friday said", "Sean
            // Spicer on Thursday evening said".
            if t.flags.contains(.timeNoun), start - 2 > sentence.lowerBound {
                var j = start - 1
                if tokens[j - 1].flags.contains(.timeNoun), j - 2 > sentence.lowerBound { j -= 1 }
                // "Reince Priebus this past week announced".
                if tokens[j - 1].word == Word.past, j - 3 > sentence.lowerBound, tokens[j - 2].flags.contains(.timeModifier) { j -= 1 }
                if !tokens[j - 1].flags.isDisjoint(with: [.timeModifier, .timePreposition, .verbAdverb]), j - 2 >= sentence.lowerBound {
                    start = j - 1
                    skipped += 1
                    continue
                }
                if j < start - 1 {
                    start = j
                    skipped += 1
                    continue
                }
            }
            // "Beck, who has in the past described …".
            if w == Word.past, start - 3 > sentence.lowerBound, tokens[start - 2].word == Word.the, tokens[start - 3].flags.contains(.timePreposition) {
                start -= 3
                skipped += 1
                continue
            }
            // "to" belongs to the verb group only after a verb that takes it ("continued to
            // assert", "tried to explain"); "reached out to China to propose" is a purpose.
            let verbTo = w == Word.to && start - 2 > sentence.lowerBound && tokens[start - 2].flags.contains(.toVerb)
            guard t.flags.contains(.auxiliary) || verbTo || w == Word.continued || w == Word.continues || w == Word.continue || w == Word.went
                || t.flags.contains(.verbAdverb) || isAdverbBeforeVerb(start - 1) || isLyAdverb(t) else { break }
            if t.flags.contains(.beForm) { sawBe = true }
            start -= 1
            skipped += 1
            // "declined to say", "wanted to explain": the verb before "to" is the group's too.
            if verbTo {
                start -= 1
                if tokens[start].flags.contains(.beForm) { sawBe = true }
                // "appeared more likely to describe", "slightly more likely to say".
                while start > sentence.lowerBound, tokens[start - 1].flags.contains(.degreeWord) || tokens[start - 1].word == Word.slightly || tokens[start - 1].word == Word.far || tokens[start - 1].word == Word.much { start -= 1 }
                // "were more likely to say": "likely" is no participle, so the "were" before it
                // makes no passive.
                while start > sentence.lowerBound, Word.linkingVerbs.contains(tokens[start - 1].word) || tokens[start - 1].flags.contains(.beForm) { start -= 1 }
            }
        }
        return (start, sawBe)
    }

    struct Cue {
        var start: Int  // token index
        var end: Int  // token index past the cue
        var lemma: String
        var verbClass: ReportingVerbs.Class
        var isAccordingTo: Bool
        /// The lemma lists the lemma is in, and its number in the catalog (-1 for a phrase):
        /// the rules ask them of every cue, and a word list hashed the lemma on each question,
        /// a comparison with a word compared strings.
        let lists: LemmaLists
        let lemmaWord: Int32

        init(start: Int, end: Int, lemma: String, verbClass: ReportingVerbs.Class, isAccordingTo: Bool) {
            self.start = start
            self.end = end
            self.lemma = lemma
            self.verbClass = verbClass
            self.isAccordingTo = isAccordingTo
            lists = LemmaLists(lemma)
            lemmaWord = Lexicon.catalog.id(lemma) ?? -1
        }

        /// A cue of a catalog word's reporting-verb entry, which holds its lemma's lists.
        init(start: Int, end: Int, entry e: ReportingVerbs.Entry, isAccordingTo: Bool) {
            self.start = start
            self.end = end
            lemma = e.lemma
            verbClass = e.verbClass
            self.isAccordingTo = isAccordingTo
            lists = e.lists
            lemmaWord = e.lemmaWord
        }
    }

    /// Which of the rules' lemma lists a cue's lemma is in.
    struct LemmaLists: OptionSet {
        let rawValue: UInt16
        init(rawValue: UInt16) { self.rawValue = rawValue }

        static let tellLike = LemmaLists(rawValue: 1 << 0)
        static let tell = LemmaLists(rawValue: 1 << 1)
        static let clauseTaking = LemmaLists(rawValue: 1 << 2)
        static let object = LemmaLists(rawValue: 1 << 3)
        static let aim = LemmaLists(rawValue: 1 << 4)
        static let clauseOnly = LemmaLists(rawValue: 1 << 5)
        static let describesAs = LemmaLists(rawValue: 1 << 6)
        static let toInfinitive = LemmaLists(rawValue: 1 << 7)
        static let frontedOnlyBeforeThat = LemmaLists(rawValue: 1 << 8)
        static let objectPreposition = LemmaLists(rawValue: 1 << 9)
        static let topicPreposition = LemmaLists(rawValue: 1 << 10)

        /// Each list by the lemmas in it.
        static let byLemma: [String: LemmaLists] = {
            var out: [String: LemmaLists] = [:]
            let lists: [(WordList, LemmaLists)] = [
                (AttributionFinder.tellLikeLemmas, .tellLike), (AttributionFinder.tellLemmas, .tell),
                (AttributionFinder.clauseTakingLemmas, .clauseTaking), (AttributionFinder.objectLemmas, .object),
                (AttributionFinder.aimLemmas, .aim), (AttributionFinder.clauseOnlyLemmas, .clauseOnly),
                (AttributionFinder.asLemmas, .describesAs), (AttributionFinder.toInfinitiveLemmas, .toInfinitive),
                (AttributionFinder.frontedOnlyBeforeThat, .frontedOnlyBeforeThat),
                (WordList(AttributionFinder.objectPrepositions.keys), .objectPreposition),
                (WordList(AttributionFinder.topicPreposition.keys), .topicPreposition),
            ]
            for (list, bit) in lists {
                for lemma in list { out[lemma, default: []].insert(bit) }
            }
            return out
        }()

        init(_ lemma: String) { self = Self.byLemma[lemma] ?? [] }
    }

    /// "in the latest NBC News/Wall Street Journal poll", "in recent polls": a poll or a
    /// survey within eight words after "in", before any other mark.
    func isPollAfter(_ k: Int, sentence: Range<Int>) -> Bool { tokens[k].word == Word.in && pollEnd(after: k, sentence: sentence) != nil }

    /// "see the elections as a test", "saw Beck’s comments as part of …": a view of something
    /// as something, "as" within twelve words and no mark or verb between.
    func seesAs(_ k: Int, sentence: Range<Int>) -> Bool {
        guard tokens[k].word != Word.in else { return false }
        var i = k + 2
        while i < sentence.upperBound, i - k <= 12 {
            let t = tokens[i]
            // "saw him as he walked in": "as" of time opens a clause.
            if t.word == Word.as { return !(i + 1 < sentence.upperBound && tokens[i + 1].flags.contains(.pronoun) && !Word.objectPronouns.contains(tokens[i + 1].word)) }
            guard t.isWord || t.isMark("’") || t.isMark("'") || t.isMark("-"), t.flags.isDisjoint(with: [.cue, .auxiliary, .beForm]) else { return false }
            i += 1
        }
        return false
    }

    /// The token after the poll's noun, if "in" at `k` names a poll. "Leads in the polls",
    /// "slid in national polling" sum up a standing in the writer's words; a single poll ("in
    /// the mid-January poll") or polls said to be whose or when ("in polls from Quinnipiac and
    /// Fox News", "in polls taken this month") are a source that found something.
    func pollEnd(after k: Int, sentence: Range<Int>) -> Int? {
        var i = k + 1
        while i < sentence.upperBound, i - k <= 8 {
            let t = tokens[i]
            if t.flags.contains(.pollNoun) {
                let described = i + 1 < sentence.upperBound && Word.pollTails.contains(tokens[i + 1].word)
                return Word.singlePolls.contains(t.word) || described ? i + 1 : nil
            }
            guard t.isWord || t.isMark("/") || t.isMark("-") || t.isMark("’") || t.isMark("'") else { return nil }
            if !t.flags.isDisjoint(with: [.cue, .verbForm, .namePreposition, .phraseBoundary]) { return nil }
            i += 1
        }
        return nil
    }

    /// "In the CBS poll, Trump’s lead …" / "Trump leads by 8 points in the survey, taken …":
    /// the poll says what the clause says. Its own words run on to a comma or a verb ("in recent
    /// polls from Quinnipiac and Fox News"). A verb right after it makes it part of a subject
    /// ("those who took part in the survey said …"), whose own cue reports.
    func pollAttribution(_ cue: Cue, sentence: Range<Int>) -> Attribution? {
        guard var end = pollEnd(after: cue.start, sentence: sentence) else { return nil }
        // A verb right after the poll: it is part of a subject.
        if end < sentence.upperBound, !tokens[end].flags.isDisjoint(with: [.cue, .verbForm, .auxiliary, .beForm]) { return nil }
        if end < sentence.upperBound, Word.pollTails.contains(tokens[end].word) {
            end += 1
            while end < sentence.upperBound, end - cue.start <= 14, tokens[end].isWord,
                  tokens[end].flags.isDisjoint(with: [.cue, .verbForm, .auxiliary, .beForm]),
                  tokens[end].word != Word.and || end + 1 < sentence.upperBound && tokens[end + 1].isCapitalized {
                end += 1
            }
        }
        end = trimTemporal(cue.end, end)
        let speaker = range(cue.end, end)
        let cueRange = range(cue.start, cue.end)
        if cue.start > sentence.lowerBound, let (a, b) = trimmed(sentence.lowerBound, cue.start), wordCount(a, b) >= 3 {
            return Attribution(content: range(a, b), speaker: speaker, cue: cueRange, lemma: cue.lemma, verbClass: cue.verbClass)
        }
        var after = nextComma(from: end, in: sentence)
        // "In the Post's poll, conducted in early September, Clinton led …": the poll's aside.
        if after + 1 < sentence.upperBound, Word.pollTails.contains(tokens[after + 1].word) { after = nextComma(from: after + 1, in: sentence) }
        guard let (a, b) = trimmed(after, sentence.upperBound), wordCount(a, b) >= 3 else { return nil }
        return Attribution(content: range(a, cutTrailingAttribution(a, b)), speaker: speaker, cue: cueRange, lemma: cue.lemma, verbClass: cue.verbClass)
    }

    func cueAt(_ k: Int, sentence: Range<Int>) -> Cue? {
        let w = tokens[k].word
        if w == Word.according, k + 1 < sentence.upperBound, tokens[k + 1].word == Word.to {
            return Cue(start: k, end: k + 2, lemma: "according to", verbClass: .say, isAccordingTo: true)
        }
        // "As reported by Western Journalism, …", "…, as first noted by the Times.": a source
        // named the way "according to" names one.
        if w == Word.as {
            guard let by = asReportedBy(k, sentence: sentence), let e = vocabulary.verbEntry(tokens[by - 1].word) else { return nil }
            return Cue(start: k, end: by + 1, entry: e, isAccordingTo: true)
        }
        // "rules out a coalition", "did not rule out a meeting"; after "to" the verb before it
        // is the cue ("declined to rule out …").
        if w == Word.rule || w == Word.rules || w == Word.ruling {
            guard k + 2 < sentence.upperBound, tokens[k + 1].word == Word.out, !tokens[k].isCapitalized, k == sentence.lowerBound || tokens[k - 1].word != Word.to else { return nil }
            return Cue(start: k, end: k + 2, lemma: "rule out", verbClass: .deny, isAccordingTo: false)
        }
        // "in" and the forms of "see" are no cues alone: "see … as" is a view, and what a poll
        // found is the poll's ("Trump leads by 8 points in the survey").
        if tokens[k].flags.contains(.constructionCue), !tokens[k].flags.contains(.cue) {
            if Word.nounFormsAfterQuotation.contains(w), let lemma = ReportingVerbs.nounFormsAfterQuotation[vocabulary.word(w)] {
                // Right after the quotation's marks ("…,” comments Biesbroek"), or after a name
                // or a pronoun that follows them, ending the clause ("…,” she quips.").
                guard let close = (max(sentence.lowerBound, k - 5)..<k).last(where: { tokens[$0].kind == .closeQuote || tokens[$0].kind == .ambiguousQuote }) else { return nil }
                let between = tokens[(close + 1)..<k]
                let named = between.contains(where: \.isWord) && between.allSatisfy { $0.kind == .punct || $0.isCapitalized || $0.flags.contains(.pronoun) }
                    && (k + 1 == sentence.upperBound || tokens[k + 1].kind == .punct)
                guard between.allSatisfy({ $0.kind == .punct }) || named else { return nil }
                return Cue(start: k, end: k + 1, lemma: lemma, verbClass: .say, isAccordingTo: false)
            }
            if seesAs(k, sentence: sentence) { return Cue(start: k, end: k + 1, lemma: "see", verbClass: .hedge, isAccordingTo: false) }
            if isPollAfter(k, sentence: sentence) { return Cue(start: k, end: k + 1, lemma: "in", verbClass: .report, isAccordingTo: true) }
            return nil
        }
        // "without directly referring to the United States", "without naming him": what was
        // not said.
        if k > sentence.lowerBound, tokens[k].flags.contains(.endsInING) {
            var j = k - 1
            if j > sentence.lowerBound, tokens[j].kind == .word, SpeakerResolver.endsInLY(tokens[j], text) { j -= 1 }
            if tokens[j].word == Word.without { return nil }
        }
        if Self.cuePhraseStarts.contains(w) {
            for (words, lemma, cls) in Self.cuePhrases where words[0] == w && k + words.count <= sentence.upperBound {
                if (0..<words.count).allSatisfy({ tokens[k + $0].word == words[$0] }) {
                    // "the index shot back up": a particle after the phrase makes another verb.
                    if k + words.count < sentence.upperBound, Word.verbParticles.contains(tokens[k + words.count].word) { return nil }
                    // "put it" words something only before what it said or how: "put it, “…”", "as
                    // he put it.", "put it bluntly:" (not "put it into play").
                    if lemma == "put it", k + words.count < sentence.upperBound {
                        let next = tokens[k + words.count]
                        let manner = next.kind == .word && SpeakerResolver.endsInLY(next, text) && k + words.count + 1 < sentence.upperBound && !tokens[k + words.count + 1].isWord
                        if next.isWord && !manner { return nil }
                    }
                    return Cue(start: k, end: k + words.count, lemma: lemma, verbClass: cls, isAccordingTo: false)
                }
            }
        }
        // "experts note that …", "they report that …": a base form that is mostly a noun, before
        // "that" and after a pronoun or a plural ("a congressional report that …" is the noun).
        if tokens[k].flags.contains(.baseFormCue), k + 1 < sentence.upperBound, tokens[k + 1].word == Word.that, k > sentence.lowerBound,
           tokens[k - 1].flags.contains(.pronoun) || isPlural(tokens[k - 1]),
           let e = ReportingVerbs.baseFormEntries[vocabulary.word(w)] {
            return Cue(start: k, end: k + 1, lemma: e.lemma, verbClass: e.verbClass, isAccordingTo: false)
        }
        guard let e = vocabulary.verbEntry(w) else { return nil }
        // "Having said that, …", "That said, …": a connective, not a report.
        if e.lemma == "say", k > sentence.lowerBound, k + 2 < sentence.upperBound, !tokens[sentence.lowerBound..<(k - 1)].contains(where: { $0.isWord }),
           tokens[k - 1].word == Word.that && tokens[k + 1].isMark(",")
            || tokens[k - 1].word == Word.having && (tokens[k + 1].word == Word.that || tokens[k + 1].word == Word.this) && tokens[k + 2].isMark(",") { return nil }
        if k + 1 < sentence.upperBound, Self.notCueBefore.contains(where: { $0.lemma == e.lemma && $0.before.contains(tokens[k + 1].word) }) { return nil }
        // "kept Spain’s hopes alive", "the doctor’s reports in the past": a form in -s after an
        // owner is the noun (no verb in -s follows "’s"), a cue only when what was said follows
        // it ("Trump’s claims his net worth …", "Clinton’s plans to …", "Ford’s plans for …").
        if k >= sentence.lowerBound + 2, text[tokens[k].range.upperBound - 1] == "s", isAfterOwner(k) {
            guard k + 1 < sentence.upperBound else { return nil }
            let next = tokens[k + 1]
            let says = next.kind == .openQuote || next.kind == .ambiguousQuote || next.kind == .number || next.isCapitalized
                || !next.flags.isDisjoint(with: [.determiner, .pronoun]) || Word.afterOwnersCue.contains(next.word)
            if !says { return nil }
        }
        return Cue(start: k, end: k + 1, entry: e, isAccordingTo: false)
    }

    /// The index of "by" in "as (first) reported by", "as noted by" starting at token `k`, for
    /// the verbs that pass on what a source published.
    func asReportedBy(_ k: Int, sentence: Range<Int>) -> Int? {
        var v = k + 1
        if v < sentence.upperBound, tokens[v].flags.contains(.verbAdverb) { v += 1 }
        guard v + 2 < sentence.upperBound, tokens[v + 1].word == Word.by, tokens[v + 2].isWord, !tokens[v].isCapitalized,
              SpeakerResolver.endsInED(tokens[v], text), let e = vocabulary.verbEntry(tokens[v].word), Self.passedOnLemmas.contains(e.lemma) else { return nil }
        return v + 1
    }

    /// Whether the verb group before the cue at token `k` holds a negation: "did not deny",
    /// "didn’t rule out", "has never denied".
    func isNegated(cueAt k: Int) -> Bool {
        var j = k - 1
        while j >= 0, k - j <= 4, tokens[j].kind == .word, !tokens[j].isCapitalized || j == k - 1 {
            let t = tokens[j]
            if t.flags.contains(.negation) { return true }
            let r = t.range
            if r.count > 3, text[r.upperBound - 1] == "t", text[r.upperBound - 3] == "n", text[r.upperBound - 2] == "'" || text[r.upperBound - 2] == "’" { return true }
            guard isAuxiliaryVerb(t) || t.flags.contains(.verbAdverb) else { return false }
            j -= 1
        }
        return false
    }

    /// Whether token `k` (at least the second) follows an owner: "Spain’s", "voters’".
    func isAfterOwner(_ k: Int) -> Bool {
        let t = tokens[k - 1]
        return t.isWord ? SpeakerResolver.isPossessive(t, text) : isOwnersApostrophe(k - 1)
    }

    /// Whether token `j` (not the first) is the apostrophe of a plural owner: "voters’",
    /// "Sanders’", written onto the word.
    @inline(__always) func isOwnersApostrophe(_ j: Int) -> Bool {
        let t = tokens[j]
        return (t.isMark("’") || t.isMark("'")) && tokens[j - 1].isWord && text[tokens[j - 1].range.upperBound - 1] == "s"
            && t.range.lowerBound == tokens[j - 1].range.upperBound
    }

    func range(_ a: Int, _ b: Int) -> Range<Int> { tokens[a].range.lowerBound..<tokens[b - 1].range.upperBound }

    /// Trims tokens off the edges of [a, b) that are punctuation or quotes on the outside.
    func trimmed(_ a: Int, _ b: Int) -> (Int, Int)? {
        var a = a, b = b
        // An opening bracket or a currency sign starts the content; a closing bracket or "%" ends it.
        func opens(_ u: Unicode.Scalar) -> Bool { u == "(" || u == "$" || u == "€" || u == "£" }
        while a < b, tokens[a].kind == .punct, !opens(tokens[a].first) { a += 1 }
        while b > a, tokens[b - 1].kind == .punct, tokens[b - 1].first != ")", tokens[b - 1].first != "%" { b -= 1 }
        return a < b ? (a, b) : nil
    }

    func wordCount(_ a: Int, _ b: Int) -> Int {
        var n = 0
        for i in a..<b where tokens[i].isWord { n += 1 }
        return n
    }

    func attribution(cue: Cue, sentence: Range<Int>, quotations: [Quotation]) -> Attribution? {
        let cueRange = range(cue.start, cue.end)
        if cue.lemmaWord == Word.in { return pollAttribution(cue, sentence: sentence) }
        if isInReducedRelative(cue, sentence: sentence) { return nil }
        if cue.isAccordingTo {
            // "According to X, CONTENT" or "CONTENT, according to X."
            let speakerStart = cue.end
            var speakerEnd = speakerStart
            // An aside's dash ends the source too ("… claims, according to The Washington Post's
            // Fact Checker -- there is every reason …").
            while speakerEnd < sentence.upperBound, !tokens[speakerEnd].isMark(","), !tokens[speakerEnd].isMark(";"), !tokens[speakerEnd].isMark("."),
                  !isDash(tokens[speakerEnd]) || tokens[speakerEnd].isMark("-") && speakerEnd > speakerStart && speakerEnd + 1 < sentence.upperBound
                    && tokens[speakerEnd - 1].range.upperBound == tokens[speakerEnd].range.lowerBound && tokens[speakerEnd].range.upperBound == tokens[speakerEnd + 1].range.lowerBound {
                speakerEnd += 1
            }
            // The statement starts after the source's comma, whatever of the source's time
            // or place is trimmed ("According to a paper published … on Monday, the team …").
            var after = speakerEnd
            speakerEnd = trimTemporal(speakerStart, speakerEnd)
            guard speakerEnd > speakerStart else { return nil }
            let speaker = range(speakerStart, speakerEnd)
            while after < sentence.upperBound, tokens[after].kind == .punct || !isContentStart(after, sentence) { after += 1; if after - speakerEnd > 6 { break } }
            let afterWords = trimmed(after, sentence.upperBound).map { wordCount($0.0, $0.1) } ?? 0
            // "…, and, according to officials, adopted a new strategy": a coordinator before the
            // source joins what follows it to the sentence, and the source vouches for that.
            var before = cue.start
            while before > sentence.lowerBound, tokens[before - 1].isMark(",") { before -= 1 }
            let joinedAfter = before < cue.start && before > sentence.lowerBound && (tokens[before - 1].word == Word.and || Word.coordinators.contains(tokens[before - 1].word))
            // "Fundraising, according to the campaign, has surged": the source parts a subject
            // from its verb, and the statement is the whole sentence.
            if !joinedAfter, after < sentence.upperBound, opensPredicate(tokens[after]),
               let (a, b) = trimmed(sentence.lowerBound, cue.start), (1...6).contains(wordCount(a, b)),
               !(a..<b).contains(where: { tokens[$0].kind == .punct || opensPredicate(tokens[$0]) }),
               let whole = trimmed(sentence.lowerBound, sentence.upperBound) {
                return Attribution(content: range(whole.0, whole.1), speaker: speaker, cue: cueRange, lemma: cue.lemma, verbClass: cue.verbClass)
            }
            if !joinedAfter, cue.start > sentence.lowerBound + 2, let (a, b) = trimmed(sentence.lowerBound, cue.start), wordCount(a, b) >= 3 {
                // "Over the long term, according to the budget office, the rise in …": a short
                // opening phrase, and the statement follows the source. Not a clause with its
                // verb ("That is bad, according to Rubio, because …").
                let isClause = (a..<b).contains { isAuxiliaryVerb(tokens[$0]) && !tokens[$0].isCapitalized }
                // Nor when what follows the source is joined on ("…, according to a CNN tally,
                // but his pathway … is narrowing"): the writer's next clause.
                let joined = after < sentence.upperBound && Word.coordinators.contains(tokens[after].word)
                if isClause || joined || !(wordCount(a, b) <= 6 && afterWords >= 4) {
                    return Attribution(content: range(a, b), speaker: speaker, cue: cueRange, lemma: cue.lemma, verbClass: cue.verbClass)
                }
            }
            if let (a, b) = trimmed(after, sentence.upperBound), wordCount(a, b) >= 3 {
                return Attribution(content: range(a, b), speaker: speaker, cue: cueRange, lemma: cue.lemma, verbClass: cue.verbClass)
            }
            return nil
        }

        if isNaming(cue, sentence: sentence) { return nil }
        if let a = frontedParticiple(cue, sentence: sentence) { return a }
        var (subjectEnd, sawBe) = verbGroupStart(before: cue, sentence: sentence)
        // Passive ("was told", "is expected") reports no speaker; progressive ("is telling") does.
        if sawBe && !tokens[cue.start].flags.contains(.endsInING) { return nil }
        // ", however, argue": an adverb set off by commas.
        if subjectEnd - 3 > sentence.lowerBound, tokens[subjectEnd - 1].isMark(","), tokens[subjectEnd - 2].flags.contains(.verbAdverb), tokens[subjectEnd - 3].isMark(",") {
            subjectEnd -= 3
        }
        // A phrase ("calls on", "calls for") is a verb whatever its first word is alone.
        let isParticipleAmbiguous = tokens[cue.start].flags.contains(.ambiguousVerb) && cue.end - cue.start == 1
        var subject = speakerPhrase(endingAt: subjectEnd, sentence: sentence)
        // "his recent claim", "the vain hope that …": after such an adjective the cue is a noun,
        // whose owner, if any, is the speaker ("Mr. Obama’s original pledge to …").
        if let s = subject, subjectEnd == cue.start, !tokens[s.1 - 1].isCapitalized, isNounModifier(tokens[s.1 - 1]) {
            var end = s.1
            while end > s.0, !tokens[end - 1].isCapitalized, isNounModifier(tokens[end - 1]) { end -= 1 }
            guard end > s.0, end >= 2 && isAfterOwner(end) || Word.owners.contains(tokens[end - 1].word) else {
                // "a false claim he opposed the invasion": reported, by nobody this sentence names.
                guard let r = contentStart(after: cue.end, sentence: sentence, lemma: cue.lemma, lists: cue.lists), let (a, b) = trimmed(r, sentence.upperBound), wordCount(a, b) >= 3 else { return nil }
                return Attribution(content: range(a, cutTrailingAttribution(a, b)), speaker: nil, cue: cueRange, lemma: cue.lemma, verbClass: cue.verbClass)
            }
            if isSubjectNoun(cue, sentence: sentence) { return nil }
            subject = (s.0, end)
        }
        // "Mr. Trump’s theatrical embrace is not limited to China": an owner and a word of
        // its, however unlisted, before the same.
        if let s = subject, subjectEnd == cue.start, s.1 - s.0 >= 2, tokens[s.1 - 1].kind == .word, !tokens[s.1 - 1].isCapitalized,
           SpeakerResolver.isPossessive(tokens[s.1 - 2], text), isSubjectNoun(cue, sentence: sentence) { return nil }
        // "more funding than we expect to direct", "as good as the organisers hoped it would
        // be": a comparison's measure, not a report. A quantity is a share of who spoke ("more
        // than 40 percent of Clinton voters said"); an owner's cue is a noun's ("less than the
        // alliance's recommended 2 percent").
        if let s = subject, s.0 > sentence.lowerBound + 1, !SpeakerResolver.isPossessive(tokens[s.1 - 1], text),
           !tokens[s.0..<min(s.1, s.0 + 2)].contains(where: { $0.kind == .number || !$0.flags.isDisjoint(with: [.quantityWord, .quantifier, .pluralQuantifier, .percentWord]) }),
           tokens[s.0 - 1].flags.contains(.than) || tokens[s.0 - 1].word == Word.as && (max(sentence.lowerBound, s.0 - 4)..<(s.0 - 2)).contains(where: { tokens[$0].word == Word.as }) {
            return nil
        }
        // "Hawkins and others who want to ban abortion said", "The lawyer who represents the
        // family said": a relative clause with no commas around it goes with its antecedent,
        // and the whole phrase is the speaker.
        // The cue is the main verb only when the clause is done before it: a verb right after
        // "who", and before the cue a word of the clause's object, no "and", "to", auxiliary or
        // pronoun that would make the cue the clause's own ("who said she planned", "who have
        // been informed", "who it thinks"); nor a form that is a noun too ("development projects").
        let cueToken = tokens[cue.start]
        if !sawBe, subjectEnd == cue.start, subjectEnd > sentence.lowerBound + 2, tokens[subjectEnd - 1].isWord,
           cueToken.flags.isDisjoint(with: [.ambiguousVerb, .endsInING]), !isBaseForm(cueToken) || cue.lemmaWord == Word.say,
           tokens[subjectEnd - 1].flags.isDisjoint(with: [.auxiliary, .beForm, .pronoun, .determiner, .phraseBoundary, .contrast]),
           tokens[subjectEnd - 1].word != Word.and, tokens[subjectEnd - 1].word != Word.to, !isAuxiliaryVerb(tokens[subjectEnd - 1]),
           let who = (max(sentence.lowerBound + 1, subjectEnd - 12)..<(subjectEnd - 1)).last(where: { tokens[$0].word == Word.who }),
           who + 1 < subjectEnd, case let verb = tokens[who + 1], verb.kind == .word, !verb.isCapitalized,
           isAuxiliaryVerb(verb) || isPastTense(verb) || verb.flags.contains(.verbForm)
            || text[verb.range.upperBound - 1] == "s" || verb.flags.contains(.verbAdverb) || SpeakerResolver.endsInLY(verb, text)
            // "People who upload videos said": after a plural, "who" and a plain word is its verb.
            || (isPlural(tokens[who - 1]) || tokens[who - 1].flags.contains(.anonymous)) && verb.flags.isDisjoint(with: [.determiner, .pronoun, .phraseBoundary, .quantifier]),
           !tokens[(who + 1)..<subjectEnd].contains(where: { $0.word == Word.who || $0.word == Word.that || $0.flags.contains(.pronoun) || Word.clauseOpeners.contains($0.word) }),
           // "who won the most pledged delegates": a participle before its noun.
           !(endsInED(cueToken) && cue.end < sentence.upperBound && tokens[cue.end].kind == .word && !tokens[cue.end].isCapitalized
             && tokens[cue.end].flags.isDisjoint(with: [.determiner, .pronoun, .phraseBoundary, .phraseStarter]) && tokens[cue.end].word != Word.that),
           !tokens[who..<subjectEnd].contains(where: { $0.kind == .punct && !$0.isMark("’") && !$0.isMark("'") && !$0.isMark("-") }),
           tokens[who - 1].isWord, let antecedent = speakerPhrase(endingAt: who, sentence: sentence), isStrongSubject(antecedent) || isRoleNoun(tokens[antecedent.1 - 1]) || isPlural(tokens[antecedent.1 - 1]) {
            subject = (antecedent.0, subjectEnd)
        }
        if let s = subject, !sawBe {
            // The participle path below reads the sentence's subject instead.
            subject = withoutPredicate(s, cue: cue)
            if subject == nil { return nil }
        }
        // "The hackers sent fake emails intended to get …": a noun right after the sentence's
        // own past tense is its object, and a participle after that object describes it.
        // (A participle in -ing reads the verb's subject instead: "her campaign sent out
        // pitches highlighting …".)
        if let s = subject, subjectEnd == cue.start, cue.end - cue.start == 1, endsInED(cueToken),
           let verb = (s.0..<s.1 - 1).first(where: { k in tokens[k].flags.contains(.irregularPast) && !tokens[k].isCapitalized && !tokens[k].flags.contains(.cue) }),
           // ("One of the docs who sent the letter called Oz a quack": a relative clause's verb.)
           !tokens[max(sentence.lowerBound, s.0 - 1)..<verb].contains(where: { Word.relativeWords.contains($0.word) || $0.word == Word.that }) { return nil }
        // "Michael Seaman, who lives outside the state capital, Sacramento, said …", "Trump,
        // speaking at a rally in Wilmington, N.C., warned …": a name opening the sentence and an
        // aside of any length up to the cue's comma. Before the appositive rule, which would
        // take the aside's last commas for the name's.
        // The aside's comma may sit inside a quotation that closes it ("Marcel Lehel, the hacker
        // known as “Guccifer,” stated …"); the speaker then keeps the closing mark.
        let quotedComma = subjectEnd > sentence.lowerBound + 4 && (tokens[subjectEnd - 1].kind == .closeQuote || tokens[subjectEnd - 1].kind == .ambiguousQuote) && tokens[subjectEnd - 2].isMark(",")
        if subject == nil, subjectEnd > sentence.lowerBound + 3, tokens[subjectEnd - 1].isMark(",") || quotedComma,
           let name = openingName(sentence), tokens[name.1].isMark(","), subjectEnd - name.1 <= 40, name.1 + 1 < subjectEnd,
           name.1 - name.0 >= 2 || !tokens[name.1 + 1].flags.isDisjoint(with: [.endsInING, .determiner]) || tokens[name.1 + 1].word == Word.who || isForPart(name.1 + 1, subjectEnd),
           !tokens[name.1..<subjectEnd].contains(where: { $0.flags.contains(.cue) && !$0.flags.contains(.endsInING) }),
           // Not the sentence's own predicate ("Katrina Pierson, a spokeswoman for Trump, has
           // expanded on …, saying"), unless it is a relative clause's.
           !hasOwnVerb(from: name.1 + 1, to: subjectEnd - 1) {
            // A participle's aside says what the speaker was doing, not who they are: "Trump,
            // speaking at a rally …, warned" names Trump (a relative clause or an appositive
            // stays with the name it describes).
            // A quotation closing the aside opens inside it, after a word of the aside ("…,” said
            // the man" is an inverted frame).
            let asideQuotation = !quotedComma || openingMark(ofQuotationClosingAt: subjectEnd - 1, sentence: sentence, quotations: quotations).map { open in
                open > name.1 + 1 && tokens[open - 1].isWord && !tokens[open..<subjectEnd].contains { $0.isMark(".") || $0.isMark("?") || $0.isMark("!") }
            } ?? false
            if asideQuotation { subject = isActParticiple(tokens[name.1 + 1]) || isForPart(name.1 + 1, subjectEnd) ? name : (name.0, quotedComma ? subjectEnd : subjectEnd - 1) }
        }
        if subject == nil, subjectEnd > sentence.lowerBound + 2, tokens[subjectEnd - 1].isMark(",") {
            // "Gov. John Kasich (R-OH), said": a stray comma after the party tag.
            subject = tokens[subjectEnd - 2].isMark(")") ? speakerPhrase(endingAt: subjectEnd - 1, sentence: sentence) : nil
            subject = subject ?? appositiveSubject(endingAt: subjectEnd - 1, sentence: sentence)
        }
        // "the US had reached out to China to propose …": a purpose's subject is the clause's.
        if subject == nil, subjectEnd == cue.start, cue.start - 1 > sentence.lowerBound, tokens[cue.start - 1].word == Word.to {
            subject = purposeSubject(before: cue.start - 1, sentence: sentence)
        }
        if subject == nil, subjectEnd > sentence.lowerBound + 2, isDash(tokens[subjectEnd - 1]) {
            subject = dashedSubject(endingAt: subjectEnd - 1, sentence: sentence)
        }
        // "As the International Business Times noted, Clinton raised …": an "as" clause opening
        // the sentence attributes its main clause, after the comma.
        // Not when a clause of its own follows the cue ("As Trump said he would, …").
        if let s = subject, s.0 > sentence.lowerBound, tokens[s.0 - 1].word == Word.as,
           s.0 - 1 == sentence.lowerBound || s.0 - 2 == sentence.lowerBound && tokens[sentence.lowerBound].flags.contains(.connective) {
            let comma = nextComma(from: cue.end, in: sentence)
            let clause = tokens[cue.end..<comma].contains { !$0.flags.isDisjoint(with: [.pronoun, .beForm]) || $0.word == Word.that }
            if !clause {
                guard comma < sentence.upperBound, wordCount(cue.end, comma) <= 6,
                      let (a, b) = trimmed(comma + 1, sentence.upperBound), wordCount(a, b) >= 3 else { return nil }
                return Attribution(content: range(a, cutTrailingAttribution(a, b)), speaker: range(s.0, s.1), cue: cueRange, lemma: cue.lemma, verbClass: cue.verbClass)
            }
            // "As President Obama announces that he is ready for the fight, he …": what was said
            // ends at the comma.
            var from = cue.end
            if from < comma, tokens[from].word == Word.that { from += 1 }
            guard let (a, b) = trimmed(from, comma), wordCount(a, b) >= 3 else { return nil }
            return Attribution(content: range(a, b), speaker: range(s.0, s.1), cue: cueRange, lemma: cue.lemma, verbClass: cue.verbClass)
        }
        let rightStart = cue.end
        var right = contentStart(after: rightStart, sentence: sentence, lemma: cue.lemma, lists: cue.lists)
        // "We’ll try to respond promptly to questions": what is answered, not the answer.
        if cue.lemmaWord == Word.respond || cue.lemmaWord == Word.reply, let r = right,
           tokens[r].word == Word.to || r + 1 < sentence.upperBound && SpeakerResolver.endsInLY(tokens[r], text) && tokens[r + 1].word == Word.to { right = nil }
        // "Clinton maintains a commanding lead": with a noun phrase after it, "maintain" keeps
        // something; it reports only a clause ("maintained the server was secure").
        let thatClause = right.map { r in tokens[r - 1].word == Word.that || tokens[r].word == Word.that } ?? false
        if cue.lists.contains(.clauseOnly), let r = right, !thatClause, !headsClause(r, sentence: sentence) { right = nil }
        // "Beauvillier added his seventh goal", "the economy added 200,000 jobs": a thing or a
        // number added is no remark; a clause is ("added the vote would be close"), and so are
        // words, a caveat or a quotation ("added a caveat: “…”", "added the words, ''…''").
        // So is a work written ("wrote a children's book", "wrote the introduction"), unless what
        // it says follows in the same clause ("wrote the local paper, The Perry Chief, that …",
        // "wrote his first column on it, “…”"; not "wrote a rant when it was clear that …").
        let isWrite = cue.lemmaWord == Word.write
        if cue.lemmaWord == Word.add || isWrite, let r = right, r == cue.end, !thatClause, isDeterminerOrOwner(tokens[r]) || tokens[r].kind == .number,
           !headsClause(r, sentence: sentence),
           case let window = isWrite ? (r..<sentence.upperBound).first(where: { tokens[$0].word != Word.that && Word.clauseOpeners.contains(tokens[$0].word) }) ?? sentence.upperBound
                                      : min(sentence.upperBound, r + 6),
           !tokens[r..<window].contains(where: { t in
               t.kind == .openQuote || t.kind == .ambiguousQuote || t.isMark(":") || Self.wordsOfSpeech.contains(vocabulary.word(t.word)) || isWrite && t.word == Word.that
           }) { right = nil }
        // "who advised Obama on the health care overhaul": counsel on a subject is a job; advice
        // given says "to", "against" or a clause ("advised him to stay", "advised the order was …").
        if cue.lemmaWord == Word.advise, let r = right, !thatClause, !headsClause(r, sentence: sentence),
           !tokens[r..<min(sentence.upperBound, r + 8)].contains(where: { $0.word == Word.to || $0.word == Word.against }) { right = nil }
        // "“Did you know …?” Todd asked the real estate mogul.": after "asked", a few words
        // with no question, request or clause in them are whom he asked.
        if cue.lemmaWord == Word.ask, let r = right, wordCount(r, sentence.upperBound) <= 6,
           !tokens[r..<sentence.upperBound].contains(where: { t in
               Word.questionOpeners.contains(t.word) || t.word == Word.to || t.word == Word.that || t.word == Word.for
                   || !t.flags.isDisjoint(with: [.auxiliary, .beForm, .verbForm, .pronoun]) || t.kind != .word && t.kind != .punct
           }) { right = nil }
        // "Let’s hope we see more of them", "Let us pray": the writer's exhortation, nobody's
        // statement.
        if let s = subject, s.1 - s.0 <= 2, Self.exhortations.contains(vocabulary.word(tokens[s.0].word)) { return nil }
        // "Everything Trump says is a lie": what was said is the subject of the writer's verb.
        if let s = subject, s.1 - s.0 >= 2, Word.thingsSaid.contains(tokens[s.0].word), let r = right, r == cue.end, isAuxiliaryVerb(tokens[r]) { return nil }
        // "I have written letters for several of them": a work written, not a statement.
        if cue.lemmaWord == Word.write, let r = right, r == cue.end,
           let noun = (r..<min(sentence.upperBound, r + 3)).first(where: { k in !isDeterminerOrOwner(tokens[k]) && tokens[k].kind != .number && !Word.nounModifiers.contains(tokens[k].word) }),
           Word.writtenWorks.contains(tokens[noun].word)
            // ("a short story", "a new novel": an adjective before the work.)
            || noun + 1 < sentence.upperBound && noun > r && tokens[noun].kind == .word && !tokens[noun].isCapitalized
                && tokens[noun].flags.isDisjoint(with: [.pronoun, .verbForm, .auxiliary, .beForm, .phraseBoundary]) && Word.writtenWorks.contains(tokens[noun + 1].word) { right = nil }
        // "the case outlined above", "the steps described below": the writer points to its own text.
        if let r = right, r == cue.end, tokens[r].word == Word.above || tokens[r].word == Word.below { return nil }
        // "Sanders posted an overwhelming victory", "the company posted a record loss": a result
        // posted, not a message.
        if cue.lemmaWord == Word.post, let r = right, r == cue.end,
           tokens[r..<min(sentence.upperBound, r + 5)].contains(where: { Self.postedResults.contains(vocabulary.word($0.word)) || $0.kind == .number }) { right = nil }
        // "Clinton called Alicia Machado on Friday to express gratitude", "he called her.": a
        // name or "him" and then only a time, a purpose or the clause's end is whom somebody
        // phoned, not what they called them.
        if cue.lemmaWord == Word.call, let r = right, r == cue.end, isPhoneCall(objectAt: r, sentence: sentence) { right = nil }
        let rightWords = right.map { wordCount($0, sentence.upperBound) } ?? 0

        // "shows", "found": a finding, when a document or a poll shows it, or "that" follows.
        // Not an inverted report, which the inverted rule below reads ("…,” reported Reuters.").
        // Only a name reports so: "reported it to the F.B.I." names whom it was reported to.
        let inverted = subject == nil && cue.start > sentence.lowerBound && cue.lemmaWord == Word.report && cue.end + 1 < sentence.upperBound
            && endsFrame(tokens[cue.start - 1])
            && (tokens[cue.end].isCapitalized || tokens[cue.end].flags.contains(.determiner) && tokens[cue.end + 1].isCapitalized)
        // "The average of polls taken over the past two weeks shows …", "An analysis of super
        // PACs that have raised $1 million or more since Jan. 1, 2015, shows …": a finding noun
        // opening the sentence, with a phrase or a clause of its own, is the whole subject.
        var findingOpens = false
        // (Also when the subject stops at the phrase's participle: "The poll conducted".)
        if cue.verbClass == .report, right != nil, !inverted, let opening = findingPhrase(before: cue, end: subjectEnd, sentence: sentence),
           subject.map({ s in
               // (Or a noun inside the phrase: "An email obtained … through public records
               // lawsuits shows …".)
               !namesFinding(s) || s.0 > opening.0 && s.1 <= opening.1
                   || s.0 >= opening.0 && s.1 < opening.1 && (endsInED(tokens[s.1 - 1]) || Self.findingParticiples.contains(tokens[s.1 - 1].word))
           }) ?? true {
            subject = opening
            findingOpens = true
        }
        // "A letter to shareholders said …", "An October 11 presentation to bondholders
        // indicated …": a document opening the sentence with a phrase of its own is the
        // subject, not the last noun of that phrase.
        if !findingOpens, right != nil, !inverted, let s = subject, s.0 > sentence.lowerBound,
           let opening = findingPhrase(before: cue, end: subjectEnd, sentence: sentence, heads: .medium, tails: Self.documentTails), s.0 > opening.0, s.1 <= opening.1,
           // Not a clause of the writer's before a noun cue ("a statement issued … was notable
           // in that there was no mention …"); a relative clause may have its verbs.
           !tokens[opening.0..<((opening.0..<opening.1).first { k in tokens[k].word == Word.that || tokens[k].word == Word.which || tokens[k].word == Word.who } ?? opening.1)]
               .contains(where: { $0.flags.contains(.beForm) || isAuxiliaryVerb($0) }) {
            subject = opening
        }
        if cue.verbClass == .report, right != nil, !thatClause, !inverted {
            // "A new poll released Sunday shows …": the phrase names the document. Somebody
            // who reports ("The company reported its smallest profit in 17 years", "CNN reported
            // at least six planes …") reports a fact; somebody who finds or shows may not.
            // "In a poll of 800 voters, Democracy Corp found …": the opening phrase names it.
            guard let s = subject, namesFinding(s) || Self.openingPrepositions.contains(tokens[sentence.lowerBound].word)
                    && (sentence.lowerBound..<s.0).contains(where: { tokens[$0].flags.contains(.findingNoun) }) && tokens[s.0 - 1].isMark(",")
                || cue.lemmaWord == Word.report && isStrongSubject(s) && !tokens[s.1 - 1].flags.contains(.pronoun) else { return nil }
        }
        // "…, Sen. Lindsey Graham told The Huffington Post on Thursday.": after "told" and the
        // like, words with no "that", colon or quotation are whom he told, not what.
        let addresseeOnly = cue.lists.contains(.tell) && right.map { r in
            // Up to the next comma: "told me on Friday, is that …" is a parenthetical cue.
            let clauseEnd = nextComma(from: r, in: sentence)
            // Longer when nothing in it can head a clause: "told reporters Friday at a convention
            // of black and Hispanic journalists in Washington".
            let words = wordCount(r, clauseEnd)
            // A verb group, a subject pronoun, or an infinitive ("told his advisers to figure out …"),
            // before a clause of time or reason ("told Mr. Obama as he stopped …" said nothing).
            let mainEnd = (r..<clauseEnd).first { Word.subordinators.contains(tokens[$0].word) } ?? clauseEnd
            let clauseWord = (r..<mainEnd).contains { k in
                !tokens[k].flags.isDisjoint(with: [.auxiliary, .beForm, .pronoun, .verbForm])
                    || tokens[k].word == Word.to && k + 1 < mainEnd && tokens[k + 1].kind == .word && !tokens[k + 1].isCapitalized && !tokens[k + 1].flags.contains(.determiner)
            }
            return r == rightStart && (words <= 8 || words <= 16 && !clauseWord)
                && !tokens[r..<clauseEnd].contains { $0.word == Word.that || $0.isMark(":") || $0.kind != .punct && $0.kind != .word && $0.kind != .number }
        } ?? false
        // "…, said Steve Grubbs, an Iowa operative": a name between the cue and a comma or the
        // end, after a comma, is the inverted speaker, not what was said.
        var invertedName = false
        if cue.start > sentence.lowerBound, tokens[cue.start - 1].isMark(","), cue.end < sentence.upperBound, !tokens[cue.end].flags.contains(.pronoun) {
            // "says certified financial planner Eric Roberge": a role's lowercase words may come
            // first, none a verb.
            var k = cue.end
            while k < sentence.upperBound, k - cue.end < 4, tokens[k].kind == .word, !tokens[k].isCapitalized,
                  tokens[k].flags.isDisjoint(with: [.verbForm, .auxiliary, .beForm, .pronoun, .phraseBoundary, .timeNoun]),
                  k == cue.end || !tokens[k].flags.contains(.determiner) { k += 1 }
            let name = k
            // "Monica de Bolle": a particle inside the name.
            while k < sentence.upperBound, tokens[k].kind == .word,
                  tokens[k].isCapitalized || tokens[k].flags.contains(.title) || k > name && tokens[k].flags.contains(.nameParticle) && k + 1 < sentence.upperBound && tokens[k + 1].isCapitalized { k += 1 }
            // "…, said Amnesty International on Tuesday, November 19.": when it was said, after the name.
            if k > name, k < sentence.upperBound, cue.verbClass == .say, let t = timePhraseEnd(from: k, sentence: sentence) { k = t }
            invertedName = name < sentence.upperBound && tokens[name].isCapitalized && k - name <= 8 && (k == sentence.upperBound || endsInvertedSpeaker(k, sentence: sentence))
        }
        // Two words are a statement when one is quoted: "called Trump “unhinged.”"
        let quotedPair = rightWords == 2 && right.map { r in tokens[r..<sentence.upperBound].contains { $0.kind == .openQuote || $0.kind == .ambiguousQuote } } ?? false
        // "Priebus said, “Probably.”": a quoted sentence of a word or two after the cue's comma
        // or colon is the whole answer.
        let quotedAnswer = rightWords >= 1 && rightWords <= 2 && right.map { r in quotedSentence(at: r, sentence: sentence, quotations: quotations) } ?? false
        // "The company denied any wrongdoing", "denied the charges": what is denied may be a
        // word or two, a noun's (not a pronoun's: "denied it" says nothing by itself).
        // After a participle the form is an adjective ("militarizing disputed waters").
        let shortDenial = cue.verbClass == .deny && rightWords >= 1 && rightWords <= 2
            && !(cue.start > sentence.lowerBound && tokens[cue.start - 1].flags.contains(.endsInING)) && right.map { r in
            !tokens[r..<sentence.upperBound].contains { $0.kind != .word && !($0.kind == .punct && !$0.isMark(",") && !$0.isMark(";")) }
                && !tokens[r..<sentence.upperBound].contains { $0.flags.contains(.pronoun) || Word.objectPronouns.contains($0.word) }
        } ?? false
        // "…,” the senator says directly to the camera.": after a quotation, a few words that
        // cannot make a clause say how, where or when it was said; the quotation is the statement.
        let afterQuote = subject.map { $0.0 > sentence.lowerBound && (tokens[$0.0 - 1].kind == .closeQuote || tokens[$0.0 - 1].kind == .ambiguousQuote) } ?? false
        // The quotation a statement: it opens the sentence or follows a colon (not "Later on
        // ''This Week,'' Sanders questioned …", a show's name).
        let quotationOpens = afterQuote && subject.flatMap { s in openingMark(ofQuotationClosingAt: s.0 - 1, sentence: sentence, quotations: quotations) }.map { k in
            k == sentence.lowerBound || tokens[k - 1].isMark(":")
        } ?? false
        // "“…,” Trump told NBC’s “Today” on Monday.", "“…,” Clinton told a cheering throng of
        // supporters in Tampa.": after the quotation, words with no clause, "that" or colon say
        // how, to whom or when.
        let mannerOnly = quotationOpens && rightWords <= 16 && right.map { r in
            !tokens[r..<sentence.upperBound].contains { t in
                t.word == Word.that || t.isMark(":") || t.isMark(";") || !t.isCapitalized && (isAuxiliaryVerb(t) || isTensedVerb(t))
                    || t.flags.contains(.pronoun) && !Word.objectPronouns.contains(t.word) && !isDeterminerOrOwner(t)
            }
        } ?? false
        // "They said she could.", "He said it was.": a subject and an auxiliary whose verb is
        // understood are a whole clause.
        let elidedClause = rightWords == 2 && right.map { r in
            r + 1 < sentence.upperBound && tokens[r].flags.contains(.pronoun) && Word.finiteAuxiliaries.contains(tokens[r + 1].word)
        } ?? false
        if let subject, let r = right, rightWords >= 3 || quotedPair || quotedAnswer || shortDenial || elidedClause, !addresseeOnly, !invertedName, !mannerOnly {
            // "a mesh router feels like a future pick", "it feels like spring": a thing that
            // feels like something resembles it; only somebody feels an opinion.
            if cue.lemmaWord == Word.feel && !canFeel(tokens[subject.1 - 1]) { return nil }
            // "found that …" is a verb whatever its subject.
            // So is one with a person after it ("called him “the grownup”", "described
            // themselves as liberals").
            if isParticipleAmbiguous && !isStrongSubject(subject) && !thatClause && !(cue.verbClass == .report && namesFinding(subject))
                // ("her" is an owner as often: "attacked her skills").
                && !(Word.objectPronouns.contains(tokens[cue.end].word) && tokens[cue.end].word != Word.her || Word.reflexives.contains(tokens[cue.end].word)) { return nil }
            // "Most Southern states will hold …", "Texas and 25 other states sued": a plural
            // subject takes no verb in -s, so such a form after one is the noun.
            // (Not the plural in a finding's own phrase: "The average of polls … shows".)
            // So after "more" or "fewer": "more Shakespeare references than …".
            if isParticipleAmbiguous, !findingOpens, cue.end - cue.start == 1, text[tokens[cue.start].range.upperBound - 1] == "s",
               isPluralSubject(subject) || Self.comparativeQuantifiers.contains(vocabulary.word(tokens[subject.0].word)) { return nil }
            guard let (a, b) = trimmed(r, sentence.upperBound) else { return nil }
            var end = cutTrailingAttribution(a, b, cue: cue.start, participle: tokens[cue.start].flags.contains(.endsInING))
            // "called it “Great” but critics said it was bad": a joined clause with a speaker
            // and a reporting verb of its own is their statement, not more of this one.
            if end > a + 2, let cut = (a + 2..<end).first(where: { joinsClauseWithOwnCue(at: $0, to: end) }),
               let (_, y) = trimmed(a, cut), wordCount(a, y) >= 2 { end = y }
            if let cut = subordinateClauseEnd(subject: subject, from: a, to: end, sentence: sentence), let (_, y) = trimmed(a, cut), wordCount(a, y) >= 2 { end = y }
            // "The plan — officials said it would cost $3 billion — was shelved": a report in an
            // aside set off by dashes ends at the closing dash.
            if subject.0 > sentence.lowerBound, isDash(tokens[subject.0 - 1]), let close = (a..<end).first(where: { isDash(tokens[$0]) }),
               let (_, y) = trimmed(a, close), wordCount(a, y) >= 2 { end = y }
            if !thatClause, let cut = coordinatedPredicateStart(from: a, to: end, lemma: cue.lemma, lists: cue.lists, participle: tokens[cue.start].flags.contains(.endsInING)),
               let (_, y) = trimmed(a, cut), wordCount(a, y) >= 2 { end = y }
            // "Beck, who has described Trump as “…,” clearly intended …", "Hunter, who endorsed
            // Canova, was able to raise …": a relative clause between commas ends where the main
            // clause's verb follows a comma.
            if subject.1 - subject.0 >= 3, tokens[subject.1 - 1].word == Word.who, tokens[subject.1 - 2].isMark(","),
               let cut = mainVerbAfterRelative(from: a, to: end, clauseCue: cue.lists.contains(.clauseTaking)), let (_, y) = trimmed(a, cut), wordCount(a, y) >= 1 { end = y }
            // "Voters who backed Trump in 2016 said they …": in a relative clause with no comma
            // before it, the sentence's own reporting verb ends what the clause says.
            if cue.start > sentence.lowerBound + 1, tokens[cue.start - 1].word == Word.who, tokens[cue.start - 2].isWord,
               let main = (a..<end).first(where: { tokens[$0].flags.contains(.verbForm) && !tokens[$0].isCapitalized && !tokens[$0].flags.contains(.endsInING) && tokens[$0 - 1].word != Word.that }) {
                // Not a joining word left at the end ("to talk to protesters and").
                var cut = main
                while cut > a + 1, tokens[cut - 1].word == Word.and || tokens[cut - 1].word == Word.or || tokens[cut - 1].flags.contains(.phraseBoundary) { cut -= 1 }
                guard let (x, y) = trimmed(a, cut), wordCount(x, y) >= 3 else { return nil }
                end = y
            }
            return Attribution(content: range(a, end), speaker: range(subject.0, subject.1), cue: cueRange, lemma: cue.lemma, verbClass: cue.verbClass)
        }
        // CONTENT, SPEAKER CUE.   /   CONTENT, CUE SPEAKER.
        // A semicolon ends the frame: what follows it is the writer's next clause ("…, analysts
        // say; in 2012, Romney stumbled").
        var tailEnd = nextComma(from: cue.end, in: sentence)
        let semicolon = (cue.end..<tailEnd).first { tokens[$0].isMark(";") }
        if let semicolon { tailEnd = semicolon }
        let tail = wordCount(cue.end, tailEnd)
        // After a closing quotation mark the frame is plain enough for a longer tail: "…,” she
        // told an audience at the Brookings Institution in Washington.
        // So is one whose words say only whom and when ("…, Obama told his closest advisers as
        // he labored over …").
        // "Hosting Cook at the event, Benioff praised the iPhone.": a cue with an object of its
        // own ("the iPhone", no time in it) has its content; the words before the comma are not it.
        let ownObject = !afterQuote && !addresseeOnly && !cue.lists.contains(.tell) && tail >= 2 && cue.end < tailEnd
            && (tokens[cue.end].flags.contains(.determiner) || tokens[cue.end].flags.contains(.quantifier)) && !tokens[cue.end].flags.contains(.phraseStarter)
            && !tokens[cue.end..<tailEnd].contains { $0.flags.contains(.timeNoun) || $0.word == Word.that }
        if let subject, tail <= (afterQuote || addresseeOnly ? 24 : 7), subject.0 > sentence.lowerBound, !ownObject {
            let sep = subject.0 - 1
            if tokens[sep].isMark(",") || tokens[sep].kind == .closeQuote || tokens[sep].kind == .ambiguousQuote || tokens[sep].isMark("—") {
                var contentEnd = sep
                if tokens[sep].kind != .punct || tokens[sep].isMark("—") { contentEnd = sep + 1 }
                let quoted = tokens[sep].kind == .closeQuote || tokens[sep].kind == .ambiguousQuote
                let before = trimmed(quoted ? statementStart(closingAt: sep, sentence: sentence, quotations: quotations) : sentence.lowerBound, contentEnd)
                let beforeWords = before.map { wordCount($0.0, $0.1) } ?? 0
                // "As the charges were unsealed in New York, Hawk Sawyer testified before …": a
                // clause of time or reason, alone before the speaker, says when, not what.
                // So is "And when asked to leave, he reportedly refused".
                // "…, when, in fact, he responded quickly": the frame is a clause's own subject
                // and verb after its conjunction and an aside, not a parenthetical cue.
                let asideComma = sep - 1 > sentence.lowerBound ? (max(sentence.lowerBound, sep - 4)..<(sep - 1)).last { tokens[$0].isMark(",") } : nil
                let embedded = !quoted && asideComma.map { c in c > sentence.lowerBound && Self.openingClauseWords.contains(tokens[c - 1].word) } ?? false
                let subordinate = embedded || !quoted && before.map { b in
                    let opener = b.1 - b.0 > 1 && (tokens[b.0].word == Word.and || tokens[b.0].word == Word.but) ? b.0 + 1 : b.0
                    // ("If Trump says the plan works, voters will believe him": a condition too.)
                    return (Word.adverbialOpeners.contains(tokens[opener].word) || Self.openingClauseWords.contains(tokens[opener].word))
                        && !tokens[b.0..<b.1].contains { $0.isMark(",") }
                } ?? false
                // "In an interview, Deacon said …", "Among American-born parents, only 50 percent
                // believe …": a phrase of place, time or company with no verb before the comma is
                // the writer's, not a statement. "At a hearing of the subcommittee that funds
                // NASA, Aderholt pushed for …": a noun in -ing after its article, and the verb of
                // a relative clause, make no clause of the phrase.
                let verbless = !quoted && before.map { b in
                    guard Self.openingPrepositions.contains(tokens[b.0].word) else { return false }
                    // "that" after a noun opens a relative clause; after "In" it points ("In that
                    // last step, officers can …").
                    let relative = (b.0 + 1..<b.1).first { k in
                        Word.relativeWords.contains(tokens[k].word)
                            || tokens[k].word == Word.that && !Self.openingPrepositions.contains(tokens[k - 1].word) && !isDeterminerOrOwner(tokens[k - 1])
                    } ?? b.1
                    return !(b.0..<relative).contains { k in
                        let t = tokens[k]
                        return isTensedVerb(t) || isAuxiliaryVerb(t) && !t.isCapitalized || t.flags.contains(.endsInING) && !(k > b.0 && isDeterminerOrOwner(tokens[k - 1]))
                    }
                } ?? false
                // ", he said, CONTENT": a parenthetical cue; the statement runs on after it.
                var afterWords = 0
                if tailEnd < sentence.upperBound, semicolon == nil, let (a, b) = trimmed(tailEnd + 1, sentence.upperBound) {
                    afterWords = wordCount(a, b)
                    // "ILC2s, he found, release cytokines", "Time, Mr. Pence added, was on their
                    // side": a subject of a word or two before the cue is the statement's too,
                    // when what follows has none ("But, Carson added, he did not …").
                    let next = tokens[a]
                    let hasSubject = next.isCapitalized || !next.flags.isDisjoint(with: [.pronoun, .determiner, .quantifier, .quantityWord]) || next.kind != .word
                    // "…, he said, becomes hopeless": two words with no subject finish the clause
                    // the cue parts.
                    // "…, where lawmakers expressed outrage": a relative clause goes with the noun
                    // before it.
                    if afterWords >= 3 || afterWords == 2 && !hasSubject && beforeWords >= 3,
                       !quoted && !tokens[a].flags.contains(.clauseLink) && !Word.relativeWords.contains(tokens[a].word) {
                        // Not an opener ("Still, he said, officials have to …", "In contrast, …").
                        let opener = before.map { b in tokens[b.0].flags.isDisjoint(with: [.connective, .phraseBoundary, .phraseStarter, .contrast, .clauseLink]) == false } ?? true
                        // "Outright victory is vital, he said after …, because he said …": a clause
                        // with a reporting verb of its own after the frame is a second statement,
                        // not more of the first.
                        if beforeWords >= 3, let (x, y) = before, hasOwnCue(from: a, to: b) {
                            return Attribution(content: range(x, y), speaker: range(subject.0, subject.1), cue: cueRange, lemma: cue.lemma, verbClass: cue.verbClass)
                        }
                        // "At times last year, people close to him said, the mere mention …":
                        // the writer's phrase of time or place opens no statement.
                        let start = !verbless && (beforeWords >= 3 || beforeWords >= 1 && !hasSubject && !opener) ? before!.0 : a
                        return Attribution(content: range(start, b), speaker: range(subject.0, subject.1), cue: cueRange, lemma: cue.lemma, verbClass: cue.verbClass)
                    }
                }
                if let (a, b) = before, !subordinate, !verbless, beforeWords >= 3 || (quoted && beforeWords >= 1) {
                    return Attribution(content: range(a, b), speaker: range(subject.0, subject.1), cue: cueRange, lemma: cue.lemma, verbClass: cue.verbClass)
                }
            }
        }
        // Inverted: "…,” said Caddell."  "…, says Judge Jenkins."  A participle never inverts:
        // in "…,” adding that …" what follows is more content, not a speaker.
        // Not "told": "…, told investors of New Media" names whom he told.
        if cue.start > sentence.lowerBound + 1, !tokens[cue.start].flags.contains(.endsInING), !cue.lists.contains(.tell),
           cue.end >= sentence.upperBound || tokens[cue.end].word != Word.that {
            let before = cue.start - 1
            let t = tokens[before]
            if t.isMark(",") || t.kind == .closeQuote || t.kind == .ambiguousQuote {
                var sEnd = cue.end
                while sEnd < sentence.upperBound, !endsInvertedSpeaker(sEnd, sentence: sentence), !tokens[sEnd].isMark(";") { sEnd += 1 }
                sEnd = trimTemporal(cue.end, sEnd)
                let start = t.kind == .punct ? sentence.lowerBound : statementStart(closingAt: before, sentence: sentence, quotations: quotations)
                if sEnd > cue.end, sEnd - cue.end <= (t.kind == .punct ? 7 : 10), let (a, b) = trimmed(start, before + (t.kind == .punct ? 0 : 1)), wordCount(a, b) >= (t.kind == .punct ? 3 : 1) {
                    // "said Judge Jenkins", "said he", "said the ministry", "said one district leader".
                    let first = tokens[cue.end]
                    // "says veteran industry analyst Ken Doctor": descriptors, then a name or a role.
                    let described = cue.verbClass == .say && first.kind == .word && first.flags.isDisjoint(with: [.phraseBoundary, .phraseStarter, .timeNoun, .cue])
                        && tokens[cue.end..<min(sEnd, cue.end + 5)].contains { $0.isCapitalized && !$0.flags.contains(.pronoun) || !$0.flags.isDisjoint(with: [.title, .agent, .anonymous]) }
                    // Not a clause: "Jane May, a doctor, said [she was elated]".
                    let isClause = tokens[cue.end..<sEnd].contains { t in
                        !t.isCapitalized && (!t.flags.isDisjoint(with: [.beForm, .auxiliary]) || t.flags.contains(.verbForm) && !t.flags.contains(.endsInING))
                    }
                    let speakerOK = !isClause && (first.isCapitalized || !first.flags.isDisjoint(with: [.pronoun, .determiner, .quantityWord, .title])
                        || first.flags.contains(.quantifier) || described)
                    // "The tentative deal, announced Friday, would last …": a day alone is when.
                    let timeAlone = sEnd - cue.end == 1 && first.flags.contains(.timeNoun)
                    if speakerOK && !timeAlone {
                        let speakerEnd = invertedAppositiveEnd(after: sEnd, sentence: sentence)
                        // "Part of the problem, say experts like Paul Bauman, a geophysicist, is the
                        // ground itself": the source parts a subject from its verb, and the
                        // statement is the whole sentence.
                        if t.kind == .punct, speakerEnd + 2 < sentence.upperBound, tokens[speakerEnd].isMark(","), opensPredicate(tokens[speakerEnd + 1]),
                           let whole = trimmed(a, sentence.upperBound), wordCount(speakerEnd + 1, whole.1) >= 2 {
                            return Attribution(content: range(whole.0, whole.1), speaker: range(cue.end, speakerEnd), cue: cueRange, lemma: cue.lemma, verbClass: cue.verbClass)
                        }
                        return Attribution(content: range(a, b), speaker: range(cue.end, speakerEnd), cue: cueRange, lemma: cue.lemma, verbClass: cue.verbClass)
                    }
                }
            }
        }
        return nil
    }

    /// "The four “loopholes” he cited are …", "The phrase Grassley cited on Wednesday has
    /// appeared …": a noun, a subject and a cue that takes an object, then the sentence's own
    /// verb. The noun is what was cited, in a relative clause with no "that": nothing is
    /// reported. After a cue of a clause the noun is the statement's subject and it is one
    /// ("a bill he said would restrict …").
    func isInReducedRelative(_ cue: Cue, sentence: Range<Int>) -> Bool {
        guard cue.lists.contains(.object), cue.end < sentence.upperBound else { return false }
        let j = timePhraseEnd(from: cue.end, sentence: sentence) ?? cue.end
        guard j < sentence.upperBound, !tokens[j].isCapitalized, isAuxiliaryVerb(tokens[j]),
              let subject = subjectBefore(cue, sentence: sentence), subject.0 > sentence.lowerBound else { return false }
        let before = tokens[subject.0 - 1]
        if before.kind == .closeQuote || before.kind == .ambiguousQuote { return true }
        guard before.kind == .word, !before.isCapitalized, before.word != Word.what, before.word != Word.which, before.word != Word.that, before.word != Word.who,
              before.flags.isDisjoint(with: [.englishFunctionWord, .pronoun, .determiner, .phraseBoundary, .connective, .contrast, .clauseLink, .timeNoun,
                                             .verbForm, .cue, .beForm, .auxiliary, .quantifier, .quantityWord]),
              !endsInED(before), !SpeakerResolver.endsInLY(before, text) else { return false }
        return true
    }

    /// A lowercase auxiliary or tensed verb: what follows a subject parted from its verb by a
    /// source ("Fundraising, according to the campaign, has surged").
    func opensPredicate(_ t: TextToken) -> Bool { t.kind == .word && !t.isCapitalized && (isAuxiliaryVerb(t) || isTensedVerb(t)) }

    /// "Sanders's latest plan was unserious": a cue form after an owner's adjective, before a
    /// verb of its own, is the noun subject and says nothing ("His latest claim is that …" and
    /// a colon or a quotation after the verb say what it is). An owner's plan with a modal
    /// is what it proposes ("Mrs. Clinton's tax plan would raise …").
    func isSubjectNoun(_ cue: Cue, sentence: Range<Int>) -> Bool {
        guard cue.end < sentence.upperBound, isAuxiliaryVerb(tokens[cue.end]), !tokens[cue.end].isCapitalized,
              !cue.lists.contains(.aim) || tokens[cue.end].flags.contains(.beForm) else { return false }
        guard cue.end + 1 < sentence.upperBound else { return true }
        let next = tokens[cue.end + 1]
        return !(next.word == Word.that || next.isMark(":") || next.kind == .openQuote || next.kind == .ambiguousQuote)
    }

    /// Whether a subject names a poll, a study or a document, which shows or finds without
    /// "that" ("The poll conducted last week shows Clinton ahead"). "average" is an adjective
    /// too: not "The average American shows …".
    func namesFinding(_ s: (Int, Int)) -> Bool {
        (s.0..<s.1).contains { k in
            tokens[k].flags.contains(.findingNoun)
                && !(tokens[k].word == Word.average && k + 1 < s.1 && tokens[k + 1].isWord && !Word.pollTails.contains(tokens[k + 1].word))
        }
    }

    /// Whether the words from `r` after "called" are a person and nothing said of them: a
    /// name or an object pronoun, an optional time, then "to" and a verb, "and" and a verb, or
    /// the sentence's end.
    func isPhoneCall(objectAt r: Int, sentence: Range<Int>) -> Bool {
        var j = r
        if Word.objectPronouns.contains(tokens[j].word) { j += 1 } else {
            while j < sentence.upperBound, tokens[j].isCapitalized, tokens[j].kind == .word, j - r < 5 { j += 1 }
            guard j > r, !tokens[r].flags.contains(.determiner) else { return false }
        }
        j = timePhraseEnd(from: j, sentence: sentence) ?? j
        guard j < sentence.upperBound else { return true }
        let next = tokens[j]
        // (Not a comma, which may open an appositive: "called Clinton, his challenger, an …".)
        if next.isMark(".") { return true }
        guard next.word == Word.and || next.word == Word.to, j + 1 < sentence.upperBound else { return false }
        // A lowercase word that opens no noun phrase: the verb ("and asked", "to express").
        let verb = tokens[j + 1]
        let notVerb: Lexicon.WordFlags = next.word == Word.to ? [.determiner, .pronoun, .quantifier] : [.determiner, .quantifier]
        return verb.kind == .word && !verb.isCapitalized && verb.flags.isDisjoint(with: notVerb)
    }

    /// The subject of a finding that opens the sentence and runs up to its verb group (which
    /// starts at `end`): a few words ending in a finding noun ("The average", "A USA TODAY
    /// analysis"), then its own phrase or relative clause ("of polls taken …", "released last
    /// week", "that have raised …") with no verb or cue of the sentence's in it.
    func findingPhrase(before cue: Cue, end verbGroup: Int, sentence: Range<Int>, heads: Lexicon.WordFlags = .findingNoun, tails: WordIDSet = Word.pollTails) -> (Int, Int)? {
        guard !tokens[cue.start].flags.contains(.endsInING) else { return nil }
        var first = sentence.lowerBound
        if first < verbGroup, tokens[first].flags.contains(.connective) { first += 1 }
        guard let head = (first..<min(verbGroup, first + 6)).first(where: { !tokens[$0].flags.isDisjoint(with: heads) }), head + 1 < verbGroup,
              !Self.openingClauseWords.contains(tokens[first].word), !Word.adverbialOpeners.contains(tokens[first].word),
              !tokens[first..<head].contains(where: { t in
                  !t.isWord || isTensedVerb(t) || isAuxiliaryVerb(t) && !t.isCapitalized || t.flags.contains(.phraseBoundary) && !t.isCapitalized
                      || Self.openingPrepositions.contains(t.word)
              }) else { return nil }
        let next = tokens[head + 1]
        let relative = next.word == Word.that || next.word == Word.which
        guard relative || tails.contains(next.word) || Self.findingParticiples.contains(next.word) else { return nil }
        // The phrase keeps its time ("released last week"), not the verb group's "have" or "also".
        var end = (verbGroup..<cue.start).contains(where: { t in isAuxiliaryVerb(tokens[t]) || tokens[t].word == Word.to || tokens[t].flags.contains(.verbAdverb) })
            ? verbGroup : cue.start
        while end > head + 1, !tokens[end - 1].isWord { end -= 1 }
        guard end - head <= 32, end > head + 1, tokens[verbGroup - 1].isWord || tokens[verbGroup - 1].isMark(",") else { return nil }
        // "The polls that show Johnson at 10 percent have …": the cue is the relative clause's.
        if relative, !(head + 2..<end).contains(where: { isTensedVerb(tokens[$0]) || isAuxiliaryVerb(tokens[$0]) }) { return nil }
        // (A relative clause may have verbs of its own: "of super PACs that have raised …".)
        let clauseStart = (head + 1..<end).first(where: { k in tokens[k].word == Word.that || tokens[k].word == Word.which || tokens[k].word == Word.who }) ?? end
        guard !(head + 1..<end).contains(where: { k in
            let t = tokens[k]
            if t.isMark(";") || t.kind == .openQuote || t.kind == .ambiguousQuote { return true }
            if k > clauseStart || Self.findingParticiples.contains(t.word) || tails.contains(t.word) { return false }
            return t.flags.contains(.cue) || isTensedVerb(t) && !t.isCapitalized
        }) else { return nil }
        return (first, end)
    }

    /// What follows a document's noun in a phrase of its own: whom it was sent to, who wrote
    /// it, where it was filed ("a letter to shareholders", "a complaint filed in court").
    static let documentTails: WordIDSet = Word.pollTails.union(["to", "sent", "signed", "filed", "addressed", "written"].map(Lexicon.catalog.named))

    /// Participles that describe a finding before its verb ("a poll released Sunday shows").
    static let findingParticiples: WordIDSet = WordIDSet([
        "released", "conducted", "taken", "published", "issued", "commissioned", "done", "obtained", "carried", "prepared", "compiled", "based",
    ].map(Lexicon.catalog.named))

    /// Whether the words from token `r` make a clause: a verb (a form of "be", an auxiliary,
    /// a past tense, a reporting verb) after a subject of at least one word, before a comma
    /// or a word that opens a clause of the noun's own ("a lead that …", "their battle as they
    /// sit …"). "a large lead over the GOP pack" is none; "the server was secure" is one.
    func headsClause(_ r: Int, sentence: Range<Int>) -> Bool {
        let first = tokens[r]
        if first.kind == .openQuote || first.kind == .ambiguousQuote { return true }
        if first.flags.contains(.pronoun), first.isWord, SpeakerResolver.isPossessive(first, text) { return true }
        var j = r + 1
        while j < sentence.upperBound, j - r <= 14 {
            let t = tokens[j]
            if t.kind == .punct && !t.isMark("-") && !t.isMark("’") && !t.isMark("'") || Word.clauseOpeners.contains(t.word) { return false }
            let before = tokens[j - 1]
            let modifier = isDeterminerOrOwner(before) || before.flags.contains(.phraseBoundary)
            if isAuxiliaryVerb(t) || !modifier && isTensedVerb(t) { return true }
            j += 1
        }
        return false
    }

    /// "Noting that the economy had slowed, the minister said …": a participle opening the
    /// sentence reports for the main clause's subject; what it reports runs to the comma
    /// before that subject.
    func frontedParticiple(_ cue: Cue, sentence: Range<Int>) -> Attribution? {
        var opening = sentence.lowerBound
        if opening < cue.start, tokens[opening].flags.contains(.connective) { opening += 1 }
        guard cue.start == opening, cue.end - cue.start == 1, tokens[cue.start].flags.contains(.endsInING),
              let r = contentStart(after: cue.end, sentence: sentence, lemma: cue.lemma, lists: cue.lists) else { return nil }
        // "Writing for the Times, …", "Reporting from Kabul, …", "Adding to the intrigue, …": a
        // byline's or a connective's participle, unless "that" follows.
        if cue.lists.contains(.frontedOnlyBeforeThat), !(r == cue.end + 1 && tokens[cue.end].word == Word.that) { return nil }
        // The subject of the verb group the words from `first` open, if they open one.
        func mainSubject(from first: Int) -> (Int, Int)? {
            var j = first + 1
            while j < sentence.upperBound, j - first <= 12 {
                let t = tokens[j]
                if t.kind == .punct { return nil }
                if isTensedVerb(t) || !t.isCapitalized && isAuxiliaryVerb(t) {
                    var end = j
                    while end > first + 1, !tokens[end - 1].flags.isDisjoint(with: [.auxiliary, .verbAdverb]) { end -= 1 }
                    guard let s = speakerPhrase(endingAt: end, sentence: sentence), s.0 == first, isStrongSubject(s) || isRoleNoun(tokens[s.1 - 1]) else { return nil }
                    return s
                }
                j += 1
            }
            return nil
        }
        var commas = 0
        var previous: Int?
        var c = r + 1
        while c < sentence.upperBound, c - r <= 40, commas < 3 {
            defer { c += 1 }
            guard tokens[c].isMark(",") else { continue }
            commas += 1
            defer { previous = c }
            var first = c + 1
            while first < sentence.upperBound, tokens[first].kind == .closeQuote || tokens[first].kind == .ambiguousQuote { first += 1 }
            guard first < sentence.upperBound, let s = mainSubject(from: first) else { continue }
            // "Acknowledging that …,” though, Allen did suggest": an adverb set off before the
            // subject is not what was said.
            var end = c
            if let p = previous, c - p <= 3, tokens[(p + 1)..<c].filter(\.isWord).count == 1 { end = p }
            guard let (a, b) = trimmed(r, end), wordCount(a, b) >= 3 else { return nil }
            return Attribution(content: range(a, b), speaker: range(s.0, s.1), cue: range(cue.start, cue.end), lemma: cue.lemma, verbClass: cue.verbClass)
        }
        return nil
    }

    /// Where a statement that ends in the quotation closed at token `close` begins: at the
    /// quotation when a bracket or a colon leads into it ("blowback from members (“I want my
    /// dues back,” wrote one)", "what her husband did: “Men, …,” she wrote"), as the writer's
    /// words before those are no part of what was said; else at the sentence's start.
    func statementStart(closingAt close: Int, sentence: Range<Int>, quotations: [Quotation]) -> Int {
        guard let k = openingMark(ofQuotationClosingAt: close, sentence: sentence, quotations: quotations), k > sentence.lowerBound,
              tokens[k - 1].isMark("(") || tokens[k - 1].isMark(":") else { return sentence.lowerBound }
        return k
    }

    /// The token that opens the quotation whose closing mark is token `close`; the sentence's
    /// first token when the quotation opened in a sentence before (nil when `close` closes none).
    func openingMark(ofQuotationClosingAt close: Int, sentence: Range<Int>, quotations: [Quotation]) -> Int? {
        guard let q = quotations.first(where: { $0.outer.upperBound == tokens[close].range.upperBound }) else { return nil }
        var k = close
        while k > sentence.lowerBound, tokens[k].range.lowerBound > q.outer.lowerBound { k -= 1 }
        return k
    }

    /// Whether token `r`, after a comma or a colon, opens a quotation that closes the sentence
    /// with a sentence mark inside it (“No.”, “Never!”).
    func quotedSentence(at r: Int, sentence: Range<Int>, quotations: [Quotation]) -> Bool {
        guard r > sentence.lowerBound, tokens[r - 1].isMark(",") || tokens[r - 1].isMark(":"),
              tokens[r].kind == .openQuote || tokens[r].kind == .ambiguousQuote,
              let q = quotations.first(where: { $0.outer.lowerBound == tokens[r].range.lowerBound }) else { return false }
        var close = r + 1
        while close < sentence.upperBound, tokens[close].range.upperBound < q.outer.upperBound { close += 1 }
        guard close < sentence.upperBound, close - 1 > r, tokens[close - 1].isMark(".") || tokens[close - 1].isMark("!") || tokens[close - 1].isMark("?") else { return false }
        return !tokens[(close + 1)..<sentence.upperBound].contains { $0.kind != .punct }
    }

    /// "She regularly tells", "They angrily denied": a lowercase adverb in -ly of the usual
    /// spellings ("family" and "rally" are not).
    func isLyAdverb(_ t: TextToken) -> Bool { !t.isCapitalized && SpeakerResolver.endsInLY(t, text) && SpeakerResolver.isSentenceAdverb(vocabulary.word(t.word)) }

    /// Where a relative clause's statement ends: the first comma (or a closing quotation mark
    /// after one) followed by a tensed verb with no subject of its own, the main clause's. After
    /// a cue that takes a clause, the words before the comma must hold the clause's own verb
    /// ("said the two men, and Mr. Cruz in particular, must do more": their verb, not Mr. X's).
    func mainVerbAfterRelative(from a: Int, to b: Int, clauseCue: Bool) -> Int? {
        for k in a..<b where tokens[k].isMark(",") {
            if clauseCue, !(a..<k).contains(where: { j in isAuxiliaryVerb(tokens[j]) || isPastTense(tokens[j]) && !(j > a && isDeterminerOrOwner(tokens[j - 1])) }) { continue }
            var n = k + 1
            while n < b, tokens[n].kind == .closeQuote || tokens[n].kind == .ambiguousQuote { n += 1 }
            let cut = n
            while n < b, tokens[n].flags.contains(.verbAdverb) || isLyAdverb(tokens[n]) { n += 1 }
            guard n < b, tokens[n].kind == .word, !tokens[n].isCapitalized, !tokens[n].flags.contains(.endsInING) else { continue }
            if isAuxiliaryVerb(tokens[n]) || tokens[n].flags.contains(.beForm) || isPastTense(tokens[n]) { return cut }
        }
        return nil
    }

    /// The first comma at or after token `i` in the sentence, or the sentence's end.
    func nextComma(from i: Int, in sentence: Range<Int>) -> Int {
        var i = i
        while i < sentence.upperBound, !tokens[i].isMark(",") { i += 1 }
        return i
    }

    /// "Although he did not mention Rubio by name, he made it clear …", "Clinton, who once
    /// praised the pact, offered …": a report in a clause before the main one ends with that
    /// clause, at the comma after which the main clause goes on. Nil when the speaker opens
    /// the main clause, or no such comma is found.
    func subordinateClauseEnd(subject: (Int, Int), from a: Int, to b: Int, sentence: Range<Int>) -> Int? {
        var opener = sentence.lowerBound
        if tokens[opener].word == Word.and || tokens[opener].word == Word.but { opener += 1 }
        let subordinate = opener + 1 == subject.0 && Word.adverbialOpeners.contains(tokens[opener].word)
        let relative = subject.1 - subject.0 >= 3 && tokens[subject.1 - 1].word == Word.who && tokens[subject.1 - 2].isMark(",")
        guard subordinate || relative else { return nil }
        var quoted = false
        for i in a..<b {
            if tokens[i].kind == .openQuote { quoted = true } else if tokens[i].kind == .closeQuote { quoted = false }
            guard !quoted, tokens[i].isMark(","), i + 2 < b else { continue }
            let next = tokens[i + 1]
            // After a relative clause, the main clause's verb: ", offered her firmest promise".
            // A second comma is an aside's end, and the verb after it the statement's own: "who
            // said the two men, and Mr. Cruz in particular, must do more".
            if relative {
                if isTensedVerb(next) || isAuxiliaryVerb(next) { return i }
                return nil
            }
            // After a clause of time or concession, a subject and its verb: ", he made it clear";
            // not a place's second part or a relative clause (", Ky., where she is a student").
            if next.isCapitalized || !next.flags.isDisjoint(with: [.pronoun, .determiner]),
               let verb = (i + 2..<min(b, i + 7)).first(where: { isTensedVerb(tokens[$0]) || isAuxiliaryVerb(tokens[$0]) || tokens[$0].isMark(",") }),
               !tokens[verb].isMark(","), !tokens[(i + 1)..<verb].contains(where: { Word.relativeWords.contains($0.word) }) { return i }
        }
        return nil
    }

    /// "criticized Clinton’s remarks and went right back to it", "refused to intervene, and the
    /// rebellion was crushed": when what was said is a phrase with no verb of its own, a verb
    /// after "and" or "but" is the speaker's next act (or a new clause), not more of the
    /// statement. The "and" where that act begins, if any. A clause keeps its "and" ("said the
    /// plan failed and …", "says he respects her and calls her …"), and so does an infinitive's
    /// base form ("asked them to raise their hands and pledge …", "… and not solve it").
    func coordinatedPredicateStart(from a: Int, to b: Int, lemma: String, lists: LemmaLists, participle: Bool) -> Int? {
        guard !lists.contains(.clauseTaking), a < b, !(tokens[a].flags.contains(.pronoun) && !SpeakerResolver.isPossessive(tokens[a], text)) else { return nil }
        func finite(_ k: Int, ing: Bool) -> Bool {
            let t = tokens[k]
            guard t.kind == .word, !t.isCapitalized, !text[t.range].contains("-") else { return false }
            if t.flags.contains(.endsInING) { return ing && t.flags.contains(.verbForm) }
            if Word.finiteAuxiliaries.contains(t.word) { return true }
            if t.flags.contains(.irregularPast) || t.flags.contains(.verbForm) && !isBaseForm(t) && !t.flags.contains(.endsInING) { return true }
            // A form in -ed is a verb before its object or an adverb ("and jailed him"), an
            // adjective before a noun or another adjective ("and advanced cellulosic fuels").
            guard endsInED(t), k + 1 < b else { return false }
            let next = tokens[k + 1]
            return next.kind != .word || next.isCapitalized || !next.flags.isDisjoint(with: [.determiner, .pronoun, .phraseBoundary, .verbAdverb])
        }
        var quoted = false
        for k in a..<b {
            let t = tokens[k]
            if t.kind == .openQuote { quoted = true } else if t.kind == .closeQuote { quoted = false }
            if quoted || t.kind == .ambiguousQuote { return nil }
            if k > a && finite(k, ing: false) || t.word == Word.that || t.isMark(":") || t.isMark("(") { return nil }
            guard k > a, t.word == Word.and || t.word == Word.but, k + 1 < b else { continue }
            var v = k + 1
            while v < b, v - k <= 2, tokens[v].flags.contains(.verbAdverb) { v += 1 }
            if v < b, finite(v, ing: participle) { return k }
            // ", and Senate aides later said": a subject of a few words, then its verb.
            guard tokens[k - 1].isMark(","), v < b, tokens[v].isCapitalized || !tokens[v].flags.isDisjoint(with: [.pronoun, .determiner]) else { continue }
            var w = v + 1
            while w < b, w - v <= 4, tokens[w].kind == .word, !finite(w, ing: false) { w += 1 }
            if w < b, w - v <= 4, finite(w, ing: false) { return k }
        }
        return nil
    }

    /// Verbs whose statement is often a clause without "that" ("said the U.S. needs …",
    /// "argue the system gives …"): a verb in -s is no tense the rules can see, so a second
    /// verb after "and" may be the clause's own.
    static let clauseTakingLemmas: WordList = [
        "say", "argue", "claim", "think", "believe", "feel", "suggest", "insist", "add", "note", "predict", "contend",
        "estimate", "warn", "tell", "write", "explain", "acknowledge", "admit", "assert", "agree", "expect", "fear",
        "worry", "realize", "know", "announce", "confirm", "report", "show", "find", "hope", "state", "declare",
    ]

    /// Cuts a trailing ", X said" or ", adding …" off a content span. With `participle` (the
    /// cue is one), a second reporting participle after "and" or "but" ends it too.
    func cutTrailingAttribution(_ a: Int, _ b: Int, cue: Int? = nil, participle: Bool = false) -> Int {
        var i = a
        while i < b {
            // "… if the country would announce the investigations, Morrison testified.": a name or
            // a pronoun and a reporting verb at the end are another speaker's frame.
            if tokens[i].isMark(","), i + 2 < b, tokens[i + 1].isCapitalized || !tokens[i + 1].flags.isDisjoint(with: [.pronoun, .anonymous]) {
                var m = i + 2
                while m < b, m - i < 5, tokens[i + 1].isCapitalized, tokens[m].isCapitalized, tokens[m].kind == .word { m += 1 }
                if m < b, !tokens[m].isCapitalized, !tokens[m].flags.contains(.endsInING), vocabulary.verbEntry(tokens[m].word) != nil,
                   !tokens[(m + 1)..<b].contains(where: { $0.isWord && $0.flags.isDisjoint(with: [.timeNoun, .timePreposition, .timeModifier]) }) { return i }
            }
            // "…, reported Reuters.": a name's report, inverted, at the end.
            if tokens[i].isMark(","), i + 2 < b, !tokens[i + 1].isCapitalized, !tokens[i + 1].flags.contains(.endsInING),
               vocabulary.verbEntry(tokens[i + 1].word)?.lemma == "report", tokens[i + 2].isCapitalized || tokens[i + 2].flags.contains(.determiner) && i + 3 < b && tokens[i + 3].isCapitalized,
               !tokens[(i + 2)..<b].contains(where: { $0.isWord && !$0.isCapitalized && $0.flags.isDisjoint(with: [.determiner, .timeNoun, .timePreposition, .timeModifier]) }) { return i }
            if tokens[i].isMark(","), i + 1 < b, wordCount(i, b) > 3 {
                // The comma may sit inside the quotation: "… ago,” adding that …".
                var n = i + 1
                while n + 1 < b, tokens[n].kind == .closeQuote || tokens[n].kind == .ambiguousQuote { n += 1 }
                let next = tokens[n]
                // ", adding that …" starts a new attribution; ", and a week after Trump
                // claimed …" does when a cue follows. A plain ", and" inside a list does not.
                // (The statement keeps a closing quotation mark, not the comma before the participle.)
                if next.flags.contains(.trailingCue) { return n == i + 1 ? i : n }
                // ", encouraging his supporters to …": any reporting verb's participle after a
                // comma is the speaker's next report.
                if !next.isCapitalized, next.flags.contains(.endsInING), next.flags.contains(.verbForm), !next.flags.contains(.ambiguousVerb) { return n == i + 1 ? i : n }
                // "…, said Amnesty International on Tuesday": an inverted speaker's frame ends the
                // statement it follows.
                if !next.isCapitalized, !next.flags.contains(.endsInING), n + 1 < b, tokens[n + 1].isCapitalized || tokens[n + 1].flags.contains(.determiner),
                   vocabulary.verbEntry(next.word)?.lemma == "say" { return i }
                // "…, a claim that Beijing denied": the writer names what was said; no part of it.
                if next.word == Word.a || next.word == Word.an, n + 1 < b, tokens[n + 1].flags.contains(.statementNoun) { return i }
                // ", but hasn’t decided …" goes on with the same subject: no new attribution.
                // ", and that …" is a second statement of the same cue: no cut.
                // "called Buckley’s performance “stunning,” but seemed changed …": after words
                // with no verb of their own, a past tense with no subject is the speaker's next
                // predicate ("said Obama had a super PAC …, and took …" goes on with Obama).
                if next.flags.contains(.contrast), n + 1 < b, isPastTense(tokens[n + 1]), !tokens[n + 1].flags.contains(.verbForm),
                   !(a..<i).contains(where: { k in
                       isAuxiliaryVerb(tokens[k]) || isPastTense(tokens[k]) && !(k > a && isDeterminerOrOwner(tokens[k - 1]))
                   }) { return i }
                if next.flags.contains(.contrast), n + 1 < b, !tokens[n + 1].flags.contains(.auxiliary), tokens[n + 1].word != Word.that,
                   // A clause's verb comes early; a participle is no clause's verb ("and thinkers
                   // for opposing …").
                   (n + 1..<min(b, n + 9)).contains(where: { tokens[$0].flags.contains(.verbForm) && !tokens[$0].flags.contains(.endsInING) || tokens[$0].word == Word.according }) { return i }
            }
            if tokens[i].isMark(";") { return i }
            // "defended the march route and said …": the subject's second reporting verb
            // starts an attribution of its own.
            // Not a base form ("he’d sit Putin down and tell him …": the statement's own verbs)
            // nor an adjective ("the undivided and recognized capital").
            if tokens[i].word == Word.and || tokens[i].word == Word.but, i > a, i + 1 < b, !tokens[i + 1].isCapitalized,
               tokens[i + 1].flags.contains(.verbForm), tokens[i + 1].flags.isDisjoint(with: [.ambiguousVerb, .endsInING]),
               !(isBaseForm(tokens[i + 1]) && hasModalOrTo(a, i)), !isAdjectivePair(and: i),
               // "Police say he posed a deadly threat and refused to drop the gun".
               !(tokens[i].word == Word.and && cue.map { continuesStatement(verb: i + 1, cue: $0, from: a) } ?? false) {
                return i
            }
            // "acknowledging that Mr. Trump had tapped into a vein but warning that …": after a
            // participle's statement, a reporting verb's participle is the speaker's next report.
            if participle, tokens[i].word == Word.and || tokens[i].word == Word.but, i > a, i + 1 < b {
                var v = i + 1
                while v + 1 < b, v - i <= 2, tokens[v].flags.contains(.verbAdverb) { v += 1 }
                if !tokens[v].isCapitalized, tokens[v].flags.contains(.endsInING), tokens[v].flags.contains(.verbForm), !tokens[v].flags.contains(.ambiguousVerb) {
                    // Not the dash or comma before the joining word ("… they have lost - and promising …").
                    var end = i
                    while end > a + 1, tokens[end - 1].kind == .punct { end -= 1 }
                    return end
                }
            }
            i += 1
        }
        return b
    }

    /// Whether the verb at `k`, after "and" inside `a`'s statement, is the statement's own, as
    /// `cutTrailingAttribution` left it there.
    func joinsStatement(_ k: Int, of a: Attribution) -> Bool {
        guard a.content.contains(tokens[k].range.lowerBound), a.cue.upperBound <= tokens[k].range.lowerBound, !tokens[k].flags.contains(.endsInING),
              let cue = tokenSpan(a.cue), let content = tokenSpan(a.content) else { return false }
        return continuesStatement(verb: k, cue: cue.0, from: content.0)
    }

    /// "Police say he posed a deadly threat and refused …": a verb after "and" in another tense
    /// than a finite cue's, in a statement from `a` that has a subject and a verb of its own,
    /// goes on with that subject.
    func continuesStatement(verb: Int, cue: Int, from a: Int) -> Bool {
        guard isFinite(cue), isPastForm(tokens[cue]) != isPastForm(tokens[verb]) else { return false }
        if clauseSubject(from: a, before: verb - 1) { return true }
        // "Osuna said the group is not an advocacy group and supports …": a present verb agrees
        // with the statement's present "is" or "has", not with the past cue ("agrees Trump is
        // an opportunist and said …" is the speaker's next report).
        guard !isPastForm(tokens[verb]), a < verb - 1, tokens[a].isCapitalized || !tokens[a].flags.isDisjoint(with: [.pronoun, .determiner, .quantifier]) else { return false }
        return (a + 1..<verb - 1).contains { Self.presentAuxiliaries.contains(vocabulary.word(tokens[$0].word)) }
    }

    /// A reporting verb with a tense of its own: not after "to", "did", "would" or a negation
    /// a few words before ("he did say …", "would ever endorse", "didn’t disclose"), whose form
    /// says nothing of the time.
    func isFinite(_ k: Int) -> Bool {
        guard vocabulary.verbEntry(tokens[k].word) != nil else { return false }
        return !tokens[max(0, k - 4)..<k].contains { t in
            t.word == Word.to || t.word == Word.not || isAuxiliaryVerb(t) || t.isWord && text[t.range].last == "t" && text[t.range].contains { $0 == "’" || $0 == "'" }
        }
    }

    /// Whether a statement from `a` opens with a subject and its tensed verb before `end` ("he
    /// posed a deadly threat"), so that a later "and" + verb may be the subject's.
    func clauseSubject(from a: Int, before end: Int) -> Bool {
        guard a < end else { return false }
        let first = tokens[a]
        guard first.isCapitalized || !first.flags.isDisjoint(with: [.pronoun, .determiner, .quantifier]) else { return false }
        return (a + 1..<end).contains { k in isTensedVerb(tokens[k]) && !tokens[k].isCapitalized }
    }

    /// Present forms of "be", "have" and "do": a clause's verb with a tense to agree with.
    static let presentAuxiliaries: WordList = ["is", "are", "has", "have", "does", "isn't", "aren't", "hasn't", "haven't", "doesn't", "’s", "'s"]

    /// "…,” said Steve Grubbs, an Iowa operative working for Rand Paul’s campaign.": who the
    /// inverted speaker is, up to the next comma, belongs to the speaker as it does before a cue
    /// ("Robby Mook, Clinton's campaign manager, said"). `k` is the token after the name; the
    /// result is where the speaker ends, `k` when no appositive follows the name.
    func invertedAppositiveEnd(after k: Int, sentence: Range<Int>) -> Int {
        guard k + 2 < sentence.upperBound, tokens[k].isMark(",") else { return k }
        // "Iman Cesari, 30, a county employee": an age, then who they are.
        var from = k + 1
        if tokens[from].kind == .number, from + 2 < sentence.upperBound, tokens[from + 1].isMark(",") { from += 2 }
        let first = tokens[from]
        // A role may open without an article: "president of Rock the Vote", "senior counsel in
        // the Brennan Center's Democracy Program"; not a verb, a clause word or a time.
        let bareRole = !first.isCapitalized && first.kind == .word && !endsInED(first) && !Word.subordinators.contains(first.word)
            && first.flags.isDisjoint(with: [.verbForm, .auxiliary, .beForm, .pronoun, .phraseBoundary, .phraseStarter, .connective, .contrast, .clauseLink, .timeNoun, .cue, .endsInING, .determiner, .quantifier, .verbAdverb])
            && !SpeakerResolver.endsInLY(first, text)
            // (Not how they said it: "…, said Robin Maynard, half joking.")
            && !(from + 1 < sentence.upperBound && tokens[from + 1].flags.contains(.endsInING))
        guard first.kind == .word, first.word == Word.who || isDeterminerOrOwner(first) && first.word != Word.that && first.word != Word.this || bareRole
                || first.isCapitalized && !first.flags.contains(.pronoun) && first.flags.isDisjoint(with: [.timeNoun, .connective, .phraseStarter]) else { return k }
        // To the next comma: what follows one may be the writer's ("…, a coach, as he left").
        var end = nextComma(from: from, in: sentence)
        while end > k + 1, tokens[end - 1].kind == .punct, tokens[end - 1].kind != .closeQuote, !tokens[end - 1].isMark(")") { end -= 1 }
        // Not a second statement or a report: "…, said Smith, adding that …", "…; he …".
        let relative = first.word == Word.who
        let other = tokens[from..<end].contains { t in
            t.isMark(";") || t.kind == .openQuote || t.kind == .ambiguousQuote || !relative && (t.flags.contains(.cue) && !t.isCapitalized || isAuxiliaryVerb(t) && !t.isCapitalized)
        }
        return other || end - k > 30 ? k : end
    }

    /// "…, said Mr. Burman (a view echoed by …).", "…, says Ms. Lee — and she is not alone.":
    /// an aside in brackets or dashes after an inverted speaker is the writer's, not the name's.
    /// A party tag or a name in brackets is the name's: "said Rep. Jim Clyburn (D-S.C.)".
    func endsInvertedSpeaker(_ k: Int, sentence: Range<Int>) -> Bool {
        let t = tokens[k]
        if t.isMark("(") { return k + 1 >= sentence.upperBound || !tokens[k + 1].isCapitalized }
        // "(D-Conn.)": a period before a closing bracket is the tag's abbreviation's.
        if t.isMark("."), k + 1 < sentence.upperBound, tokens[k + 1].isMark(")") { return false }
        return t.isMark(",") || t.isMark(".") || t.isMark("—") || t.isMark("–")
    }

    func isContentStart(_ i: Int, _ sentence: Range<Int>) -> Bool { tokens[i].isWord || tokens[i].kind != .punct }

    /// Where the reported content begins after the cue: past "that", a colon or comma, and a
    /// short object or time phrase before "that" or a colon ("told reporters on Friday that …").
    func contentStart(after i: Int, sentence: Range<Int>, lemma: String, lists: LemmaLists) -> Int? {
        guard i < sentence.upperBound else { return nil }
        // "…, Mr. Burman said (a view echoed by others).": an aside that closes the sentence is
        // the writer's, and what was said came before the cue. One before the statement is
        // passed over: "said (in a statement) that …".
        if tokens[i].isMark("("), let close = (i..<sentence.upperBound).first(where: { tokens[$0].isMark(")") }) {
            if !tokens[(close + 1)..<sentence.upperBound].contains(where: { $0.kind != .punct }) { return nil }
            return contentStart(after: close + 1, sentence: sentence, lemma: lemma, lists: lists)
        }
        // "believe are promising but that lack …": "but" joins the writer's next clause.
        if Word.coordinators.contains(tokens[i].word) { return nil }
        // (Unless too little is left to be a statement on its own, "pleads for his life", or the
        // preposition says for how long: "argued for decades that …".)
        if i + 1 < sentence.upperBound, Self.objectPrepositionWords.contains(tokens[i].word), lists.contains(.objectPreposition), Self.objectPrepositions[lemma]?.contains(tokens[i].word) == true, tokens[i + 1].isWord || tokens[i + 1].kind == .openQuote || tokens[i + 1].kind == .ambiguousQuote {
            let end = nextComma(from: i + 1, in: sentence)
            let duration = tokens[(i + 1)..<min(end, i + 4)].contains { !$0.flags.isDisjoint(with: [.timeNoun, .timeUnit]) || $0.kind == .number } || tokens[(i + 1)..<end].contains { $0.word == Word.that }
            if !duration, wordCount(i + 1, end) >= 3 { return i + 1 }
        }
        // "what Zimmerman described as a “piece of history”": with its object before it, the
        // verb's "as" opens what the thing was called.
        if tokens[i].word == Word.as, i + 1 < sentence.upperBound, lists.contains(.describesAs), tokens[i + 1].isWord || tokens[i + 1].kind == .openQuote || tokens[i + 1].kind == .ambiguousQuote { return i + 1 }
        // "put it bluntly: …", "said simply: …": how it was said, then what.
        if i + 2 < sentence.upperBound, tokens[i].kind == .word, !tokens[i].isCapitalized, SpeakerResolver.endsInLY(tokens[i], text), tokens[i + 1].isMark(":") { return i + 2 }
        // "…, the company said the day before.", "wrote the next morning": a time is no content.
        // Only "the", an adjective at most, the time noun, and "before" or "after": not an
        // object with its time ("announced his candidacy last year").
        if tokens[i].word == Word.the {
            let end = nextComma(from: i, in: sentence)
            // Word by word, with no array built: at most one modifier, the noun, one relative word.
            var seenNoun = false, before = 0, after = 0, isTime = true
            for t in tokens[(i + 1)..<end] where t.isWord {
                if seenNoun {
                    after += 1
                    if after > 1 || !Word.relativeTimes.contains(t.word) { isTime = false; break }
                } else if t.flags.contains(.timeNoun) {
                    seenNoun = true
                } else {
                    before += 1
                    if before > 1 || t.isCapitalized || !t.flags.isDisjoint(with: [.verbForm, .auxiliary, .beForm, .pronoun, .determiner]) { isTime = false; break }
                }
            }
            if isTime && seenNoun { return nil }
        }
        // "said on Friday he met …", "said Thursday his biggest worry …": past the time.
        if let j = timePhraseEnd(from: i, sentence: sentence), j < sentence.upperBound {
            if tokens[j].word == Word.that { return afterThat(j, sentence: sentence) }
            // "said on March 3, 2016, that …"
            if tokens[j].isMark(","), j + 2 < sentence.upperBound, tokens[j + 1].word == Word.that { return j + 2 }
            if tokens[j].isWord, !tokens[j].flags.contains(.phraseStarter), tokens[j].word != Word.for || lemma.hasPrefix("call") { return j }
            // "promised on Tuesday to refrain from …": the infinitive after the time.
            if tokens[j].word == Word.to, lists.contains(.toInfinitive), j + 1 < sentence.upperBound, tokens[j + 1].isWord, !tokens[j + 1].isCapitalized, !tokens[j + 1].flags.contains(.determiner) { return j }
        }
        let first = tokens[i]
        if first.word == Word.that { return afterThat(i, sentence: sentence) }
        // "argued insistently that …", "recognized long ago that …": how or when, then "that".
        var adverbEnd = i
        while adverbEnd < sentence.upperBound, adverbEnd - i < 3, tokens[adverbEnd].kind == .word, !tokens[adverbEnd].isCapitalized,
              tokens[adverbEnd].flags.contains(.verbAdverb) || SpeakerResolver.endsInLY(tokens[adverbEnd], text) || Word.relativeTimes.contains(tokens[adverbEnd].word) { adverbEnd += 1 }
        if adverbEnd > i, adverbEnd < sentence.upperBound, tokens[adverbEnd].word == Word.that { return afterThat(adverbEnd, sentence: sentence) }
        // "said this was a rough patch": "this" with no time noun after it opens the content.
        if first.word == Word.this, timePhraseEnd(from: i, sentence: sentence) == nil { return i }
        // "told reporters on Friday that …", "stated in an interview with Fox that …"
        if lists.contains(.tellLike) || first.flags.contains(.phraseStarter) {
            var j = i
            var steps = 0
            while j < sentence.upperBound && steps < 12 {
                let t = tokens[j]
                // "warned North Korea to refrain from actions that would …": the infinitive is
                // what was urged; a "that" after it is a relative clause's.
                if t.word == Word.to, j > i, lists.contains(.toInfinitive), j + 1 < sentence.upperBound, tokens[j + 1].kind == .word,
                   !tokens[j + 1].isCapitalized, !tokens[j + 1].flags.contains(.determiner) { break }
                // "respond to questions about companies that have outsourced jobs": after a noun,
                // "that" and a verb are a relative clause of the noun's, not what was said.
                if t.word == Word.that {
                    let start = afterThat(j, sentence: sentence)
                    return j > i && start == j ? nil : start
                }
                // "wrote in both listings he was …", "said in a statement they would appeal": a
                // subject pronoun after the phrase opens the content.
                if lists.contains(.tell) || first.flags.contains(.timePreposition), isSubjectPronoun(at: j, after: i, sentence: sentence, addressee: lists.contains(.tell)),
                   // "said in the speech he gave Tuesday that …": the pronoun's clause is the noun's.
                   !(j..<min(j + 8, sentence.upperBound)).contains(where: { tokens[$0].word == Word.that || tokens[$0].isMark(":") }) { return j }
                // "told reporters: “…”", "scolded him: …": the colon opens the content.
                if t.isMark(":"), j > i { return j + 1 < sentence.upperBound ? j + 1 : nil }
                // A place's commas: "said at a stop in Toledo, Ohio, that …".
                // "said at a news conference, “…”": the quotation after the phrase.
                if t.isMark(","), j > i, j + 1 < sentence.upperBound, tokens[j + 1].kind == .openQuote || tokens[j + 1].kind == .ambiguousQuote { return j + 1 }
                // "announced on her Facebook page, in all capital letters, “…”": an aside, then it.
                if t.isMark(","), j > i {
                    var m = j + 1
                    while m < sentence.upperBound, m - j <= 8, tokens[m].kind == .word, !isTensedVerb(tokens[m]), !isAuxiliaryVerb(tokens[m]) { m += 1 }
                    if m > j + 1, m + 1 < sentence.upperBound, tokens[m].isMark(","), tokens[m + 1].kind == .openQuote || tokens[m + 1].kind == .ambiguousQuote { return m + 1 }
                }
                if t.isMark(","), j > i, tokens[j - 1].isCapitalized, j + 1 < sentence.upperBound, tokens[j + 1].isCapitalized || tokens[j + 1].word == Word.that {
                    j += 1
                    steps += 1
                    continue
                }
                // An owner's apostrophe: "wrote to Sanders’ Senate office that …".
                let possessive = t.kind == .punct && j > i && isOwnersApostrophe(j)
                // A show's name in quotation marks, words in title case: "said in an interview on
                // “Morning Joe” that …" (not "vowed to “take our fight” to the states that …").
                if t.kind == .openQuote || t.kind == .ambiguousQuote, j > i,
                   let close = (j + 1..<min(sentence.upperBound, j + 7)).first(where: { tokens[$0].kind == .closeQuote || tokens[$0].kind == .ambiguousQuote }),
                   close > j + 1, tokens[j + 1].isCapitalized,
                   // ("“State of the Union”": a title's short lowercase words.)
                   tokens[(j + 1)..<close].allSatisfy({ $0.kind == .word && ($0.isCapitalized || $0.range.count <= 3 && $0.flags.contains(.englishFunctionWord)) || $0.kind == .punct && !$0.isMark(",") }) {
                    j = close + 1
                    steps += 1
                    continue
                }
                if !possessive, t.isMark(",") || t.isMark(".") || t.isMark(";") || t.kind != .word && t.kind != .number { break }
                j += 1
                steps += 1
            }
        }
        // "told him he had never been …", "told them the city would not pay": whom, then what.
        if Word.objectPronouns.contains(first.word), !first.isCapitalized, i + 3 < sentence.upperBound, lists.contains(.tell) {
            let next = tokens[i + 1]
            if next.kind == .word, next.isCapitalized || !next.flags.isDisjoint(with: [.determiner, .pronoun]), next.word != Word.that, wordCount(i + 1, sentence.upperBound) >= 3 {
                return i + 1
            }
        }
        if lists.contains(.tell), let start = clauseAfterAddressee(i, sentence: sentence) { return start }
        var k = i
        if tokens[k].isMark(":") { k += 1 }
        // "said, among other things, that …", "says, win or lose in Tuesday’s primary, he’s
        // staying": an aside between the cue and "that" or a subject pronoun.
        if k < sentence.upperBound, tokens[k].isMark(",") {
            var j = k + 1
            while j < sentence.upperBound, j - k <= 10, tokens[j].kind == .word { j += 1 }
            if j > k + 1, j + 2 < sentence.upperBound, tokens[j].isMark(",") {
                if tokens[j + 1].word == Word.that, j - k <= 7 { return j + 2 }
                if tokens[j + 1].flags.contains(.pronoun), tokens[j + 1].word != Word.you, tokens[j + 2].kind == .word,
                   !tokens[(k + 1)..<j].contains(where: { !$0.flags.isDisjoint(with: [.cue, .verbForm, .auxiliary]) }) { return j + 1 }
            }
        }
        // "said, “…”" — a comma after the cue leads only into a quotation.
        if k < sentence.upperBound, tokens[k].isMark(",") {
            guard k + 1 < sentence.upperBound, tokens[k + 1].kind == .openQuote || tokens[k + 1].kind == .ambiguousQuote else { return nil }
            k += 1
        }
        guard k < sentence.upperBound else { return nil }
        let next = tokens[k]
        if next.flags.contains(.phraseStarter) {
            if next.word == Word.to, lists.contains(.toInfinitive) { return k }
            // "admitted to threatening the girl": a gerund after "to" is what was said.
            if next.word == Word.to, k + 1 < sentence.upperBound, tokens[k + 1].flags.contains(.endsInING), !tokens[k + 1].isCapitalized { return k + 1 }
            // "said about half of …": an amount, not a topic.
            if next.word == Word.about, k + 1 < sentence.upperBound, tokens[k + 1].kind == .number || tokens[k + 1].flags.contains(.quantityWord) { return k }
            // "talked about how devastating it was", "complained about the rules": the topic is
            // what was said, for verbs that name one with "about"; "pleaded with the officers to
            // spare him", "alluded to her ambitions".
            if lists.contains(.topicPreposition), Self.topicPreposition[lemma] == next.word, k + 1 < sentence.upperBound { return k + 1 }
            return nil
        }
        // "argue — and Sanders presumably believes — that …": an aside between dashes, then the
        // statement; "than Google promised – it's revealed …": after one dash the writer goes on.
        if next.isMark("—") || next.isMark("–") {
            guard let close = (k + 1..<min(sentence.upperBound, k + 12)).first(where: { tokens[$0].isMark(next.isMark("—") ? "—" : "–") }),
                  close + 1 < sentence.upperBound, tokens[close + 1].isWord else { return nil }
            return tokens[close + 1].word == Word.that ? (close + 2 < sentence.upperBound ? close + 2 : nil) : close + 1
        }
        if next.isMark(".") || next.isMark(",") || next.isMark(";") { return nil }
        return k
    }

    /// "told reporters the plan would fail", "told the committee no evidence supports it": whom
    /// (a few words of a noun phrase from `i`), then a clause with no "that", opened by a
    /// determiner, "no" or a number, with its verb after (`headsClause`). Where that clause starts,
    /// or nil ("told the tale of a man who …", "told reporters the day before").
    func clauseAfterAddressee(_ i: Int, sentence: Range<Int>) -> Int? {
        var j = i
        if j < sentence.upperBound, isDeterminerOrOwner(tokens[j]) { j += 1 }
        let nounStart = j
        while j < sentence.upperBound, j - nounStart < 3, tokens[j].kind == .word, !isDeterminerOrOwner(tokens[j]), tokens[j].word != Word.no,
              tokens[j].isCapitalized || tokens[j].flags.isDisjoint(with: [.englishFunctionWord, .phraseBoundary, .phraseStarter, .pronoun, .auxiliary, .beForm, .verbForm, .cue, .timeNoun, .quantifier]) {
            j += 1
        }
        guard j > nounStart, j + 2 < sentence.upperBound else { return nil }
        let opener = tokens[j]
        guard opener.kind == .number || opener.word == Word.no || opener.flags.contains(.determiner) && opener.word != Word.that && opener.word != Word.this else { return nil }
        // With its verb before any comma: "the city would not pay".
        return headsClause(j, sentence: sentence) ? j : nil
    }

    /// Where the content starts after the "that" at `j`: past it, unless a verb follows, which
    /// makes "that" the clause's subject ("estimates that could be more like 300 miles").
    func afterThat(_ j: Int, sentence: Range<Int>) -> Int? {
        guard j + 1 < sentence.upperBound else { return nil }
        return isAuxiliaryVerb(tokens[j + 1]) && !tokens[j + 1].isCapitalized ? j : j + 1
    }

    /// A subject pronoun at `j` that opens a clause after a short phrase of places, times and
    /// whom (from `i`): not the phrase's own object ("said of it"), not after a clause word
    /// ("on Friday when he …", "how surprised he is"), a verb ("urged Iran to resume talks it
    /// abandoned") or a noun it may be a clause of ("said the coal he mined").
    /// After "told", one word may be whom ("told reporters he would run").
    func isSubjectPronoun(at j: Int, after i: Int, sentence: Range<Int>, addressee: Bool = false) -> Bool {
        guard j >= i + (addressee ? 1 : 2), j - i <= 10, j + 1 < sentence.upperBound, tokens[j].flags.contains(.pronoun), tokens[j].word != Word.you,
              tokens[j + 1].kind == .word, tokens[j - 1].kind != .punct, tokens[j - 1].flags.contains(.timeNoun) || tokens[j - 1].flags.isDisjoint(with: [.phraseBoundary, .cue]),
              // "tell the I.R.S. anything it doesn't know": an indefinite pronoun's clause.
              !vocabulary.word(tokens[j - 1].word).hasSuffixBytes("thing") else { return false }
        return !tokens[(tokens[i].flags.contains(.timePreposition) ? i + 1 : i)..<j].contains { t in
            t.word == Word.to || !t.flags.isDisjoint(with: [.cue, .verbForm, .auxiliary])
                || t.flags.contains(.phraseBoundary) && t.flags.isDisjoint(with: [.namePreposition, .timePreposition, .timeNoun])
        }
    }

    /// The end of a time phrase starting at token `i` ("on Friday", "Thursday night", "last
    /// week", "earlier this month"), or nil when none starts there.
    func timePhraseEnd(from i: Int, sentence: Range<Int>) -> Int? {
        // "argued for decades that …", "has said for two years …", "over the past months".
        if i < sentence.upperBound, tokens[i].word == Word.for || tokens[i].word == Word.over {
            var j = i + 1
            while j < sentence.upperBound, j - i <= 3, tokens[j].kind == .number || !tokens[j].flags.isDisjoint(with: [.determiner, .quantityWord, .quantifier, .timeModifier]) { j += 1 }
            if j < sentence.upperBound, tokens[j].flags.contains(.timeUnit) { return j + 1 }
        }
        var j = i
        if j < sentence.upperBound, tokens[j].flags.contains(.timePreposition) { j += 1 }
        while j < sentence.upperBound, j - i < 3, tokens[j].flags.contains(.timeModifier) { j += 1 }
        let nounStart = j
        while j < sentence.upperBound, j - nounStart < 2, tokens[j].flags.contains(.timeNoun) { j += 1 }
        // "in June 2012", "on March 3, 2016", "in 2012": a date's day and year are the time's.
        if j > nounStart, tokens[j - 1].flags.contains(.month) {
            if j < sentence.upperBound, isYear(tokens[j]) || isDay(tokens[j]) { j += 1 }
            if j + 1 < sentence.upperBound, tokens[j].isMark(","), isYear(tokens[j + 1]) { j += 2 }
        } else if j == nounStart, j > i, j < sentence.upperBound, tokens[i].flags.contains(.timePreposition), isYear(tokens[j]) {
            j += 1
        }
        return j > nounStart ? j : nil
    }

    /// A year as `QuantityParser` reads one ("2012").
    func isYear(_ t: TextToken) -> Bool {
        t.kind == .number && (QuantityParser.parseNumber(text, t.range).map { QuantityParser.isYear(t, value: $0, text) } ?? false)
    }

    /// A day of the month after its name ("June 3").
    func isDay(_ t: TextToken) -> Bool {
        t.kind == .number && t.range.count <= 2 && (QuantityParser.parseNumber(text, t.range).map { $0 >= 1 && $0 <= 31 } ?? false)
    }

    /// Cues whose object is a thing, not a clause: "the loopholes he cited".
    static let objectLemmas: WordList = [
        "cite", "want", "mention", "describe", "quote", "propose", "recommend", "demand", "offer", "praise", "criticize", "endorse",
        "support", "reject",
    ]
    /// Words before a time that opens a sentence: "Last week", "Earlier this month".
    static let timeLeadIns: WordList = ["last", "this", "next", "earlier", "later", "late", "early"]
    /// Quantifiers that make the noun after them plural: "more references", "fewer claims".
    static let comparativeQuantifiers: WordList = ["more", "fewer"]
    /// Words that open the writer's exhortation: "Let’s hope", "Let us pray".
    static let exhortations: WordList = ["let’s", "let's", "let", "lets"]
    /// Nouns for what is said, which "added" can take as its object ("added a caveat").
    static let wordsOfSpeech: WordList = statementNouns.union(["words", "caveat", "note", "comment", "remark", "message", "caption", "plea", "reminder", "qualifier", "footnote"])
    /// Cues whose object is the person told: "told reporters", "informed the committee".
    static let tellLemmas: WordList = ["tell", "inform", "remind", "assure", "notify", "brief"]
    /// Participles that open a sentence as a byline or a connective ("Writing for …").
    static let frontedOnlyBeforeThat: WordList = ["write", "report", "add"]
    /// What a team, a company or a candidate posts that is a result, not a message.
    static let postedResults: WordList = [
        "victory", "win", "wins", "loss", "losses", "gain", "gains", "record", "profit", "profits", "revenue", "grade", "score",
        "decline", "increase", "growth", "lead", "deficit", "surplus", "return", "returns", "earnings", "results",
    ]
    /// Verbs of an aim: an attribution only before "to" ("plans to run", "seeks to rally").
    static let aimLemmas: WordList = ["seek", "plan", "intend"]
    /// Verbs that report a clause but keep or go on with a noun phrase ("maintained a lead",
    /// "continued its expansion").
    static let clauseOnlyLemmas: WordList = ["maintain", "continue", "observe"]

    /// Subjects that report findings without "that": "A Bloomberg poll shows Clinton ahead".
    static let findingNouns: WordList = [
        "poll", "polls", "polling", "study", "studies", "survey", "surveys", "data", "report", "reports", "research",
        "analysis", "numbers", "figures", "records", "documents", "review", "audit", "investigation", "inquiry",
        "estimates", "census", "results", "emails", "filings", "video", "footage", "averages", "statistics", "evidence",
        "average", "tally", "email", "photo", "photos", "image", "images", "recording", "recordings", "transcript", "transcripts", "memo", "memos",
    ]

    /// Verbs whose topic, or whom they plead with, follows a preposition of their own.
    static let topicPreposition: [String: Int32] = {
        var out: [String: Int32] = [:]
        for lemma in ["talk", "complain", "joke", "boast", "brag", "muse", "speculate", "lament", "write", "tweet", "post"] { out[lemma] = Word.about }
        out["plead"] = Word.with
        out["allude"] = Word.to
        return out
    }()

    /// Words that open a phrase of place, time or company before a sentence's subject.
    static let openingPrepositions: WordIDSet = WordIDSet(["in", "on", "at", "among", "during", "after", "before", "since", "throughout", "then", "back"].map(Lexicon.catalog.named))

    /// Verbs that call a thing something with "as": "described X as Y", "what she described as Y".
    static let asLemmas: WordList = ["describe", "characterize", "label", "brand", "portray", "dismiss", "refer to", "cast", "depict", "decry", "denounce", "hail", "tout"]

    /// Verbs that take what they ask for, argue against or warn about after a preposition of
    /// their own ("calling for his dismissal", "railed against the deal"): the statement
    /// starts after it.
    static let objectPrepositions: [String: WordIDSet] = {
        var out: [String: WordIDSet] = [:]
        for lemma in ["call", "hope", "press", "push", "plead", "advocate", "lobby", "pray", "beg", "appeal", "apologize", "clamor"] { out[lemma] = [Word.for] }
        for lemma in ["rail", "caution", "decide", "inveigh", "protest"] { out[lemma] = [Word.against] }
        for lemma in ["argue", "campaign", "vote"] { out[lemma] = [Word.for, Word.against] }
        out["warn"] = [Word.against, Word.about]
        out["ask"] = [Word.for, Word.about]
        // "expressed confidence in the veteran forward", "expressed concern about the cost".
        out["express confidence"] = [Word.in]
        out["express concern"] = [Word.about, Word.over, Word.for]
        out["express optimism"] = [Word.about]
        return out
    }()

    /// Every word of `objectPrepositions`: a bit test first, as most words after a cue are
    /// none of them and the table hashes the lemma.
    static let objectPrepositionWords: WordIDSet = [Word.for, Word.against, Word.about, Word.in, Word.over]

    /// Forms that are no cue before these words: "pleaded guilty" is a court's plea,
    /// "requested anonymity" a source's condition.
    /// Asked of every cue: two short lemmas compare faster than a dictionary hashes one.
    static let notCueBefore: [(lemma: String, before: WordIDSet)] = [("plead", Word.pleas), ("request", [Word.anonymity])]

    /// Verbs of a published source in "as reported by X".
    static let passedOnLemmas: WordList = ["report", "note", "reveal", "detail", "document", "disclose"]

    /// Cues whose content is a to-infinitive: "urged officials to adapt", "wants to triple".
    static let toInfinitiveLemmas: WordList = [
        "urge", "call on", "ask", "warn", "caution", "advise", "promise", "pledge", "vow", "threaten", "call for", "demand",
        "tell", "expect", "propose", "want", "plan", "intend", "decline", "refuse", "agree", "decide", "offer", "hope",
        "seek",
    ]

    /// Words that begin a time or place phrase after a cue, not the reported content.
    static let phraseStarters: WordList = [
        "on", "in", "at", "during", "after", "before", "last", "this", "late", "early", "earlier", "later", "yesterday",
        "today", "tonight", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "by", "of",
        "about", "as", "through", "so", "and", "but", "when", "while", "with", "to", "from", "repeatedly", "again",
        "publicly", "privately", "recently", "previously", "also",
    ]

    /// Drops a trailing time phrase from a speaker: "the ministry on Friday" → "the ministry".
    func trimTemporal(_ a: Int, _ b: Int) -> Int {
        var i = a
        while i < b {
            // "a paper published in the journal Nature": the participle's place is the source's.
            // After a role it may be the speech's ("said the spokesman in a statement").
            // "said Ann Late": a capitalised word after a name is the name's.
            if i > a, tokens[i].flags.contains(.speakerEnd), !(isPlaceOfSpeaker(i) && endsInED(tokens[i - 1])),
               !(tokens[i].isCapitalized && tokens[i - 1].isCapitalized && tokens[i - 1].kind == .word) { return i }
            i += 1
        }
        return b
    }

    /// "officials in Washington", "analysts at Goldman Sachs", "a paper published in the
    /// journal Nature": an "in" or "at" after a role, a body or a participle says where they
    /// are, and belongs to the speaker.
    func isPlaceOfSpeaker(_ i: Int) -> Bool {
        guard i > 0, tokens[i].word == Word.in || tokens[i].word == Word.at else { return false }
        let before = tokens[i - 1]
        // "another study in older adults showed": whom a finding is about stays with it too.
        if !before.flags.isDisjoint(with: [.agent, .anonymous, .orgHead]) || isRoleNoun(before) || endsInED(before) && !before.isCapitalized
            || before.flags.contains(.findingNoun) && tokens[i].word == Word.in { return true }
        // "the University of Michigan in Ann Arbor": a body's name, ending in another word.
        var k = i - 1
        while k > 0, i - k < 8, tokens[k].isCapitalized || (tokens[k].word == Word.of || tokens[k].word == Word.for) && tokens[k - 1].isCapitalized {
            if tokens[k].isCapitalized && tokens[k].flags.contains(.orgHead) { return k < i - 1 }
            k -= 1
        }
        return false
    }

    /// The noun phrase that ends right before token `end`, walking left.
    func speakerPhrase(endingAt end: Int, sentence: Range<Int>) -> (Int, Int)? {
        guard end > sentence.lowerBound else { return nil }
        // "Rep. Gwen Moore (D-Wis.) said": the party tag belongs to the speaker.
        if tokens[end - 1].isMark(")") {
            guard end - 2 >= sentence.lowerBound else { return nil }
            var open = end - 2
            while open > sentence.lowerBound, !tokens[open].isMark("("), end - open < 8 { open -= 1 }
            if tokens[open].isMark("("), let inner = speakerPhrase(endingAt: open, sentence: sentence) { return (inner.0, end) }
            return nil
        }
        let last = tokens[end - 1]
        // "47% say": a share of people.
        if last.isMark("%") { return end - 2 >= sentence.lowerBound && tokens[end - 2].kind == .number ? (end - 2, end) : nil }
        guard last.isWord, last.word != Word.and, last.word != Word.or else { return nil }
        // "families of victims, many of whom say …": a share of the noun before the comma.
        if last.word == Word.whom, end - 3 >= sentence.lowerBound, tokens[end - 2].word == Word.of,
           tokens[end - 3].flags.contains(.quantifier) || tokens[end - 3].flags.contains(.pluralQuantifier) || tokens[end - 3].kind == .number {
            return (end - 3, end)
        }
        // "Theresa May", "USA Today": after a capitalised word, a name's.
        // "Will Moy", "May Bulman": before a capitalised word, the first name; not a question's
        // first word ("Will Trump say …?").
        func isNamePart(_ k: Int) -> Bool {
            guard tokens[k].isCapitalized, Word.wordsInNames.contains(tokens[k].word) else { return false }
            if k + 1 < end, k > sentence.lowerBound || !tokens[sentence.upperBound - 1].isMark("?"), tokens[k + 1].isCapitalized, tokens[k + 1].kind == .word, tokens[k + 1].flags.isDisjoint(with: [.pronoun, .phraseBoundary, .determiner]) { return true }
            return k > sentence.lowerBound && tokens[k - 1].isCapitalized && tokens[k - 1].kind == .word
                && tokens[k - 1].flags.isDisjoint(with: [.phraseBoundary, .determiner])
        }
        // "A report released last year found", "a panel in 2001 found": the time is not the speaker.
        if end - 3 >= sentence.lowerBound {
            let before = tokens[end - 2].flags
            // ("Four in 10 voters say", "4 in 10 say": a share, not a time.)
            let share = last.kind == .number && (tokens[end - 3].kind == .number || tokens[end - 3].flags.contains(.quantityWord) || tokens[end - 3].word == Word.one)
            let isTime = (before.contains(.timeModifier) && last.flags.contains(.timeNoun))
                || (before.contains(.timePreposition) && (last.kind == .number && !share || last.flags.contains(.timeNoun)))
            if isTime, tokens[end - 3].isWord, let inner = speakerPhrase(endingAt: end - 2, sentence: sentence) { return inner }
        }
        // "Trump at the time said", "the company in the morning said".
        if end - 4 >= sentence.lowerBound, last.flags.contains(.timeNoun) || last.word == Word.time, tokens[end - 2].flags.contains(.determiner), tokens[end - 3].flags.contains(.timePreposition) || tokens[end - 3].word == Word.at,
           tokens[end - 4].isWord, let inner = speakerPhrase(endingAt: end - 3, sentence: sentence) { return inner }
        // "A news report published Wednesday said": a participle's time is not the speaker.
        if last.flags.contains(.timeNoun), end - 2 > sentence.lowerBound, endsInED(tokens[end - 2]),
           let inner = speakerPhrase(endingAt: end - 1, sentence: sentence) { return inner }
        // "… listeners who said they …": the relative pronoun stands for the speaker.
        // "Podesta, who said …": the name the relative pronoun stands for, with it.
        if last.word == Word.who, end - 2 > sentence.lowerBound, tokens[end - 2].isMark(","),
           let antecedent = speakerPhrase(endingAt: end - 2, sentence: sentence), tokens[antecedent.1 - 1].isCapitalized {
            // "He met Sen. Bernie Sanders, who said": the verb's object, not the verb ("the newly
            // elected senator" keeps its participle).
            // A form in -ed after a noun is a verb too ("The party courted Bill Clinton, who
            // declined"); after an article, an owner or an adverb it is an adjective.
            let verb = (antecedent.0..<antecedent.1 - 1).last { k in
                tokens[k].flags.contains(.irregularPast) && !tokens[k].isCapitalized || k == antecedent.0 && endsInED(tokens[k])
                    || k > antecedent.0 && endsInED(tokens[k]) && !isDeterminerOrOwner(tokens[k - 1]) && !SpeakerResolver.endsInLY(tokens[k - 1], text)
                        && tokens[k - 1].flags.isDisjoint(with: [.degreeWord, .phraseBoundary])
            }
            return ((verb.map { $0 + 1 } ?? antecedent.0), end)
        }
        // "let me [know]", "made them [think]": an object pronoun is nobody's subject, but for
        // a part of it ("many of them").
        // Nor for a source's ("Those close to him", "aides to her", "people familiar with them").
        let sourceOf = Word.objectPronouns.contains(last.word) && end - 3 >= sentence.lowerBound && tokens[end - 3].isWord
            && (tokens[end - 2].word == Word.to && (tokens[end - 3].word == Word.close || tokens[end - 3].flags.contains(.agent))
                || tokens[end - 2].word == Word.with && Word.knowing.contains(tokens[end - 3].word))
        if Word.objectPronouns.contains(last.word), !last.isCapitalized, last.word != Word.her, !sourceOf, end - 2 < sentence.lowerBound || tokens[end - 2].word != Word.of { return nil }
        if !sourceOf, last.flags.contains(.pronoun) || last.word == Word.who { return (end - 1, end) }
        if (last.flags.contains(.phraseBoundary) || last.flags.contains(.determiner)) && !isNamePart(end - 1) && !sourceOf { return nil }
        // "GOP insiders across the four states said", "The reports said": "states", or a form
        // in -s that is also a noun, after a determiner or a number is the noun.
        let statesNoun = (last.word == Word.states || last.flags.contains(.ambiguousVerb) && text[last.range.upperBound - 1] == "s") && end - 2 >= sentence.lowerBound
            && (tokens[end - 2].kind == .number || isDeterminerOrOwner(tokens[end - 2]) || !tokens[end - 2].flags.isDisjoint(with: [.quantityWord, .quantifier, .pluralQuantifier]))
        if last.flags.contains(.verbForm) && !last.isCapitalized && !statesNoun { return nil }
        var start = end - 1
        while start > sentence.lowerBound {
            let t = tokens[start - 1]
            // "the “Pose” star", "the “Shark Tank” investor": a show's name in quotation marks,
            // in title case, between a determiner and the role.
            if t.kind == .closeQuote || t.kind == .ambiguousQuote, end - start <= 2, !tokens[start].isCapitalized,
               let open = (max(sentence.lowerBound, start - 6)..<(start - 1)).last(where: { tokens[$0].kind == .openQuote || tokens[$0].kind == .ambiguousQuote }),
               open + 1 < start - 1, open > sentence.lowerBound, tokens[open - 1].flags.contains(.determiner) || isDeterminerOrOwner(tokens[open - 1]),
               tokens[(open + 1)..<(start - 1)].allSatisfy({ $0.kind == .word && $0.isCapitalized }) {
                start = open
                continue
            }
            if t.kind == .punct {
                // Possessives and joined names: "China’s", "AT&T", "Jones-Smith". A hyphen with
                // a space on either side is a dash ("BERLIN -- The agency said").
                if (t.isMark("’") || t.isMark("'") || t.isMark("&") || t.isMark("-")), start - 1 > sentence.lowerBound,
                   !t.isMark("-") || t.range.upperBound == tokens[start].range.lowerBound && tokens[start - 2].range.upperBound == t.range.lowerBound {
                    start -= 1
                    continue
                }
                break
            }
            if t.kind != .word && t.kind != .number { break }
            let w = t.word
            // "people familiar with the matter", "two people briefed on the talks": what the
            // sources know stays with them, so the matter is not the speaker.
            if w == Word.with || w == Word.on || w == Word.in, start - 3 >= sentence.lowerBound, Word.knowing.contains(tokens[start - 2].word), tokens[start - 3].isWord {
                start -= 2
                continue
            }
            if w == Word.and {
                // "Scott Bessent and … Kevin Hassett": join names, and roles ("lead researcher
                // and planetary scientist Lucas Paganini", "voters and activists").
                if start - 2 >= sentence.lowerBound, tokens[start - 2].isCapitalized || isRoleNoun(tokens[start - 2]) { start -= 1; continue }
                // "current and former officials": two words for one noun.
                if end - start >= 2, start - 2 >= sentence.lowerBound, tokens[start - 2].kind == .word, !tokens[start - 2].isCapitalized,
                   end - start <= 3, !tokens[start..<end].contains(where: \.isCapitalized), !isPastTense(tokens[start]),
                   tokens[start].flags.isDisjoint(with: [.determiner, .pronoun, .verbForm, .quantifier, .quantityWord]),
                   tokens[start - 2].flags.isDisjoint(with: [.phraseBoundary, .verbForm, .determiner, .pronoun, .auxiliary]), !isPastTense(tokens[start - 2]),
                   start - 3 < sentence.lowerBound || !tokens[start - 3].isWord || tokens[start - 3].flags.contains(.determiner) {
                    start -= 2
                    break
                }
                break
            }
            // "advisers to Mr. Obama", "a spokeswoman to the governor", "people close to the vice
            // president": a role's "to" stays.
            let roleTo = w == Word.to && start - 2 >= sentence.lowerBound && (tokens[start - 2].flags.contains(.agent) || tokens[start - 2].word == Word.close)
            // "officials in Washington", "analysts at Goldman Sachs", "the embassy in Beijing":
            // where a role or a body is stays with it, so the place is not the speaker.
            let rolePlace = start - 2 >= sentence.lowerBound && isPlaceOfSpeaker(start - 1) && !endsInED(tokens[start - 2])
            // "the National Institute on Drug Abuse", "the Council on Foreign Relations": a
            // body's name goes on through "on".
            let nameOn = w == Word.on && start - 2 >= sentence.lowerBound && tokens[start - 2].isCapitalized && tokens[start - 2].flags.contains(.orgHead)
                && tokens[start].isCapitalized
            // "experts on jail suicide", "analysts on Wall Street": what a role knows or where
            // it works stays with it (not a time: "officials on Tuesday").
            let roleOn = w == Word.on && start - 2 >= sentence.lowerBound && !tokens[start - 2].flags.isDisjoint(with: [.anonymous, .agent])
                && tokens[start].flags.isDisjoint(with: [.timeNoun, .timeModifier, .determiner, .pronoun, .quantifier]) && tokens[start].kind == .word
            // "a study in 50 people with BED": whom a finding is about, with what they have.
            let studiedWith = w == Word.with && start - 2 >= sentence.lowerBound && (isPlural(tokens[start - 2]) || tokens[start - 2].flags.contains(.anonymous))
                && (max(sentence.lowerBound, start - 7)..<(start - 2)).contains { tokens[$0].flags.contains(.findingNoun) }
            // "Voters going to the polls", "residents living near the plant": where people
            // who do something do it stays with them.
            let doingWhere = start - 3 >= sentence.lowerBound && tokens[start - 2].flags.contains(.endsInING) && !tokens[start - 2].isCapitalized
                && tokens[start - 2].flags.isDisjoint(with: [.cue, .verbForm]) && (isPlural(tokens[start - 3]) || !tokens[start - 3].flags.isDisjoint(with: [.agent, .anonymous]))
            // "A poll released by Quinnipiac", "a survey conducted by the network": whose the
            // document is stays with it.
            // "Those in favor of punishment have said": a stance stays with its holders.
            let inFavor = w == Word.in && start + 1 < end && tokens[start].word == Word.favor && tokens[start + 1].word == Word.of
            // "About two-thirds of caucus attendees", "One in four", "a study in over 40,000
            // adults": how many speak, or were studied, stays with them.
            let counted = tokens[start].kind == .number || !tokens[start].flags.isDisjoint(with: [.quantityWord, .quantifier, .pluralQuantifier])
            let aboutCount = (w == Word.about || w == Word.over) && counted
            let oneIn = w == Word.in && counted && start - 2 >= sentence.lowerBound
                && (tokens[start - 2].kind == .number || tokens[start - 2].flags.contains(.quantityWord) || tokens[start - 2].word == Word.one)
            // "At least 8 in 10 voters".
            if w == Word.at, start + 1 < end, tokens[start].flags.contains(.comparison), tokens[start + 1].kind == .number || !tokens[start + 1].flags.isDisjoint(with: [.quantityWord, .quantifier]) {
                start -= 1
                continue
            }
            // "More than half of respondents": "than" and its comparative.
            if t.flags.contains(.than), counted, start - 2 >= sentence.lowerBound, tokens[start - 2].flags.contains(.comparison) {
                start -= 2
                continue
            }
            let madeBy = w == Word.by && start - 3 >= sentence.lowerBound && endsInED(tokens[start - 2]) && tokens[start - 3].kind == .word
                && tokens[start - 3].flags.isDisjoint(with: [.auxiliary, .beForm, .pronoun, .phraseBoundary])
                // "A 2014 study by Loyola Law School professor Justin Levitt found".
                || w == Word.by && start - 2 >= sentence.lowerBound && tokens[start - 2].flags.contains(.findingNoun)
            if t.flags.contains(.phraseBoundary) && !(w == Word.of || w == Word.from || w == Word.for || roleTo || rolePlace || nameOn || roleOn || studiedWith || doingWhere || madeBy || inFavor || aboutCount || oneIn) && !isNamePart(start - 1) { break }
            if t.flags.contains(.verbForm) && !t.isCapitalized { break }
            if t.flags.contains(.pronoun) { break }
            start -= 1
            if end - start > 16 { return nil }
        }
        // A sentence-opening adverb or connective is not part of the speaker.
        while start < end - 1, tokens[start].flags.contains(.connective) { start += 1 }
        // "If it seemed like Trump had written the letter": what seemed is the writer's.
        if start + 2 < end, tokens[start + 1].word == Word.like, Word.likeVerbs.contains(tokens[start].word) { start += 2 }
        // "Prior to launch Google promised", "did not realize Mr. Trump saw": a lowercase word
        // after a preposition or a verb, before a name, is that phrase's, not the speaker's.
        if start > sentence.lowerBound, start < end - 1, !tokens[start].isCapitalized, tokens[start].kind == .word,
           tokens[start - 1].word == Word.to || tokens[start - 1].flags.contains(.auxiliary) || tokens[start - 1].word == Word.not,
           tokens[start].flags.isDisjoint(with: [.determiner, .title, .agent, .anonymous, .quantifier, .quantityWord]), !isRoleNoun(tokens[start]),
           let name = (start + 1..<end).first(where: { tokens[$0].isCapitalized }), tokens[(start + 1)..<name].allSatisfy({ !$0.isWord || !$0.isCapitalized }), name == start + 1 {
            start = name
        }
        // A speaker is somebody: not a time ("last week said"), not a preposition. A name may
        // end in one ("The New York Times").
        if last.flags.contains(.notSpeaker) && !(last.isCapitalized && end - start >= 2) { return nil }
        return (start, end)
    }

    /// A word for people by what they do: an anonymous source ("officials", "experts"), or a
    /// lowercase noun in -er, -or or -ist ("researcher", "senator", "scientist"); not an
    /// institution ("campaign", "government"), which "and" would join to whatever follows.
    func isRoleNoun(_ t: TextToken) -> Bool {
        guard t.kind == .word, !t.flags.contains(.verbForm), !t.flags.contains(.orgHead) else { return false }
        if t.flags.contains(.anonymous) { return true }
        let r = t.range
        guard r.count > 4, !t.isCapitalized else { return false }
        var e = r.upperBound
        if text[e - 1] == "s" { e -= 1 }
        return text[e - 2] == "e" && text[e - 1] == "r" || text[e - 2] == "o" && text[e - 1] == "r"
            || e - r.lowerBound > 4 && text[e - 3] == "i" && text[e - 2] == "s" && text[e - 1] == "t"
    }

    /// "Richard Revesz, director of the institute, said …": the name before an appositive,
    /// with the appositive, ending at the comma before the cue.
    func appositiveSubject(endingAt comma: Int, sentence: Range<Int>) -> (Int, Int)? {
        var i = comma - 1
        var steps = 0
        var partEnd = comma
        while i > sentence.lowerBound, steps < 30 {
            let t = tokens[i]
            if t.kind == .openQuote || t.kind == .closeQuote || t.kind == .ambiguousQuote || t.isMark(";") || t.isMark(":") { return nil }
            if t.isMark(",") {
                // "at the Max Planck Institute in Munich, Germany, and …": a place and its
                // country or state after a preposition are one name, inside the appositive.
                // (One word after the comma, and a comma before the place: "of the European
                // Centre, Ina Kirsch, said" names a person; "Betsy Sharp of Burke County,
                // Georgia, knows" has no appositive.)
                if partEnd - i <= 3, partEnd - i >= 2, tokens[i + 1].isCapitalized, tokens[i + 1].kind == .word,
                   tokens[(i + 2)..<partEnd].allSatisfy({ $0.isMark(".") }),
                   tokens[i - 1].isCapitalized, (max(sentence.lowerBound, i - 5)..<(i - 1)).contains(where: { Self.placeLeadIns.contains(tokens[$0].word) }),
                   (max(sentence.lowerBound, i - 20)..<(i - 1)).contains(where: { tokens[$0].isMark(",") }) {
                    partEnd = i
                    i -= 1
                    steps += 1
                    continue
                }
                defer { partEnd = i }
                // An age between commas: "Roxana M. Leon, 63, an independent voter …, said".
                if i - 2 > sentence.lowerBound, tokens[i - 1].kind == .number, tokens[i - 2].isMark(",") {
                    i -= 2
                    steps += 2
                    continue
                }
                // "at Boeing Defense, Space, and Security, said": the commas of a list of names
                // ("A, B, and C") are inside the appositive.
                if let listStart = serialNameListStart(andComma: i, before: comma, sentence: sentence) {
                    steps += i - listStart
                    i = listStart
                    continue
                }
                let first = tokens[i + 1]
                guard let np = speakerPhrase(endingAt: i, sentence: sentence), i + 1 < comma else { return nil }
                // "In 1986, the Supreme Court blocked …, citing": a time opening the sentence, and
                // the clause after it, are no name and its appositive.
                let head = tokens[np.1 - 1]
                // ("Jane May, a doctor," is a name: a month is a time alone or after a preposition.)
                let alone = np.0 == sentence.lowerBound || tokens[np.0 - 1].flags.contains(.phraseBoundary) && !tokens[np.0 - 1].isCapitalized || tokens[np.0 - 1].word == Word.in
                if np.1 - np.0 <= 2 && (head.kind == .number || isYear(head) || head.flags.contains(.timeNoun) && !head.isCapitalized)
                    || np.1 - np.0 == 1 && alone && !head.flags.isDisjoint(with: [.month, .timeNoun]) { return nil }
                // "Rubio, particularly in …, has preached unity, claiming …": a verb group
                // between the commas is the sentence's predicate, not an appositive.
                if isAuxiliaryVerb(first) { return nil }
                // "… with Republicans, and the meeting deteriorated from there, said one GOP
                // source": ", and" with a verb goes on with another clause, and ", but" always
                // does; neither describes anybody. ", and Gov. Jay Nixon" adds a speaker.
                if Word.coordinators.contains(first.word) || first.word == Word.and && tokens[(i + 1)..<comma].contains(where: isTensedVerb) { return nil }
                // "Dylan Nelson, a postdoctoral fellow at …, and co-author of the study, said":
                // a second description of the same name.
                if first.word == Word.and, i + 3 < comma, isRoleNoun(tokens[i + 2]) || tokens[i + 3].word == Word.of || tokens[i + 3].word == Word.at,
                   tokens[i + 2].kind == .word, !tokens[i + 2].isCapitalized, tokens[i + 2].flags.isDisjoint(with: [.pronoun, .phraseBoundary, .verbAdverb]),
                   let outer = appositiveSubject(endingAt: i, sentence: sentence) { return (outer.0, comma) }
                // "In television interviews on Sunday, he defended …, saying": a clause with its
                // own verb before the cue's comma is the sentence's, not an appositive (one
                // after a relative word describes: "a former governor who is close to …").
                if hasOwnVerb(from: i + 1, to: comma) { return nil }
                // "Donald Trump, in particular, criticized", "President Obama, dedicating the
                // museum on Saturday, said": an aside about the act, not the speaker, is no part
                // of the name.
                if first.kind == .word, !first.isCapitalized, isActParticiple(first)
                    || first.flags.contains(.phraseBoundary) && !Word.relativeWords.contains(first.word) && first.word != Word.of || first.flags.contains(.verbAdverb) {
                    return np
                }
                // The appositive describes the name: "director of …", "a professor …",
                // "who served …", "speaking to …", "Democrat of California".
                let describes = first.flags.contains(.determiner) || first.word == Word.who || first.word == Word.which || first.word == Word.whose || !first.isCapitalized || tokens[np.1 - 1].isCapitalized
                // Or the name is the appositive: "The state’s campaign chairman, Phil Lovas, said".
                // Two people are one appositive too: "Clay's biographers, David and Jeanne Heidler,".
                let inner = tokens[(i + 1)..<comma]
                var names = inner.count >= 2 && inner.count <= 6 && inner.first!.isCapitalized && inner.last!.isCapitalized
                    && inner.allSatisfy { $0.kind == .word && ($0.isCapitalized || $0.word == Word.and) } && (inner.count <= 4 || inner.contains { $0.word == Word.and })
                // A name and where the person is from: "Another superdelegate, Michael Brown of
                // Washington, D.C., explained".
                if !names, let of = inner.firstIndex(where: { $0.word == Word.of || $0.word == Word.from }), of - inner.startIndex >= 2, of - inner.startIndex <= 4,
                   inner.count <= 10, inner[..<of].allSatisfy({ $0.kind == .word && $0.isCapitalized }),
                   inner[(of + 1)...].allSatisfy({ $0.kind == .word && $0.isCapitalized || $0.isMark(",") || $0.isMark(".") }), inner[(of + 1)...].contains(where: { $0.kind == .word }) {
                    names = true
                }
                if names && !tokens[np.1 - 1].isCapitalized {
                    // A role then a name: "Mr. Trump’s former campaign manager, Corey Lewandowski,
                    // said"; the role may itself describe an earlier name ("Giovanni Maria Vian,
                    // the editor of the Vatican’s newspaper, L’Osservatore Romano, said").
                    if let outer = appositiveSubject(endingAt: i, sentence: sentence) { return (outer.0, comma) }
                    return (np.0, comma)
                }
                return describes ? (np.0, comma) : nil
            }
            i -= 1
            steps += 1
        }
        return nil
    }

    /// Words before a place whose state or country follows a comma ("in Munich, Germany").
    static let placeLeadIns: WordIDSet = [Word.in, Word.at, Word.of, Word.from]

    /// The last word before a list of capitalised names joined by commas and a final ", and"
    /// ("Defense, Space, and Security"), given that list's ", and" comma; nil when the comma
    /// joins anything else (", and the meeting deteriorated", "Jones, and Smith said").
    func serialNameListStart(andComma i: Int, before end: Int, sentence: Range<Int>) -> Int? {
        func isNameWord(_ k: Int) -> Bool { tokens[k].kind == .word && tokens[k].isCapitalized && tokens[k].flags.isDisjoint(with: [.pronoun, .determiner]) }
        guard i + 2 < end, tokens[i + 1].word == Word.and, i - 1 > sentence.lowerBound, isNameWord(i - 1) else { return nil }
        var stop = i + 2
        while stop < end, stop - i <= 4, isNameWord(stop) { stop += 1 }
        guard stop > i + 2, stop == end || tokens[stop].isMark(",") else { return nil }
        // The item before ", and" and at least one more before it, each one to three names.
        var j = i
        var items = 0
        while true {
            var k = j - 1
            while k > sentence.lowerBound, j - k <= 3, isNameWord(k) { k -= 1 }
            guard k < j - 1, tokens[k].isMark(","), k - 1 > sentence.lowerBound, isNameWord(k - 1) else { break }
            items += 1
            j = k
        }
        return items >= 1 ? j - 1 : nil
    }

    /// A lowercase "-ly" word right before a cue after "to" or an auxiliary ("will continue to
    /// informally advise"), which only an adverb can be ("the family said" has a noun).
    func isAdverbBeforeVerb(_ i: Int) -> Bool {
        let t = tokens[i]
        guard t.kind == .word, !t.isCapitalized, t.range.count > 4, text[t.range.upperBound - 2] == "l", text[t.range.upperBound - 1] == "y", i > 0 else { return false }
        let before = tokens[i - 1]
        return before.word == Word.to || before.flags.contains(.auxiliary)
    }

    func isDash(_ t: TextToken) -> Bool { t.isMark("-") || t.isMark("—") || t.isMark("–") }

    /// "A former candidate -- John McCain, who lost in 2008 -- said …", "Many speakers — including
    /// Muslims, Christians, Jews — said …": the phrase before an aside set off by dashes, with it.
    func dashedSubject(endingAt dash: Int, sentence: Range<Int>) -> (Int, Int)? {
        var close = dash
        while close - 1 > sentence.lowerBound, isDash(tokens[close - 1]) { close -= 1 }
        var i = close - 1
        while i > sentence.lowerBound, close - i < 30 {
            if isDash(tokens[i]) {
                var open = i
                while open - 1 > sentence.lowerBound, isDash(tokens[open - 1]) { open -= 1 }
                guard open + 1 < close, let np = speakerPhrase(endingAt: open, sentence: sentence) else { return nil }
                return (np.0, close)
            }
            if tokens[i].kind == .openQuote || tokens[i].kind == .closeQuote || tokens[i].kind == .ambiguousQuote || tokens[i].isMark(";") { return nil }
            i -= 1
        }
        return nil
    }

    /// Adverbs between a subject and its verb ("has long complained", "only explains", "widely
    /// reported"): skipped to find the subject, never the speaker themselves.
    static let verbAdverbs: WordList = [
        "repeatedly", "long", "only", "widely", "always", "really", "barely", "officially", "initially", "first", "also",
        "just", "even", "still", "never", "ever", "often", "already", "again", "once", "previously", "recently",
        "publicly", "privately", "reportedly", "allegedly", "apparently", "clearly", "simply", "quickly", "finally",
        "originally", "eventually", "generally", "usually", "actually", "certainly", "probably", "possibly", "later",
        "earlier", "now", "then", "too", "openly", "flatly", "firmly", "strongly", "immediately", "explicitly",
        "however", "instead", "nevertheless", "meanwhile", "likewise", "similarly", "soon",
        // Of place: "Her campaign workers here said", "Officials there say".
        "here", "there",
        // Of manner and frequency that the spelling test for "-ly" misses ("Manafort politely
        // suggested", "it can sometimes feel", "almost universally say").
        "sometimes", "somehow", "almost", "mostly", "largely", "nearly", "rarely", "seldom", "politely", "quietly", "bluntly", "falsely",
        "wrongly", "rightly", "correctly", "directly", "loudly", "sharply", "calmly", "briefly", "fully", "truly", "routinely",
        "angrily", "happily", "readily", "hastily", "bitterly", "sternly", "tersely", "wisely", "squarely", "boldly", "proudly",
        "gladly", "softly", "hardly", "scarcely",
    ]

    /// Words that open an unnamed speaker after an inverted cue: "said several officials".
    static let quantifiers: WordList = ["one", "another", "several", "many", "some", "most", "few", "both", "other", "others", "each"]

    /// Verbs before a to-infinitive cue within one speaker's verb group.
    static let toVerbs: WordList = [
        "continued", "continues", "continue", "went", "going", "want", "wants", "wanted", "plan", "plans", "planned",
        "try", "tries", "tried", "refuse", "refused", "refuses", "decline", "declined", "declines", "seem", "seems",
        "seemed", "appear", "appears", "appeared", "used", "began", "begin", "begins", "start", "started", "starts",
        "decide", "decided", "agree", "agreed", "vow", "vowed", "promise", "promised", "expect", "expected", "likely",
        "able", "ready", "willing", "has", "have", "had", "need", "needs", "needed", "hope", "hopes", "hoped",
        "intend", "intends", "intended", "seek", "seeks", "sought", "fail", "failed", "choose", "chose", "threatened",
        "pledged", "moved", "got", "came", "come", "ought", "wish", "wished", "like", "love", "prefer", "dared",
        // "were quick to point out", "was careful to note".
        "quick", "eager", "careful", "keen",
    ]

    /// Plural time units that open a sentence before "later" or "ago": "Hours later, …".
    static let timeUnits: WordList = ["seconds", "minutes", "hours", "days", "weeks", "months", "years", "decades", "moments"]

    /// Words that end a time phrase: "last year", "in March", "on Tuesday".
    static let timeNouns: WordList = [
        "year", "years", "week", "weeks", "month", "months", "day", "days", "night", "morning", "afternoon", "evening",
        "spring", "summer", "fall", "autumn", "winter", "january", "february", "march", "april", "may", "june", "july",
        "august", "september", "october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday",
        "saturday", "sunday", "today", "tonight", "yesterday",
    ]

    /// Heads that cannot be who is speaking.
    static let notSpeakers: WordList = [
        "week", "weeks", "month", "months", "year", "years", "day", "days", "morning", "afternoon", "evening", "night",
        "time", "times", "ago", "from", "of", "for", "with", "about", "to", "in", "on", "at", "by", "as", "than", "later",
        "earlier", "recently", "also", "then", "there", "here", "what", "which", "whom", "it's", "that's",
    ]

    /// "The senator issued a statement [saying] …": before a participle, a past-tense verb and
    /// its object are the predicate of the phrase before them, who speaks; nil when nothing is
    /// before the verb ("… McConnell issued a statement [saying]": the sentence's subject then).
    func withoutPredicate(_ s: (Int, Int), cue: Cue) -> (Int, Int)? {
        guard tokens[cue.start].flags.contains(.endsInING) else { return s }
        // "her campaign sent out pitches highlighting …", "No one bothered mentioning …",
        // "Police released dramatic video showing …": the sentence's own past tense, after a
        // word of the subject (not "the embattled senator", "newly elected officials", "a
        // lawsuit filed by …", nor a relative clause's: "comments Trump made", "the remarks
        // his rival made").
        guard let verb = (s.0..<s.1).first(where: { k in
            guard isPastTense(tokens[k]) else { return false }
            if k + 1 < s.1, tokens[k + 1].flags.contains(.determiner) { return true }
            if k + 1 < s.1, tokens[k + 1].word == Word.by { return false }
            if k == s.1 - 1, k > s.0, tokens[(s.0 + 1)..<k].contains(where: { $0.isCapitalized || isDeterminerOrOwner($0) || $0.flags.contains(.pronoun) }) { return false }
            return k > s.0 && tokens[k - 1].kind == .word && !isDeterminerOrOwner(tokens[k - 1]) && !SpeakerResolver.endsInLY(tokens[k - 1], text)
                && tokens[k - 1].flags.isDisjoint(with: [.degreeWord, .phraseBoundary, .auxiliary, .beForm])
        }) else { return s }
        return verb > s.0 ? (s.0, verb) : nil
    }

    /// "states" is mostly the noun ("battleground states", "in smaller states"): the verb comes
    /// before "that", a colon or a quotation, or after a pronoun or a document ("the ad states").
    func isVerbStates(_ k: Int, sentence: Range<Int>) -> Bool {
        if k + 1 < sentence.upperBound {
            let next = tokens[k + 1]
            if next.word == Word.that || next.isMark(":") || next.kind == .openQuote || next.kind == .ambiguousQuote { return true }
        }
        return k > sentence.lowerBound && !tokens[k - 1].flags.isDisjoint(with: [.pronoun, .medium, .findingNoun])
    }

    /// "read" reports only what a written thing says: "“…,” the letter reads", "The sign
    /// read: “…”", "“…,” it read." ("she reads the news", "the judge read a summary" report
    /// nothing).
    func isVerbReads(_ k: Int, sentence: Range<Int>) -> Bool {
        guard k > sentence.lowerBound else { return false }
        if Word.writtenThings.contains(tokens[k - 1].word) { return true }
        // "…,” read the email.": inverted, the written thing follows.
        if endsFrame(tokens[k - 1]), k + 2 < sentence.upperBound, tokens[k + 1].flags.contains(.determiner) || isDeterminerOrOwner(tokens[k + 1]),
           Word.writtenThings.contains(tokens[k + 2].word) { return true }
        return tokens[k - 1].word == Word.it && k - 2 >= sentence.lowerBound && endsFrame(tokens[k - 2])
    }

    /// A comma or a closing quotation mark: what ends a statement before an inverted frame
    /// ("…,” reported Reuters", "…,” it read").
    func endsFrame(_ t: TextToken) -> Bool { t.isMark(",") || t.kind == .closeQuote || t.kind == .ambiguousQuote }

    /// The name a restrictive "who" at text offset `offset` stands for ("Republicans who say",
    /// "Cruz, a graduate of Harvard Law School who argued"), as a text range; nil when no
    /// name stands right before it.
    func antecedent(ofWhoAt offset: Int, sentence: Range<Int>) -> Range<Int>? {
        let k = tokens.firstIndex(endingAfter: offset, in: sentence)
        guard k > sentence.lowerBound, k < sentence.upperBound, tokens[k].word == Word.who, tokens[k - 1].isWord,
              let s = speakerPhrase(endingAt: k, sentence: sentence), !tokens[s.0..<s.1].contains(where: { $0.word == Word.who }) else { return nil }
        // Only a name stands for somebody: "Republicans", "California Rep. Jared Huffman";
        // "the only choice for Americans who …" names nobody.
        func isName(_ p: (Int, Int)) -> Bool {
            p.1 - p.0 <= 6 && tokens[p.1 - 1].isCapitalized
                && tokens[p.0].flags.isDisjoint(with: [.phraseBoundary, .connective, .verbAdverb, .pronoun, .quantifier])
                && tokens[p.0..<p.1].allSatisfy { $0.isCapitalized || !$0.isWord || $0.flags.contains(.determiner) || $0.word == Word.of || $0.word == Word.and }
        }
        // "Cruz, a graduate of Harvard Law School who …": the name the appositive describes.
        if s.0 > sentence.lowerBound + 1, tokens[s.0 - 1].isMark(","), let name = speakerPhrase(endingAt: s.0 - 1, sentence: sentence), isName(name) {
            return range(name.0, name.1)
        }
        return isName(s) ? range(s.0, s.1) : nil
    }

    /// "Obama, for his part, insisted …": the writer's link between turns, not who Obama is
    /// (tokens [k, comma] are "for his part,").
    func isForPart(_ k: Int, _ commaEnd: Int) -> Bool {
        commaEnd - k == 4 && tokens[k].word == Word.for && isDeterminerOrOwner(tokens[k + 1]) && tokens[k + 2].word == Word.part
    }

    /// A participle opening an aside about what the speaker was doing ("Trump, speaking at a
    /// rally, warned"), not one that describes or counts them ("acting", "including").
    func isActParticiple(_ t: TextToken) -> Bool {
        t.kind == .word && !t.isCapitalized && t.flags.contains(.endsInING) && !t.flags.contains(.attributiveParticiple) && t.word != Word.including
    }

    /// Whether a subject is plural by its form: joined by "and" ("Texas and 25 other"),
    /// counted ("the two battleground"), or opened by a plural quantifier ("Most Southern").
    /// "tell", "warn": a reporting verb's base form, which agrees with no "he" or "said".
    func isBaseForm(_ t: TextToken) -> Bool { vocabulary.verbEntry(t.word).map { $0.lemma == vocabulary.word(t.word) } ?? false }

    /// Whether tokens [a, b) hold "to" or a modal ("would", "he’d"), which a base form after
    /// "and" goes on with ("to stand up for Mexicans and defend …").
    func hasModalOrTo(_ a: Int, _ b: Int) -> Bool {
        (a..<b).contains { k in
            let t = tokens[k]
            guard t.kind == .word else { return false }
            if t.word == Word.to || Word.modals.contains(t.word) { return true }
            let e = t.range.upperBound
            return t.range.count > 2 && text[e - 1] == "d" && (text[e - 2] == "’" || text[e - 2] == "'")
        }
    }

    /// Whether the "and" at `i` joins two adjectives of one noun: "the undivided and
    /// recognized capital" (two participles before a lowercase noun), not "the day’s
    /// testimony and slammed the hearings" or "the research and opposed alternatives".
    func isAdjectivePair(and i: Int) -> Bool {
        guard i >= 2, i + 2 < tokens.count, endsInED(tokens[i - 1]), isDeterminerOrOwner(tokens[i - 2]), endsInED(tokens[i + 1]) else { return false }
        let noun = tokens[i + 2]
        return noun.kind == .word && !noun.isCapitalized
            && noun.flags.isDisjoint(with: [.determiner, .pronoun, .phraseBoundary, .verbForm, .auxiliary, .beForm, .quantifier, .connective])
    }

    /// A name or "he", "she", "it" that no "and" joins: a subject of a verb in -s.
    func isSingularSubject(_ s: (Int, Int)) -> Bool {
        let last = tokens[s.1 - 1]
        guard last.isCapitalized || last.flags.contains(.pronoun) else { return false }
        return !isPluralSubject(s) && !Word.pluralPronouns.contains(last.word) && !isPlural(last)
    }

    func isPluralSubject(_ s: (Int, Int)) -> Bool {
        if let first = tokens[s.0..<s.1].first(where: { $0.isWord }), first.flags.contains(.pluralQuantifier) { return true }
        return tokens[s.0..<s.1].contains { $0.word == Word.and || $0.word == Word.two || $0.kind == .number && !text[$0.range].elementsEqual("1".unicodeScalars) }
    }

    static let degreeWords: WordList = ["most", "more", "very", "less", "least", "too", "so", "quite", "particularly"]

    static let pluralQuantifiers: WordList = ["most", "many", "some", "several", "both", "few", "all", "other"]

    /// A subject that can only be a speaker (a name, a pronoun, a source noun), needed when
    /// the cue could also be a noun ("reports", "claims").
    func isStrongSubject(_ s: (Int, Int)) -> Bool {
        let last = tokens[s.1 - 1]
        if last.isCapitalized || !last.flags.isDisjoint(with: [.pronoun, .anonymous, .medium, .findingNoun, .orgHead]) { return true }
        // "The Trump campaign", "Minyon Moore, a senior adviser to the campaign": a phrase that
        // names someone, or a role that speaks.
        // A capital opening the sentence ("The other states …") names nobody.
        return tokens[s.0..<s.1].contains { $0.isCapitalized && $0.kind == .word && !$0.flags.contains(.determiner) } || last.flags.contains(.agent)
    }
}
