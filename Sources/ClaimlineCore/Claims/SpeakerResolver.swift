/// Resolves a speaker mention to the fullest name the article gives it: "he" → the last
/// person named, "Bessent" → "Scott Bessent", "the ministry" → "China's Commerce Ministry",
/// "a statement from X" → X.
struct SpeakerResolver {
    /// What an honorific says of a person: "he" and "she" skip people of the other.
    enum Gender: UInt8 { case unknown, male, female }

    /// A run of capitalised words, by token index: its text is built only when a speaker
    /// resolves to it.
    struct Mention {
        var start: Int
        /// The name, titles stripped.
        var words: Range<Int>
        /// What the name owns, after "’s": "China’s *Commerce Ministry*".
        var possessed: Range<Int>?
        var isPerson: Bool
        /// Inside quotation marks: a name the quoted speaker says, seldom the one "he" means.
        var inQuotation = false
        /// Where it stands says "he" or "she" cannot mean it, though it names a person: a name
        /// that describes something else ("the Bernie Sanders campaign", "in Trump Tower").
        var isModifier = false
        /// From an honorific ("Mr." a man, "Mrs." or "Ms." a woman) or a first name most of
        /// whose bearers are one sex; else unknown.
        var gender = Gender.unknown

        var wordCount: Int { words.count + (possessed?.count ?? 0) }
        var lastWord: Int { (possessed ?? words).upperBound - 1 }
    }

    private let tokens: [TextToken]
    private let text: [Unicode.Scalar]
    private let vocabulary: Vocabulary
    /// Where each sentence starts (code points), increasing.
    private let sentenceStarts: [Int]
    private(set) var mentions: [Mention] = []
    /// Each mention's last word number if it names a person, else -1: the scan for a fuller
    /// name reads this, not every mention (it was the resolver's costliest loop).
    private var personLastWords: [Int32] = []
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
    /// The people each speaker phrase names, by its text: an article names its speakers
    /// again and again ("Trump said", "said Bessent").
    private var namesBySpeakerText: [String: [[String]]] = [:]
    private var classifiedSpeakers = 0
    /// Speakers that are groups, in the order resolved, with their resolved name or phrase.
    private var groups: [(start: Int, name: String)] = []
    /// Groups that open a sentence as its subject ("Sanders supporters are crying …"), in
    /// text order: built when "they" is first resolved.
    private var subjectGroups: [(start: Int, name: String)]?

    /// Times that open no name when a capitalised word follows them: "Tuesday Senator …".
    static let leadingTimes: WordList = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday", "tonight", "year", "week", "month"]

    /// Lowercase words inside people's names: "Osama bin Laden", "Ursula von der Leyen".
    static let nameParticles: WordList = ["bin", "ibn", "al", "el", "de", "del", "della", "da", "di", "du", "van", "von", "der", "den", "la", "le"]
    /// Prepositions after a speaker's head: what follows them describes the speaker.
    static let namePrepositions: WordList = ["of", "for", "from", "to", "at", "with", "in", "on", "by", "outside", "inside", "near", "via"]

    /// "Interestingly", "Separately", "Finally": an adverb opening a sentence, by its ending
    /// (long enough that "Sally" and "Kelly" stay names).
    static func isSentenceAdverb(_ lower: String) -> Bool {
        let n = lower.utf8.count
        guard n >= 6, lower.hasSuffixBytes("ly") else { return false }
        // And "blankly", "strictly", "openly", "closely", "broadly", "narrowly", "roughly",
        // "sharply", "deeply", "firmly": no English noun or name of six letters ends so.
        return adverbEndings.contains { lower.hasSuffixBytes($0) }
    }

    static let adverbEndings: [StaticString] = [
        "ingly", "edly", "ately", "ously", "ently", "antly", "ically", "ably", "ibly", "arly", "ally", "ively", "fully", "lessly",
        "kly", "tly", "nly", "ely", "dly", "wly", "ghly", "rply", "eply", "rmly",
    ]

    /// A lowercase word ending in "ed", as past tenses and participles do ("defended",
    /// "published"): the rules have no part-of-speech tags, and this is the one they need.
    /// Read from the text where a rule asks: as a spelling flag it cost every word (+1.3%).
    static func endsInED(_ t: TextToken, _ text: [Unicode.Scalar]) -> Bool { !t.isCapitalized && spelledInED(t, text) }

    /// A word ending in "ed" in any case: a participle opening a sentence ("Chastened by …").
    static func spelledInED(_ t: TextToken, _ text: [Unicode.Scalar]) -> Bool {
        t.kind == .word && t.range.count > 3 && text[t.range.upperBound - 2] == "e" && text[t.range.upperBound - 1] == "d"
    }

    /// Whether a token ends in "ly" in any case: read off the text, before a sentence adverb's
    /// test builds the word.
    static func endsInLY(_ t: TextToken, _ text: [Unicode.Scalar]) -> Bool {
        t.range.count >= 2 && text[t.range.upperBound - 1].value | 0x20 == 0x79 && text[t.range.upperBound - 2].value | 0x20 == 0x6C
    }

    /// "officials in Washington", "a policy toward Syria": after these, a place, an employer or a
    /// topic, not the speaker.
    static let placePrepositions: WordList = ["in", "at", "toward", "towards", "against", "about"]

    static let orgHeads: WordList = ["ministry", "department", "commission", "agency", "office", "committee", "council", "party", "government", "administration", "court", "bank", "company", "corporation", "university", "institute", "institutes", "association", "union", "campaign", "network", "service", "police", "board", "group", "foundation", "center", "centers", "centre", "bureau", "embassy", "authority", "times", "post", "journal", "news", "house", "congress", "senate", "representatives", "parliament", "federation", "coalition", "alliance", "institution", "fund", "society", "league", "church", "school", "club", "partnership", "airlines", "airways",
        // Companies: "Ceres Robotics", "Acme Holdings", "Tesla Inc".
        "inc", "corp", "llc", "ltd", "plc", "robotics", "technologies", "systems", "labs", "laboratories", "industries", "holdings",
        "partners", "ventures", "capital", "motors", "pharmaceuticals", "therapeutics", "communications", "studios",
        "entertainment", "media", "brands", "enterprises", "securities", "insurance"]

    /// Last words of the names of places, programs, laws, buildings and wars, none a surname
    /// often enough to matter ("Park", "Hall", "Bay" and "Lake" are, so they are not here):
    /// "South China Sea", "Cabinet Room", "Affordable Care Act".
    static let thingHeads: WordList = ["sea", "ocean", "river", "county", "island", "islands", "valley", "area", "region", "province",
        "district", "strait", "gulf", "peninsula", "airport", "room", "avenue", "boulevard", "mountains", "coast", "desert", "canyon",
        "square", "plaza", "street", "road", "bridge", "tower", "building", "arena", "stadium", "hotel", "hospital",
        "directorate", "division", "system", "program", "programme", "act", "amendment", "treaty", "accord", "agreement", "doctrine", "war"]
    /// First words of places' names that open no person's: "San Francisco", "New Hampshire",
    /// "South Dakota", "Fort Worth".
    static let placeOpeners: WordList = ["san", "los", "las", "new", "north", "south", "east", "west", "northern", "southern",
        "eastern", "western", "central", "upper", "lower", "fort", "mount", "port", "lake"]

    /// "Sens.", "Lt.", "Comedian", "Pastor", "Journalist", "Vermonter": an abbreviation of two
    /// letters or more, or a word in -er, -or, -ist or -ian or their plurals, none a first name.
    static func isRoleWord(_ t: TextToken, _ text: [Unicode.Scalar]) -> Bool {
        guard t.kind == .word, t.flags.isDisjoint(with: [.maleFirstName, .femaleFirstName]) else { return false }
        let w = text[t.range]
        if w.last == "." { return w.count >= 3 && !w.dropLast().contains(".") }
        guard w.count >= 5 else { return false }
        // "Singer-guitarists Tom Johnston and Patrick Simmons": the plural of one too.
        let end = w.last == "s" ? t.range.upperBound - 1 : t.range.upperBound
        let tail = asciiLowercased(text, (end - 3)..<end)
        return tail.hasSuffixBytes("er") || tail.hasSuffixBytes("or") || tail == "ist" || tail == "ian"
    }

    /// Whether what stands before the capitalised run at `i` says it names no one "he" could
    /// stand for: an article or an owner ("the Cabinet Room", "its Dream Chaser vehicle", "the
    /// Justice Department’s"), "in" ("in Hong Kong"), the "at" of a role set off by a comma
    /// ("…, vice president of advanced programs at Blue Origin"), or an institution's "and"
    /// going on from its "of" ("Department of Health and Human Services").
    static func isModifierPosition(_ tokens: UnsafeBufferPointer<TextToken>, at i: Int, after previous: Mention?) -> Bool {
        guard i > 0, tokens[i - 1].kind == .word, !tokens[i - 1].isCapitalized else { return false }
        let before = tokens[i - 1]
        if before.flags.contains(.determiner) && before.word != Word.that && before.word != Word.her { return true }
        if before.word == Word.in { return true }
        if before.word == Word.at {
            // Back to the comma: a role, and no verb ("took a swipe at Clinton").
            var k = i - 2
            var role = false
            while k >= 0, i - k <= 10, tokens[k].kind == .word, !tokens[k].isCapitalized {
                let f = tokens[k].flags
                if !f.isDisjoint(with: [.verbForm, .auxiliary, .beForm, .pronoun]) { return false }
                if !f.isDisjoint(with: [.title, .anonymous]) { role = true }
                k -= 1
            }
            return role && k >= 0 && tokens[k].isMark(",")
        }
        if before.word == Word.and, let p = previous, p.lastWord == i - 2, !p.isPerson {
            return tokens[p.words].contains { $0.word == Word.of }
        }
        return false
    }

    /// Collects capitalised name sequences in the document, in order.
    /// `sentenceStarts` in increasing order.
    /// `quotations` (outer spans) in text order.
    /// `speakers`: about how many speaker phrases will be resolved, to size the caches once.
    init(tokens: [TextToken], text: [Unicode.Scalar], vocabulary: Vocabulary, sentenceStarts: [Int], quotations: [Range<Int>] = [], speakers: Int = 0) {
        namesBySpeakerText = Dictionary(minimumCapacity: speakers)
        self.tokens = tokens
        self.text = text
        self.vocabulary = vocabulary
        self.sentenceStarts = sentenceStarts
        // By word number: 1 for the last words of the people named so far. Zeroed again after
        // the scan and used for `genderBySurname` below: one vocabulary-sized array a
        // document, not two.
        var bySurname = [UInt8](repeating: 0, count: vocabulary.count)
        var nextStart = 0
        var mentions: [Mention] = []
        // About a mention in 16 tokens on the bench pages: room for that, not regrown.
        mentions.reserveCapacity(tokens.count / 16 + 8)
        tokens.withUnsafeBufferPointer { tokens in
            var i = 0
            while i < tokens.count {
                guard tokens[i].kind == .word, tokens[i].isCapitalized else { i += 1; continue }
                var j = i
                while j < tokens.count, tokens[j].kind == .word, j == i || !tokens[j - 1].isParagraphEnd, tokens[j].isCapitalized || (tokens[j].word == Word.of && j + 1 < tokens.count && tokens[j + 1].isCapitalized && j > i) {
                    j += 1
                }
                // "But Parise", "Although Mr. Brown", “When I …”: a capitalised first word of a
                // sentence, or after a quotation mark, a dash or a colon, that never begins a name
                // is not part of the one after it.
                // "Hosting Cook at Dreamforce": nor is a gerund of seven letters or more that is
                // no first name ("Sterling", "Channing" are; a surname in -ing comes last).
                if j - i >= 2, tokens[i].flags.contains(.phraseBoundary) || tokens[i].flags.contains(.phraseStarter) || tokens[i].flags.contains(.quantifier)
                    || Self.endsInLY(tokens[i], text) && Self.isSentenceAdverb(vocabulary.word(tokens[i].word))
                    || tokens[i].flags.contains(.sentenceOpener)
                    || tokens[i].flags.contains(.endsInING) && tokens[i].range.count >= 7 && tokens[i].flags.isDisjoint(with: [.maleFirstName, .femaleFirstName]) {
                    let offset = tokens[i].range.lowerBound
                    while nextStart < sentenceStarts.count, sentenceStarts[nextStart] < offset { nextStart += 1 }
                    // "…,’’ Will Moy, chief executive …": after a quotation mark, "Will" or "May"
                    // before a name is the first name; opening a sentence it may be a question's.
                    let opensSentence = nextStart < sentenceStarts.count && sentenceStarts[nextStart] == offset || i == 0
                    if opensSentence || !tokens[i - 1].isWord && !Word.wordsInNames.contains(tokens[i].word) { i += 1 }
                }
                // "On Tuesday Senator Ana Ruiz said": a weekday before a name says when (not
                // "Morning", which opens "Morning Consult").
                if j - i >= 2, tokens[i].flags.contains(.timeNoun), Self.leadingTimes.contains(vocabulary.word(tokens[i].word)) { i += 1 }
                // "I" is nobody's name.
                if j - i == 1, tokens[i].flags.contains(.pronoun) { i = j; continue }
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
                var stripped = Self.stripTitles(words)
                // "Apple CEO Tim Cook", "FBI Director James Comey": a title inside the run, before
                // a name of two words or more, ends what employs them.
                if let t = stripped.dropFirst().lastIndex(where: { $0.flags.contains(.title) }), stripped.endIndex - t > 2,
                   stripped[(t + 1)...].allSatisfy({ $0.isCapitalized && $0.flags.isDisjoint(with: [.title, .orgHead]) }) {
                    stripped = stripped[(t + 1)...]
                }
                // "envoy to Ukraine Kurt Volker", "ambassador to the EU Gordon Sondland",
                // "Director of National Intelligence James Clapper": what the role is of, then the name.
                if stripped.count >= 3, Self.followsRolePreposition(i, tokens) || words[..<stripped.startIndex].contains(where: { $0.word == Word.of }),
                   let k = Self.firstNameStart(stripped, flags: { $0.flags }, isCapitalized: { $0.isCapitalized }) {
                    stripped = stripped[k...]
                }
                let titled = words.count > stripped.count
                // "Comedian Sarah Silverman", "Sens. Robert Menendez", "Pastor Kevin Swanson": a role
                // before a first name, abbreviated or in -er, -or, -ist, -ian, is no part of the
                // name (an initial is: "J. Gerald Hebert").
                if stripped.count >= 3, !stripped[stripped.startIndex + 1].flags.isDisjoint(with: [.maleFirstName, .femaleFirstName]),
                   Self.isRoleWord(stripped[stripped.startIndex], text) {
                    stripped = stripped.dropFirst()
                }
                // "posted on Twitter Tuesday": a weekday after a name says when (a month may be
                // a name: "Theresa May").
                if stripped.count >= 2, let last = stripped.last, last.flags.contains(.timeNoun), !last.flags.contains(.month) { stripped = stripped.dropLast() }
                // Where a body's or a place's name starts: titles are a person's, and "Treasury
                // Department" or "House of Representatives" keeps its first words.
                var bodyStart = words.startIndex
                // "CNN’s Jake Tapper": the name after what owns it.
                if let owner = stripped.dropLast().lastIndex(where: { Self.isPossessive($0, text) }) {
                    stripped = Self.stripTitles(stripped[(owner + 1)...])
                    bodyStart = owner + 1
                }
                if !stripped.isEmpty {
                    // A lone capitalised word at a sentence start is usually not a name ("The", "Despite").
                    let offset = tokens[i].range.lowerBound
                    while nextStart < sentenceStarts.count, sentenceStarts[nextStart] < offset { nextStart += 1 }
                    let atStart = nextStart < sentenceStarts.count && sentenceStarts[nextStart] == offset && words.count == 1
                    let first = words[words.startIndex].flags
                    if !atStart || first.isDisjoint(with: [.orgHead, .phraseBoundary, .determiner]) {
                        let last = stripped.last!
                        let lastWord = last.word
                        let knownSurname = bySurname[Int(lastWord)] != 0
                        // "the House Science Committee’s": the owner's own word's lists.
                        var lastFlags = last.flags
                        if Self.isPossessive(last, text), let base = vocabulary.existingID(of: String(vocabulary.word(lastWord).dropLast(2))) { lastFlags = vocabulary.flags(base) }
                        // "Democrat of Delaware", "President of France": one word left after a
                        // title's "of" is its place.
                        let titlesPlace = titled && stripped.count == 1 && words[..<stripped.startIndex].contains { $0.word == Word.of }
                        // "MEXICO CITY —", "DES MOINES, Iowa —": a dateline's place in capitals,
                        // opening a paragraph (not a transcript's "JAKE TAPPER, CNN ANCHOR:").
                        let inCapitals = stripped.count >= 2 && (i == 0 || tokens[i - 1].isParagraphEnd) && j < tokens.count
                            && stripped.allSatisfy { t in t.range.count >= 2 && !text[t.range].contains { $0.isLower } }
                            && (tokens[j].isMark("(") || tokens[j].isMark("—") || tokens[j].isMark("–") || tokens[j].isMark("-")
                                || tokens[j].isMark(",") && j + 1 < tokens.count && text[tokens[j + 1].range].contains { $0.isLower })
                        let isPerson = (stripped.count >= 2 || titled && !titlesPlace || knownSurname) && stripped.count <= 4 && !inCapitals && !lastFlags.contains(.orgHead) && !(atStart && stripped.count == 1 && !knownSurname)
                            && !stripped.first!.flags.contains(.determiner)  // "The SLS", "The Beatles"
                            // "our One Home Depot strategy": a number word opens no person's name.
                            && !stripped.first!.flags.contains(.quantityWord) && stripped.first!.word != Word.one
                            // "Department of Health Sciences", "NASA’s Human Landing System": a
                            // person's name has no institution in it and owns nothing before its end.
                            && !stripped.dropLast().contains { $0.flags.contains(.orgHead) || $0.word == Word.of || Self.isPossessive($0, text) }
                            && (titled || !lastFlags.contains(.thingHead) && !(stripped.count >= 2 && stripped.first!.flags.contains(.placeOpener)))
                        // "The California Public Utilities Commission" is named without its article.
                        var from = isPerson ? stripped.startIndex : min(bodyStart, stripped.startIndex)
                        if !isPerson, stripped.endIndex - from >= 2, tokens[from].flags.contains(.determiner) { from += 1 }
                        var mention = Mention(start: tokens[i].range.lowerBound, words: from..<stripped.endIndex, possessed: nil, isPerson: isPerson)
                        if isPerson, !titled, Self.isModifierPosition(tokens, at: i, after: mentions.last) { mention.isModifier = true }
                        if isPerson, titled { mention.gender = Self.honorificGender(vocabulary.word(words[words.startIndex].word)) }
                        mentions.append(mention)
                        if isPerson { bySurname[Int(lastWord)] = 1 }
                    }
                }
                i = max(j, i + 1)
            }
        }
        // "Hillary Clinton": a first name most of whose bearers are women.
        // "Andrew" alone is a man too, unless the article has it as a surname ("Keith Scott"
        // makes "Scott" the surname's, which takes its sex below).
        // Sized once: grown insert by insert, the set rehashed itself a few times a document.
        var surnames = Set<Int32>(minimumCapacity: mentions.count)
        for m in mentions where m.isPerson && m.words.count >= 2 { surnames.insert(tokens[m.lastWord].word) }
        for n in mentions.indices where mentions[n].isPerson && mentions[n].gender == .unknown
            && (mentions[n].words.count >= 2 || mentions[n].possessed == nil && !surnames.contains(tokens[mentions[n].words.lowerBound].word)) {
            // The first word, or the one before the surname ("FBI Director James Comey",
            // "Minnesota Gov. Mark Dayton": a title's words come first).
            var first = tokens[mentions[n].words.lowerBound].flags
            if first.isDisjoint(with: [.maleFirstName, .femaleFirstName]), mentions[n].words.count >= 3 {
                let before = tokens[mentions[n].lastWord - 1]
                if before.isCapitalized { first = before.flags }
            }
            if first.contains(.maleFirstName) { mentions[n].gender = .male } else if first.contains(.femaleFirstName) { mentions[n].gender = .female }
        }
        // "Mr. Trump" or "Donald Trump" makes every "Trump" a man, unless the article also has a
        // "Mrs. Trump", or a full name whose first name tells nothing ("Keith Scott" does not
        // make "Rakeyia Scott" a man).
        // By word number: 0 no person of that surname yet, else a `Gender`'s raw value, or
        // `ambiguous`. An array by word number: a dictionary's hashing cost more.
        let ambiguous = UInt8.max
        // The scan set exactly the people's last words.
        for m in mentions where m.isPerson { bySurname[Int(tokens[m.lastWord].word)] = 0 }
        assert(!bySurname.contains { $0 != 0 }, "a surname the scan marked is no person's last word")
        var genderBySurname = consume bySurname
        for m in mentions where m.isPerson {
            let surname = Int(tokens[m.lastWord].word)
            guard surname >= 0 else { continue }
            if m.gender == .unknown {
                if m.words.count >= 2 { genderBySurname[surname] = ambiguous }
            } else if genderBySurname[surname] == 0 {
                genderBySurname[surname] = m.gender.rawValue
            } else if genderBySurname[surname] != m.gender.rawValue {
                genderBySurname[surname] = ambiguous
            }
        }
        for n in mentions.indices where mentions[n].isPerson && mentions[n].gender == .unknown {
            let surname = Int(tokens[mentions[n].lastWord].word)
            if surname >= 0, genderBySurname[surname] != ambiguous, let g = Gender(rawValue: genderBySurname[surname]), g != .unknown { mentions[n].gender = g }
        }
        // A surname alone takes the sex of the fullest name before it that ends in it (the
        // last of equals): "Ford" after "John M. Ford" is a man, though a "Dale Ford" elsewhere
        // left the surname itself of either sex.
        var fullestBySurname: [Int32: (wordCount: Int, gender: Gender)] = Dictionary(minimumCapacity: mentions.count)
        for n in mentions.indices where mentions[n].isPerson {
            let surname = tokens[mentions[n].lastWord].word
            if mentions[n].wordCount > 1 {
                if mentions[n].wordCount >= fullestBySurname[surname]?.wordCount ?? 0 { fullestBySurname[surname] = (mentions[n].wordCount, mentions[n].gender) }
            } else if mentions[n].gender == .unknown, let full = fullestBySurname[surname] {
                mentions[n].gender = full.gender
            }
        }
        var q = 0
        for n in mentions.indices {
            while q < quotations.count && quotations[q].upperBound <= mentions[n].start { q += 1 }
            mentions[n].inQuotation = q < quotations.count && quotations[q].contains(mentions[n].start)
            // "Crooked Hillary Clinton", "Little Marco Rubio": a quoted speaker's epithet before a
            // first name is no part of the name the article gives.
            if mentions[n].inQuotation, mentions[n].isPerson, mentions[n].possessed == nil,
               let k = Self.firstNameStart(tokens[mentions[n].words], flags: { $0.flags }, isCapitalized: { $0.isCapitalized }) {
                mentions[n].words = k..<mentions[n].words.upperBound
            }
        }
        self.mentions = mentions
        personLastWords = mentions.map { $0.isPerson ? tokens[$0.lastWord].word : -1 }
    }

    /// Words that open sentences and never names: "Like Instagram head Adam Mosseri, …",
    /// "Maybe Instagram …", "Even Trump …" ("Will", "Hope" and "Grant" are names too: not here).
    static let sentenceOpeners: WordList = [
        "like", "unlike", "maybe", "perhaps", "even", "only", "just", "yet", "now", "then", "here", "there", "why", "how",
        "what", "where", "whether", "despite", "including", "unless", "until", "once", "since", "should", "would", "could",
        "whatever", "whenever", "wherever", "whoever",
        "did", "does", "thanks", "meanwhile", "besides", "instead", "indeed", "except", "amid", "among", "inside", "outside", "for",
    ]

    /// "Mr." a man; "Mrs.", "Ms." and "Miss" a woman.
    static func honorificGender(_ lower: String) -> Gender {
        switch lower {
        case "mr", "mr.": return .male
        case "mrs", "mrs.", "ms", "ms.", "miss": return .female
        default: return .unknown
        }
    }

    /// "Trump’s", "Epstein's": a word that owns what follows it.
    static func isPossessive(_ t: TextToken, _ text: [Unicode.Scalar]) -> Bool {
        t.range.count > 2 && (text[t.range.upperBound - 1] == "s" || text[t.range.upperBound - 1] == "S")
            && (text[t.range.upperBound - 2] == "’" || text[t.range.upperBound - 2] == "'")
    }

    /// A name without the titles before it ("Treasury Secretary Scott Bessent" → "Scott
    /// Bessent"); nothing when only a title or a determiner is left.
    static func stripTitles<Words: Collection>(_ words: Words, flags: (Words.Element) -> Lexicon.WordFlags, isOf: (Words.Element) -> Bool) -> Words
    where Words.SubSequence == Words {
        var w = words
        while w.count > 1, let f = w.first, case let first = flags(f), first.contains(.title) {
            // "American Airlines", "U.S. National Guard": adjective titles before a word that is
            // neither a title nor a first name are the name's own.
            if first.contains(.adjectiveTitle), let next = w.dropFirst().first(where: { !flags($0).contains(.adjectiveTitle) }),
               flags(next).isDisjoint(with: [.title, .maleFirstName, .femaleFirstName]) { return w }
            w = w.dropFirst()
            // "Mr. King", "Ms. White": an honorific's surname, even one that is a title too.
            if first.contains(.honorific) { return w }
            // "Secretary of State John Kerry": "of" goes on with the title.
            if w.count > 1, let o = w.first, isOf(o) { w = w.dropFirst() }
        }
        if w.count == 1, let f = w.first, !flags(f).isDisjoint(with: [.title, .determiner]) { return w.dropFirst() }
        return w
    }

    /// Where a person's name starts in capitalised words that open with words that are no
    /// first name and go on with a first name and a surname ("Ukraine Kurt Volker", "Crooked
    /// Hillary Clinton"); nil otherwise. The callers say where such words are not the name's.
    static func firstNameStart<Words: Collection>(_ words: Words, flags: (Words.Element) -> Lexicon.WordFlags, isCapitalized: (Words.Element) -> Bool) -> Words.Index? {
        let firstName: Lexicon.WordFlags = [.maleFirstName, .femaleFirstName]
        guard words.count >= 3, let head = words.first, flags(head).isDisjoint(with: firstName),
              let k = words.indices.dropFirst().first(where: { !flags(words[$0]).isDisjoint(with: firstName) }),
              words.distance(from: k, to: words.endIndex) >= 2, words[..<k].allSatisfy(isCapitalized) else { return nil }
        return k
    }

    /// Whether the token at `i` follows a role's "to", "of" or "for", or its "the" ("envoy to
    /// Ukraine", "ambassador to the EU").
    static func followsRolePreposition<Tokens: RandomAccessCollection<TextToken>>(_ i: Int, _ tokens: Tokens) -> Bool where Tokens.Index == Int {
        i > 0 && Word.placeOfRole.contains(tokens[i - 1].word)
            || i > 1 && tokens[i - 1].word == Word.the && Word.placeOfRole.contains(tokens[i - 2].word)
    }

    /// Tokens carry their word lists. Read through a buffer: slices of it cost no reference
    /// counting, where the resolver takes one for every capitalised run of the document.
    static func stripTitles(_ words: Slice<UnsafeBufferPointer<TextToken>>) -> Slice<UnsafeBufferPointer<TextToken>> {
        stripTitles(words, flags: { $0.flags }, isOf: { $0.word == Word.of })
    }

    static func stripTitles(_ words: [String]) -> [String] {
        Array(stripTitles(words[...], flags: { catalogFlags(lowercased: $0.lowercased()) }, isOf: { $0 == "of" }))
    }

    /// The catalog's lists a lowercase word is in, found by its text (none for a word not in them).
    static func catalogFlags(lowercased word: String) -> Lexicon.WordFlags {
        Lexicon.catalog.id(word).map { Lexicon.catalog.flags[Int($0)] } ?? []
    }

    /// The fullest name for the mention `text` at `start`; records it for later mentions.
    mutating func resolve(text: String, start: Int) -> String? {
        // "Q:" and "A:", an interview's turns: the label is the speaker's mention, but names
        // nobody.
        if text.utf8.count == 1 { return nil }
        let resolved = resolvePhrase(text: text, start: start)
        if Self.mayBeGroup(text), let group = Self.group(text) { groups.append((start, resolved ?? group)) }
        return resolved
    }

    /// The phrase of a speaker that is several people or a group ("Former prosecutors",
    /// "Democrats", "Bessent and Hassett"), without its article and what describes it after a
    /// comma or "who"; nil for one person or thing. "They" stands for the last of these.
    static func group(_ text: String) -> String? {
        var head = text[...]
        // The comma found in the UTF-8: a search by characters walked grapheme breaks.
        if let comma = head.utf8.firstIndex(of: UInt8(ascii: ",")) { head = head[..<comma] }
        var words = spaceSeparated(String(head))
        if let who = words.firstIndex(of: "who"), who > 0 { words.removeSubrange(who...) }
        if words.count > 1, Lexicon.determiners.contains(words[0].lowercased()) { words.removeFirst() }
        guard let last = words.last.map({ trimmingEnds(String($0)) }), last.count > 3 else { return nil }
        let lower = last.lowercased()
        let plural: Bool
        if words.count >= 3, words.dropFirst().dropLast().contains("and") {
            // "Bessent and Hassett", "the mayor and the governor"; not "Excessive force and
            // police brutality", which are things.
            plural = last.unicodeScalars.first!.isUpper || Lexicon.agentNouns.contains(lower) || Lexicon.titles.contains(lower) || group(String(last)) != nil
        } else if last.unicodeScalars.first!.isUpper {
            // "Republicans", "Democrats", "Russians"; not "Sanders" or "Times".
            plural = lower.hasSuffixBytes("ans") || lower.hasSuffixBytes("ats")
        } else {
            plural = lower == "people" || lower == "police" || lower.hasSuffixBytes("s") && !lower.hasSuffixBytes("ss") && !lower.hasSuffixBytes("us") && !lower.hasSuffixBytes("is")
                && !lower.hasSuffixBytes("’s") && !lower.hasSuffixBytes("'s") && !Self.singularsInS.contains(lower)
        }
        return plural ? words.joined(separator: " ") : nil
    }

    /// A look at the bytes before `group` builds any string: most speakers are one person, a
    /// phrase whose head (up to a comma) ends in no "s" or "e" and has no " and " or " who ".
    static func mayBeGroup(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { b in
            let end = b.firstIndex(of: UInt8(ascii: ",")) ?? b.count
            guard end > 0 else { return false }
            if b[end - 1] == UInt8(ascii: "s") || b[end - 1] == UInt8(ascii: "e") { return true }
            var i = 0
            while i + 5 <= end {
                if b[i] == 0x20, b[i + 4] == 0x20,
                   b[i + 1] == UInt8(ascii: "a") && b[i + 2] == UInt8(ascii: "n") && b[i + 3] == UInt8(ascii: "d")
                    || b[i + 1] == UInt8(ascii: "w") && b[i + 2] == UInt8(ascii: "h") && b[i + 3] == UInt8(ascii: "o") { return true }
                i += 1
            }
            return false
        }
    }

    /// What an unnamed source knows a matter by: "people familiar with", "officials briefed on".
    static let knowingWords: WordList = ["familiar", "briefed", "involved", "knowledgeable"]

    /// Nouns in -s that are one thing: "news", "series".
    static let singularsInS: WordList = ["news", "series", "species", "politics", "economics", "headquarters", "means", "whereabouts"]

    /// How far back, in code points, "they" looks for a group that spoke: about two paragraphs.
    static let groupReach = 1200

    /// `placed`: the phrase was followed by a place ("the government in Beijing"), so another
    /// body of its kind that spoke before is not it.
    private mutating func resolvePhrase(text: String, start: Int, placed: Bool = false) -> String? {
        // "John Podesta, who said …", "Trump, speaking at a rally in Wilmington, N.C.", "Mr.
        // Trump’s former campaign manager, Corey Lewandowski": the first part set off by commas
        // that ends in a name is who speaks; the rest describes them.
        let scalars = text.unicodeScalars
        // Looked for in the UTF-8 once (a generic walk over the scalars cost more than the rest).
        let hasComma = text.utf8.contains(UInt8(ascii: ","))
        // A relative clause's or a description's words never stand for the speaker's name
        // (below, the phrase's last capitalised word would otherwise make it all a name).
        var hasDescribingPart = false
        var describedByRole = false
        if hasComma {
            // Split in the UTF-8 (a comma is one byte; the generic split over scalars cost
            // 8,000 instructions a phrase).
            let parts = text.utf8.split(separator: UInt8(ascii: ","), maxSplits: 3).prefix(3).map { Substring($0).unicodeScalars }
            for (n, part) in parts.enumerated() {
                // The part's last word starts with a capital: a name. Not a relative clause's
                // ("The statement, which was obtained by Variety"). A party tag after the name
                // is no part of it ("Rep. Ana Ruiz (D-Calif.)").
                let trimmed = Self.withoutPartyTag(part)
                if let w = Self.firstWord(trimmed), Self.clauseOpeners.contains(String(w)) {
                    hasDescribingPart = true
                    continue
                }
                // "The aides, led by campaign manager Terry Sullivan": a later part that opens
                // with a lowercase word other than a determiner describes; it does not name.
                if n > 0, let w = Self.firstWord(trimmed), w.first?.isLower == true, !Lexicon.determiners.contains(String(w)) {
                    hasDescribingPart = true
                    continue
                }
                // "The Bush-era whistleblower, a protégé of John Bolton and Dick Cheney": a later
                // part that is an article and a lowercase noun describes the first.
                if n > 0, case let words = String(Substring(trimmed)).split(separator: " "), words.count >= 3, Lexicon.determiners.contains(String(words[0])),
                   words[1].first?.isLowercase == true, words.contains("of") {
                    hasDescribingPart = true
                    describedByRole = true
                    continue
                }
                let lastWord = trimmed.lastIndex(of: " ").map { trimmed[trimmed.index(after: $0)...] } ?? trimmed[...]
                if lastWord.first?.isUpper == true {
                    // "the director of the FBI, James B. Comey": a role's name comes after it.
                    if n + 1 < parts.count {
                        let words = Self.spaceSeparated(String(Substring(trimmed)))
                        let next = Self.spaceSeparated(String(Substring(Self.withoutPartyTag(parts[n + 1]))))
                        if Self.isRoleOfName(words, words.map { $0.lowercased() }), !next.isEmpty, next.allSatisfy({ $0.unicodeScalars.first?.isUpper == true }) { continue }
                    }
                    return resolvePhrase(text: String(Substring(trimmed)), start: start)
                }
            }
            // No part names anybody: the first is the head ("the former governor, who …"), if
            // it resolves; else the whole phrase is read below ("Rep. Zoe Lofgren (D-Calif.), who").
            if let first = parts.first, parts.count > 1 {
                let trimmed = Self.withoutPartyTag(first)
                if !trimmed.isEmpty, let r = resolvePhrase(text: String(Substring(trimmed)), start: start) { return r }
                // The names in "a protégé of John Bolton and Dick Cheney" are not the speaker's.
                if describedByRole { return nil }
            }
        }
        // "The lawyer who represents the family": a relative clause describes; its antecedent
        // is who speaks.
        if let who = Self.firstWho(in: text), who > text.startIndex, !hasComma {
            return resolvePhrase(text: String(text[..<who]), start: start)
        }
        // "Home Depot (ticker: HD)", "Rep. Ana Ruiz (D-Calif.)": what is in brackets at the end
        // names nobody.
        if scalars.last == ")" {
            let bare = String(Substring(Self.withoutPartyTag(text[...].unicodeScalars)))
            if !bare.isEmpty && bare != text { return resolvePhrase(text: bare, start: start) }
        }
        let rawWords = Self.spaceSeparated(text)
        let lower = rawWords.map { $0.lowercased() }
        guard let last = lower.last else { return nil }
        // "Those close to Trump", "people familiar with Mr. Biden's thinking": an unnamed source;
        // the name is whom they know, not who speaks.
        if let k = lower.indices.dropFirst().dropLast().first(where: { k in
            lower[k] == "close" && lower[k + 1] == "to" || Self.knowingWords.contains(lower[k]) && (lower[k + 1] == "with" || lower[k + 1] == "on")
        }), rawWords[k].unicodeScalars.first?.isLower == true, !rawWords[1..<k].contains(where: { $0.unicodeScalars.first?.isUpper == true }) {
            return nil
        }
        // "We’ve", "he’s", "I'd": the pronoun without its contracted verb.
        let head = lower.count == 1 ? Self.withoutContraction(last) : last
        // "his recent claim", "their pledge": an owner pronoun stands for whom its pronoun would.
        if lower.count == 1, let pronoun = Self.pronoun(ofOwner: head) { return resolvePhrase(text: pronoun, start: start) }
        // "officials in Washington", "a senior analyst at Jefferies": the speaker is the role,
        // and the place or the employer after it names nobody in their stead.
        // So is what a thing is about ("President Obama's policy toward Syria", "sanctions against Iran").
        // Not a time ("Back in 1999") nor a title's capital ("Clinton Wades In").
        if lower.count > 2, let at = lower.indices.dropFirst().first(where: { Self.placePrepositions.contains(lower[$0]) && rawWords[$0].utf8.first! >= UInt8(ascii: "a") }), at + 1 < rawWords.count,
           rawWords[at + 1].unicodeScalars.first?.isUpper == true || Lexicon.determiners.contains(lower[at + 1]) {
            return resolvePhrase(text: rawWords[..<at].joined(separator: " "), start: start, placed: true)
        }
        var resolved: String?

        if lower.count == 1 && (head == "he" || head == "she") {
            // A person named outside quotation marks ("“… Pizza Express …,” he said"), not one
            // an honorific or a first name says is of the other sex ("Mr. Trump" is not "she").
            let other: Gender = head == "he" ? .female : .male
            let before = mentions[..<mentionCount(before: start)]
            func eligible(_ m: Mention, quoted: Bool) -> Bool { m.isPerson && !m.isModifier && (quoted || !m.inQuotation) && m.gender != other }
            let quoted = !before.contains { eligible($0, quoted: false) }
            if let last = before.lastIndex(where: { eligible($0, quoted: quoted) }) {
                // Of the people the nearest sentence with one names, the first: a sentence's
                // subject comes first, and "he" goes on with it ("Taylor Swift accused Big
                // Machine of … . She claimed …").
                let sentence = sentenceStarts.count(keyBelow: before[last].start + 1) { $0 }
                let from = sentence > 0 ? sentenceStarts[sentence - 1] : 0
                var first = mentions.count(keyBelow: from) { $0.start }
                // "As for Mr. Trump's attacks, Mr. Manafort said …", "After meeting Xi, Trump
                // …": a phrase fronted before the subject, up to its comma, is not where it is.
                let opening = tokens.count(keyBelow: from) { $0.range.lowerBound }
                if opening < tokens.count, !tokens[opening].flags.isDisjoint(with: [.phraseBoundary, .phraseStarter]),
                   let comma = (opening..<min(tokens.count, opening + 16)).first(where: { tokens[$0].isMark(",") }),
                   let after = (first...last).first(where: { mentions[$0].start > tokens[comma].range.lowerBound && eligible(mentions[$0], quoted: quoted) }) {
                    first = after
                }
                let m = mentions[(first...last).first { eligible(mentions[$0], quoted: quoted) } ?? last]
                resolved = fullName(nameWords(m), before: start)
            }
        } else if lower.count == 1 && head == "they", let group = lastGroup(before: start) {
            // "Former prosecutors said … . Take action before the election, they said, …";
            // "Sanders supporters are crying “fraud” … . They have promised to …"
            resolved = group
        } else if lower.count == 1 && (head == "it" || head == "they") {
            let people = namedPeople ?? Set(mentions.filter(\.isPerson).map(name))
            namedPeople = people
            for i in classifiedSpeakers..<speakers.count where !speakers[i].resolved.isEmpty && !people.contains(speakers[i].resolved) { nonPersonSpeakers.append(i) }
            classifiedSpeakers = speakers.count
            resolved = nonPersonSpeakers.last(where: { speakers[$0].start < start }).map { speakers[$0].resolved }
        } else if lower.count == 1 && (head == "i" || head == "we" || head == "you") {
            // The quoted speaker themselves: nothing fuller in the text, and no antecedent
            // for a later "they".
            return nil
        } else if let from = lower.firstIndex(where: { $0 == "from" || $0 == "by" }), from + 1 < rawWords.count,
                  lower[..<from].contains(where: Lexicon.mediumNouns.contains) || lower[..<from].contains(where: AttributionFinder.findingNouns.contains)
                    && rawWords.last?.unicodeScalars.first?.isUpper == true && rawWords[(from + 1)...].first(where: { !Lexicon.determiners.contains($0.lowercased()) })?.unicodeScalars.first?.isUpper == true {
            // "data released by MOTIE", "recent polls from Quinnipiac": a finding's named source
            // too (not "footage from the game").
            // "a statement from China's Commerce Ministry" → the ministry speaks; up to what
            // says more of the document ("a report from the inspector general to be released").
            var source = rawWords[(from + 1)...]
            if let stop = source.indices.dropFirst().first(where: { k in
                let w = lower[k]
                return Lexicon.phraseBoundaries.contains(w) && !Self.namePrepositions.contains(w) || w == "to"
                    || w.hasSuffixBytes("ed") && w.count > 4 && rawWords[k].unicodeScalars.first?.isLower == true
            }) { source = source[..<stop] }
            // "the FBI" → "FBI", as a name elsewhere resolves without its article.
            if source.count > 1, let first = source.first, Lexicon.determiners.contains(first.lowercased()),
               source.dropFirst().first?.unicodeScalars.first?.isUpper == true { source = source.dropFirst() }
            resolved = Self.trimming(source.joined(separator: " "), ",.")
        } else if !hasComma, Self.isRoleOfName(rawWords, lower) {
            // "The mayor of Chicago", "the wife of Donald Trump": a lowercase head before "of"
            // is who speaks; the name after it is the place or the person the head belongs to,
            // not the speaker. The role is the fullest name there is.
            var words = rawWords[...]
            if let first = words.first, Lexicon.determiners.contains(first.lowercased()) { words = words.dropFirst() }
            resolved = Self.trimming(words.joined(separator: " "), ",.")
        } else if let last = rawWords.last, last.unicodeScalars.first?.isUpper == true {
            // "envoy to Ukraine Kurt Volker said": the phrase after the role's preposition opens
            // with what the role is of.
            var nameWords = rawWords[...]
            if rawWords.count >= 3, case let t = tokens.count(keyBelow: start, { $0.range.lowerBound }), t < tokens.count, Self.followsRolePreposition(t, tokens) {
                let body = Lexicon.determiners.contains(lower[0]) ? rawWords.dropFirst() : rawWords[...]
                if let k = Self.firstNameStart(body, flags: { Self.catalogFlags(lowercased: $0.lowercased()) }, isCapitalized: { $0.unicodeScalars.first?.isUpper == true }) { nameWords = body[k...] }
            }
            let key = nameWords.count == rawWords.count ? text : nameWords.joined(separator: " ")
            let names: [[String]]
            if let known = namesBySpeakerText[key] { names = known } else {
                names = Self.personNames(in: nameWords.map(String.init))
                namesBySpeakerText[key] = names
            }
            if !names.isEmpty {
                var full: [String] = []
                for n in names { full.append(fullName(n, before: start)) }
                resolved = full.joined(separator: " and ")
            } else if rawWords.count == 1 {
                // "says Early" after "Chris Early": a surname that is a word opening sentences
                // too ("Early", "Late") is the person the article named in full.
                let word = Self.trimmingEnds(String(rawWords[0]))
                let full = fullName([word], before: start)
                if full != word { resolved = full }
            }
        } else if (3...5).contains(lower.count), Lexicon.determiners.contains(lower[0]), Self.orgHeads.contains(last),
                  rawWords.dropFirst().dropLast().allSatisfy({ $0.unicodeScalars.first?.isUpper == true && !$0.utf8.contains(UInt8(ascii: "-")) }) {
            // "the Sanders campaign", "the Obama administration": a body named by its people or
            // its country is that body, not the last of its kind to speak (not "the
            // Facebook-owned company").
            resolved = rawWords.dropFirst().joined(separator: " ")
        } else if let first = lower.first, Lexicon.determiners.contains(first) {
            // "the ministry", "the statement": the last speaker or name with the same head noun.
            // "The European Union's top court" is that owner's: another court is not it, and
            // with none before, the phrase is the fullest name there is.
            // Only a short phrase of a name's own thing: "the", capitalised words, the owner's
            // "'s", lowercase words ("The Washington Post's investigative unit").
            let ownerAt = lower.count <= 5 ? lower.indices.dropFirst().dropLast().first { lower[$0].hasSuffixBytes("'s") || lower[$0].hasSuffixBytes("’s") } : nil
            let owner = ownerAt.flatMap { k -> String? in
                guard rawWords[1...k].allSatisfy({ $0.unicodeScalars.first?.isUpper == true }),
                      rawWords[(k + 1)...].allSatisfy({ $0.unicodeScalars.first?.isLower == true }) else { return nil }
                return String(lower[k].unicodeScalars.dropLast(2))
            }
            func owned(_ words: [String]) -> Bool { owner.map { o in words.contains { $0.hasPrefix(o) } } ?? true }
            let same = placed ? nil : speakers.count < Self.indexFrom ? speakers.indices.last(where: { speakers[$0].start < start && speakers[$0].words.contains(head) && owned(speakers[$0].words) })
                : speakersByWord[head]?.last(where: { speakers[$0].start < start && owned(speakers[$0].words) })
            if owner != nil, same == nil {
                resolved = Self.trimming(rawWords.dropFirst().joined(separator: " "), ",.")
            } else if let i = same {
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
            // "the “Avatar” star" after a headline's "… Star": the head word alone names nobody.
            if let r = resolved, r.lowercased() == head { resolved = nil }
        }
        // A pronoun with no antecedent stays unresolved (not "He" resolved as "He").
        // Nor does "Some" or "Many" opening a sentence.
        if resolved == nil, !hasDescribingPart, rawWords.last?.unicodeScalars.first?.isUpper == true,
           !(lower.count == 1 && (Lexicon.pronouns.contains(head) || AttributionFinder.quantifiers.contains(head) || AttributionFinder.pluralQuantifiers.contains(head))) {
            // No person is named here, so the words that are titles before a person's name are
            // this name's own ("American Airlines", "European Commission", "National Guard"):
            // the phrase is kept whole, unless it is titles only ("Republican", "Senator") or a
            // title and a place ("Senator from Texas").
            var words = rawWords.map(String.init)
            let bare = Self.stripTitles(words)
            if words.count > 1, Lexicon.determiners.contains(words[0].lowercased()) { words.removeFirst() }
            if let first = bare.first, !Self.namePrepositions.contains(first), bare.contains(where: { $0.unicodeScalars.first?.isUpper == true }) {
                resolved = words.joined(separator: " ")
            }
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

    /// The name of the last group before `start`, among those that spoke and those that
    /// opened a sentence as its subject, within `groupReach`.
    private mutating func lastGroup(before start: Int) -> String? {
        let subjects = subjectGroups ?? sentenceSubjectGroups()
        subjectGroups = subjects
        let candidates = [groups.last { $0.start < start }, subjects.last { $0.start < start }].compactMap { $0 }
        guard let group = candidates.max(by: { $0.start < $1.start }), start - group.start <= Self.groupReach else { return nil }
        return group.name
    }

    /// The groups that open sentences as their subjects: the words from a sentence's
    /// capitalised first word up to its first verb, when they are several people or a group.
    func sentenceSubjectGroups() -> [(start: Int, name: String)] {
        var out: [(start: Int, name: String)] = []
        var i = 0
        for start in sentenceStarts {
            while i < tokens.count, tokens[i].range.lowerBound < start { i += 1 }
            guard i < tokens.count, tokens[i].range.lowerBound == start, tokens[i].kind == .word, tokens[i].isCapitalized,
                  tokens[i].flags.isDisjoint(with: [.phraseBoundary, .phraseStarter, .pronoun, .sentenceOpener, .endsInING]) else { continue }
            func isVerb(_ t: TextToken) -> Bool {
                !t.isCapitalized && !t.flags.isDisjoint(with: [.auxiliary, .beForm, .verbForm, .cue]) || Self.endsInED(t, text)
            }
            var j = i
            while j < tokens.count, j - i < 12, tokens[j].kind == .word,
                  !isVerb(tokens[j]), tokens[j].isCapitalized || tokens[j].word == Word.of || tokens[j].word == Word.and || tokens[j].flags.isDisjoint(with: [.phraseBoundary, .pronoun]) {
                j += 1
            }
            guard j > i, j < tokens.count, isVerb(tokens[j]) else { continue }
            // Only a head in -s or "and" can make a group: no text is built for the rest.
            guard text[tokens[j - 1].range.upperBound - 1] == "s" || text[tokens[j - 1].range.upperBound - 1] == "e"
                    || tokens[i..<j].contains(where: { $0.word == Word.and }) else { continue }
            // "The debate Bernie Sanders and Hillary Clinton …": a noun before a name is no
            // subject's head (a title is, "congresswoman Alexandria Ocasio-Cortez", and so is
            // "other" in "Trump and other Republicans").
            if (i..<(j - 1)).contains(where: { k in
                !tokens[k].isCapitalized && tokens[k + 1].isCapitalized && tokens[k].word != Word.of && tokens[k].word != Word.and
                    && tokens[k].flags.isDisjoint(with: [.determiner, .title, .quantifier, .pluralQuantifier])
            }) { continue }
            let phrase = scalarString(text, tokens[i].range.lowerBound..<tokens[j - 1].range.upperBound)
            if let group = Self.group(phrase) { out.append((start, group)) }
        }
        return out
    }

    /// Whether the words are a lowercase role and the name it is of: "the mayor of Chicago",
    /// "attorney general of the state of New York" (lowercase nouns after "of" only before
    /// another "of"); not a title before a name ("secretary of state Hillary Clinton", "Secretary
    /// of State John Kerry") nor a part of a group ("one of Mr. Obama's aides": lowercase last).
    static func isRoleOfName(_ rawWords: [Substring], _ lower: [String]) -> Bool {
        func isUpper(_ w: Substring) -> Bool { w.unicodeScalars.first?.isUpper == true }
        guard let of = lower.indices.dropFirst().first(where: { lower[$0] == "of" }), of + 1 < rawWords.count, !isUpper(rawWords[of - 1]),
              !Lexicon.determiners.contains(lower[of - 1]), !AttributionFinder.quantifiers.contains(lower[of - 1]),
              !rawWords[..<of].contains(where: { isUpper($0) && !Lexicon.determiners.contains($0.lowercased()) }),
              let last = rawWords.last, isUpper(last), !last.hasSuffixBytes("’s"), !last.hasSuffixBytes("'s") else { return false }
        var k = of + 1
        while k < rawWords.count {
            let w = lower[k]
            // Not "and": "the acting director of the Department of Homeland Security and Alex
            // Azar" joins two speakers.
            if isUpper(rawWords[k]) || Lexicon.determiners.contains(w) || w != "and" && institutionJoiners.contains(w) {
                k += 1
                continue
            }
            // "the state of New York": a lowercase noun goes on only into another "of".
            guard k + 1 < rawWords.count, lower[k + 1] == "of", !rawWords[(of + 1)..<k].contains(where: isUpper) else { return false }
            k += 1
        }
        return true
    }

    /// "Center for Disease Control and Prevention", "Council on Foreign Relations": the
    /// lowercase words an institution's name goes on through.
    static let institutionJoiners: WordList = ["of", "for", "on", "and"]

    /// "we" for "we’ve", "he" for "he's": a pronoun with a contracted verb, without it; any
    /// other word as it is.
    static func withoutContraction(_ word: String) -> String {
        // No apostrophe (nearly every word): answered from the UTF-8, not by walking characters.
        guard word.utf8.contains(where: { $0 == UInt8(ascii: "'") || $0 == 0xE2 }) else { return word }
        guard let apostrophe = word.firstIndex(where: { $0 == "’" || $0 == "'" }) else { return word }
        let base = String(word[..<apostrophe])
        let rest = word[word.index(after: apostrophe)...]
        return Lexicon.pronouns.contains(base) && ["ve", "re", "ll", "d", "s", "m"].contains(rest) ? base : word
    }

    /// "he" for "his", "they" for "their": the pronoun an owner pronoun is the form of.
    static func pronoun(ofOwner word: String) -> String? {
        switch word {
        case "his": "he"
        case "her": "she"
        case "their": "they"
        case "its": "it"
        default: nil
        }
    }

    /// The words of `text` between spaces, found in its UTF-8 (a split over scalars is a
    /// generic walk, and over characters one through grapheme breaks).
    /// Where " who " first occurs, read in UTF-8: Foundation's `range(of:)` bridges to
    /// NSString on Linux and cost 3% of the claims stage.
    static func firstWho(in text: String) -> String.Index? {
        // Found in the contiguous bytes, then made an index once (a walk by UTF-8 index cost
        // 600 instructions a phrase).
        var bytes = text
        let offset = bytes.withUTF8 { whoNeedle.firstOffset(in: UnsafeRawBufferPointer($0)) }
        return offset.map { text.utf8.index(text.utf8.startIndex, offsetBy: $0) }
    }

    static let whoNeedle = ByteNeedle(" who ")

    static func spaceSeparated(_ text: String) -> [Substring] {
        let utf8 = text.utf8
        var out: [Substring] = []
        out.reserveCapacity(8)
        var start = utf8.startIndex
        var i = start
        while i < utf8.endIndex {
            if utf8[i] == 0x20 {
                if start < i { out.append(text[start..<i]) }
                start = utf8.index(after: i)
            }
            i = utf8.index(after: i)
        }
        if start < utf8.endIndex { out.append(text[start..<utf8.endIndex]) }
        return out
    }

    /// A part's first word, up to its first space (`withoutPartyTag` left no space before it).
    static func firstWord(_ part: Substring.UnicodeScalarView) -> Substring.UnicodeScalarView? {
        let w = part.prefix { $0 != " " }
        return w.isEmpty ? nil : w
    }

    /// The words, as written, that open a relative clause after a comma: "…, who said", "…,
    /// that …" (`Word.relativeWords` are the catalog's, lowercased, without "that").
    static let clauseOpeners: WordList = ["who", "which", "whose", "whom", "that"]

    /// A comma part of a speaker phrase without its spaces and a party tag at its end
    /// ("Rep. Ana Ruiz (D-Calif.)" → "Rep. Ana Ruiz").
    static func withoutPartyTag(_ part: Substring.UnicodeScalarView) -> Substring.UnicodeScalarView {
        var trimmed = part.drop { $0 == " " }
        if trimmed.last == ")", let open = trimmed.lastIndex(of: "(") { trimmed = trimmed[..<open] }
        while trimmed.last == " " { trimmed = trimmed.dropLast() }
        return trimmed
    }

    /// The mention's text: its words, and what it owns after "’s".
    func name(_ m: Mention) -> String {
        // A name without the possessive it was written with ("Jeffrey Epstein’s", "the
        // Defense Ministry’s claim").
        let name = scalarString(text, joining: tokens[m.words].map { t in
            m.possessed == nil && Self.isPossessive(t, text) ? t.range.dropLast(2) : t.range
        })
        guard let p = m.possessed else { return name }
        return name + "’s " + scalarString(text, joining: tokens[p].map(\.range))
    }

    /// The words of `name(m)`, each from its token: the name's text split at its spaces,
    /// without building and splitting it.
    func nameWords(_ m: Mention) -> [String] {
        guard m.possessed == nil else { return Self.spaceSeparated(name(m)).map(String.init) }
        return tokens[m.words].map { t in scalarString(text, Self.isPossessive(t, text) ? t.range.dropLast(2) : t.range) }
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

    /// A word of a speaker phrase without the punctuation around it, but with the period of
    /// an abbreviation or an initial ("U.S.", "S."), which is part of the name.
    static func trimmingEnds(_ w: String) -> String {
        let u = w.unicodeScalars
        func isMark(_ c: Unicode.Scalar) -> Bool { c == "," || c == "." || c == ";" || c == ":" }
        guard let first = u.first, let last = u.last, isMark(first) || isMark(last) else { return w }
        var a = u.startIndex
        var b = u.endIndex
        while a < b, isMark(u[a]) { a = u.index(after: a) }
        // The last period stays when the word is an abbreviation or an initial.
        var periodAt: String.UnicodeScalarView.Index?
        while b > a, isMark(u[u.index(before: b)]) {
            b = u.index(before: b)
            periodAt = u[b] == "." ? b : nil
        }
        if let p = periodAt, p == b, u[a..<b].contains(".") || u.distance(from: a, to: b) == 1 { b = u.index(after: b) }
        return String(u[a..<b])
    }

    /// The people a speaker phrase names, titles stripped. Names joined by "and" are several
    /// speakers. Otherwise the phrase has one head: a name after descriptors ("United Nations
    /// spokesman Farhan Haq", "Jefferies analyst Jo Ma") is the speaker and what comes before
    /// it describes them; a name before a preposition ("Sui-Lee Wee of the New York Times")
    /// is the speaker and what follows describes them, and so is a common noun ("a spokesman
    /// for Hillary Clinton" names nobody). Titles go on through "of" ("Secretary of State John
    /// Kerry"), an institution's name through `institutionJoiners` ("the Center for Disease
    /// Control and Prevention"), a name through its particles ("Osama bin Laden").
    static func personNames(in words: [String]) -> [[String]] {
        let clean = words.map(Self.trimmingEnds)
        let lower = clean.map { $0.lowercased() }
        // Each word's lists, from the catalog every claims rule reads: one lookup a word.
        let classes = lower.map(catalogFlags(lowercased:))
        // Never begins a name: "But", "In", "The", "Most", "I", "Half", "Interestingly".
        func isFunctionWord(_ k: Int) -> Bool {
            !classes[k].isDisjoint(with: [.phraseBoundary, .phraseStarter, .quantifier, .pronoun, .determiner]) || lower[k] == "half" || isSentenceAdverb(lower[k])
        }
        // After a speaker's head, introduces what describes them.
        func isPreposition(_ k: Int) -> Bool { !classes[k].isDisjoint(with: [.phraseBoundary, .namePreposition]) }
        let capitalized = clean.map { $0.unicodeScalars.first?.isUpper == true }
        var out: [[String]] = []
        // The head of the current "and" group (word positions), and whether a preposition
        // has closed it.
        var head: [Int] = []
        var closed = false
        var run: [Int] = []
        // The lowercase words since the last run.
        var between: [Int] = []
        func stripped(_ name: [Int]) -> [String] {
            // "National Institute on Drug Abuse": an institution's name keeps its "titles".
            // Its head is the body ("Institute" before "on"), not a title's ("White House
            // Press Secretary Sean Spicer").
            if name.count > 1, name.indices.dropFirst().contains(where: { i in
                classes[name[i]].contains(.orgHead) && i + 1 < name.count && Self.institutionJoiners.contains(lower[name[i + 1]])
            }) {
                return name.drop { classes[$0].contains(.determiner) }.map { clean[$0] }
            }
            var bare = stripTitles(name[...], flags: { classes[$0] }, isOf: { lower[$0] == "of" })
            // "Apple CEO Tim Cook": a title inside, before a name of two words or more.
            if let t = bare.indices.dropFirst().last(where: { classes[bare[$0]].contains(.title) }), bare.endIndex - t > 2,
               bare[(t + 1)...].allSatisfy({ capitalized[$0] && classes[$0].isDisjoint(with: [.title, .orgHead]) }) {
                bare = bare[(t + 1)...]
            }
            return bare.map { clean[$0] }
        }
        func endGroup() {
            let s = stripped(head)
            if !s.isEmpty, !orgHeads.contains(s.last!.lowercased()) { out.append(s) }
            head = []
            closed = false
        }
        func endRun(beforeLowercase: Bool) {
            // "But Parise", "In Tulsa", "Last week": a capitalised sentence opener is no name.
            let opener = run.prefix(while: isFunctionWord)
            run.removeFirst(opener.count)
            between += opener
            // "Mrs. Clinton’s presidential campaign": an owner is not the phrase's head; in
            // "NASA’s Steve Clarke" the name is what follows the owner (a name of two words or
            // more: "People’s Daily" and "Editor’s Note" are names with the owner in them).
            func owns(_ k: Int) -> Bool { clean[k].hasSuffixBytes("’s") || clean[k].hasSuffixBytes("'s") }
            if beforeLowercase, let last = run.last, owns(last) {
                between += run
                run = []
            } else if let owner = run.dropLast().lastIndex(where: owns), run.count - (owner + 1) >= 2,
                      !run[(owner + 1)...].contains(where: { classes[$0].contains(.orgHead) }) {
                between += run[...owner]
                run.removeFirst(owner + 1)
            }
            guard !run.isEmpty else { return }
            // "chief of staff", "secretary of state": "of" after a title is part of a descriptor.
            let preposition = between.indices.contains { k in
                isPreposition(between[k]) && !(lower[between[k]] == "of" && k > 0 && classes[between[k - 1]].contains(.title))
            }
            if between.contains(where: { lower[$0] == "and" || lower[$0] == "&" }) {
                endGroup()
                head = run
            } else if head.isEmpty {
                // A common noun before a preposition is the head ("a spokesman for …").
                if preposition && between.contains(where: { !isFunctionWord($0) && !isPreposition($0) }) {
                    closed = true
                } else if !closed {
                    head = run
                }
            } else if !closed {
                let titleGoesOn = between.count == 1 && lower[between[0]] == "of" && classes[head.last!].contains(.title)
                let titleOnly = stripped(head).isEmpty
                if titleGoesOn || titleOnly && !preposition {
                    head = titleOnly ? run : head + between + run
                } else if preposition {
                    closed = true
                } else {
                    head = run
                }
            }
            run = []
            between = []
        }
        for k in clean.indices {
            if capitalized[k] {
                run.append(k)
                continue
            }
            let nextIsCapitalized = k + 1 < clean.count && capitalized[k + 1]
            if !run.isEmpty, nextIsCapitalized, classes[k].contains(.nameParticle)
                || Self.institutionJoiners.contains(lower[k]) && run.contains(where: { classes[$0].contains(.orgHead) }) {
                run.append(k)
                continue
            }
            endRun(beforeLowercase: true)
            between.append(k)
        }
        endRun(beforeLowercase: false)
        endGroup()
        // Organisations ("The Chinese Commerce Ministry") are not people's names.
        return out.filter { name in !(name.count == 1 && Lexicon.determiners.contains(name[0].lowercased())) }
    }

    /// "Bessent" → "Scott Bessent" when the article named him in full before (or after).
    /// The longest such name before `start`, else after it; among equals, the last.
    mutating func fullName(_ name: [String], before start: Int) -> String {
        guard let lastWord = vocabulary.existingID(of: name.last!.lowercased()) else { return name.joined(separator: " ") }
        if mentions.count < Self.indexFrom { return scannedFullName(name, lastWord: lastWord, before: start) }
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
            if m.wordCount >= name.count && hasWords(m, of: name) { return self.name(m) }
        }
        return name.joined(separator: " ")
    }

    /// `fullName` by a pass over the mentions: not mutating, so that it reads the resolver in
    /// place (a mutating caller's calls copied all of it).
    private func scannedFullName(_ name: [String], lastWord: Int32, before start: Int) -> String {
        var best: (count: Int, index: Int)?
        var bestBefore: (count: Int, index: Int)?
        for n in personLastWords.indices where personLastWords[n] == lastWord {
            let m = mentions[n]
            guard m.wordCount >= name.count && hasWords(m, of: name) else { continue }
            if m.wordCount >= best?.count ?? 0 { best = (m.wordCount, n) }
            if m.start < start, m.wordCount >= bestBefore?.count ?? 0 { bestBefore = (m.wordCount, n) }
        }
        if let chosen = bestBefore ?? best { return self.name(mentions[chosen.index]) }
        return name.joined(separator: " ")
    }

    /// Whether a person's mention has the words of `name` in order: "Hillary Clinton" is not
    /// "Bill Clinton", though both end in "Clinton" (the last word is compared before this);
    /// "Donald J. Trump" is "Donald Trump".
    func hasWords(_ m: Mention, of name: [String]) -> Bool {
        guard name.count > 1 else { return true }
        func bare(_ w: String) -> String {
            let lower = w.lowercased()
            return lower.unicodeScalars.last == "." ? String(lower.unicodeScalars.dropLast()) : lower
        }
        var wanted = name.dropLast().makeIterator()
        var next = wanted.next().map(bare)
        for t in tokens[m.words].dropLast() where next != nil && bare(vocabulary.word(t.word)) == next {
            next = wanted.next().map(bare)
        }
        return next == nil
    }

    /// How many mentions start before code point `start` (mentions are in text order).
    func mentionCount(before start: Int) -> Int { mentions.count(keyBelow: start) { $0.start } }
}
