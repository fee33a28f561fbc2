/// The reporting-verb lexicon: every word that can attribute a statement, with its lemma and
/// what it says about the statement. One readable table; the claims stage reads only this.
public enum ReportingVerbs {
    public enum Class: String, Sendable {
        /// Neutral report: say, tell, state, note.
        case say
        /// The speaker rejects a statement: deny, reject, dispute.
        case deny
        /// The speaker is unsure or wishes: believe, think, hope, suggest.
        case hedge
        /// About the future: predict, forecast, expect, warn.
        case predict
        /// Asks for action: urge, call on, demand.
        case urge
        /// Strong assertion: insist, stress, emphasise, make it clear.
        case assert
        /// Questions: ask, wonder.
        case ask
        /// Findings of documents and studies: show, find, report.
        case report
    }

    public struct Entry: Sendable {
        public var lemma: String
        public var verbClass: Class
        /// The lemma's number in the word catalog (-1 for a phrase) and the rules' lemma lists
        /// it is in: set by the catalog for the entries it holds, so that a cue made from one
        /// compares and classifies its lemma without a string.
        var lemmaWord: Int32 = -1
        var lists: AttributionFinder.LemmaLists = []

        public init(lemma: String, verbClass: Class) {
            self.lemma = lemma
            self.verbClass = verbClass
        }
    }

    /// lemma → (class, inflected forms). Forms cover -s, -ed/-en and -ing.
    static let table: [(String, Class, [String])] = [
        ("say", .say, ["say", "says", "said", "saying"]),
        ("tell", .say, ["tell", "tells", "told", "telling"]),
        ("state", .say, ["states", "stated", "stating"]),
        ("add", .say, ["added", "adds", "adding"]),
        ("note", .say, ["noted", "notes", "noting"]),
        ("explain", .say, ["explained", "explains", "explaining"]),
        ("write", .say, ["wrote", "writes", "writing", "written"]),
        ("tweet", .say, ["tweeted", "tweets", "tweeting"]),
        // Only a document's: see AttributionFinder.isVerbReads.
        ("read", .say, ["reads"]),
        ("post", .say, ["posted"]),
        ("announce", .say, ["announced", "announces", "announcing"]),
        ("reveal", .say, ["revealed", "reveals", "revealing"]),
        ("disclose", .say, ["disclosed", "discloses"]),
        ("confirm", .say, ["confirmed", "confirms", "confirming"]),
        ("indicate", .say, ["indicated", "indicates", "indicating"]),
        ("acknowledge", .say, ["acknowledged", "acknowledges", "acknowledging"]),
        ("admit", .say, ["admitted", "admits", "admitting"]),
        ("concede", .say, ["conceded", "concedes", "conceding"]),
        ("recall", .say, ["recalled", "recalls", "recalling"]),
        ("remember", .say, ["remembered"]),
        ("reiterate", .say, ["reiterated", "reiterates", "reiterating"]),
        ("echo", .say, ["echoed", "echoes", "echoing"]),
        ("reply", .say, ["replied", "replies", "replying"]),
        ("respond", .say, ["responded", "responds", "responding"]),
        ("answer", .say, ["answered"]),
        ("continue", .say, ["continued"]),
        ("describe", .say, ["described", "describes", "describing"]),
        ("comment", .say, ["commented"]),
        ("remark", .say, ["remarked", "remarking"]),
        ("observe", .say, ["observed"]),
        ("mention", .say, ["mentioned", "mentions", "mentioning"]),
        ("testify", .say, ["testified", "testifies"]),
        ("inform", .say, ["informed"]),
        ("cite", .say, ["cited", "cites", "citing"]),
        ("quote", .say, ["quoted"]),
        ("recount", .say, ["recounted", "recounts", "recounting"]),
        ("remind", .say, ["reminded", "reminds", "reminding"]),
        ("clarify", .say, ["clarified", "clarifies"]),
        ("articulate", .say, ["articulated"]),
        ("muse", .say, ["mused"]),
        ("signal", .say, ["signaled", "signalled", "signals", "signaling"]),
        ("discuss", .say, ["discussed", "discusses", "discussing"]),
        // Not "talking" and "talks": mostly "talking points" and peace talks.
        ("talk", .say, ["talked"]),
        ("express", .say, ["expressed", "expresses", "expressing"]),
        ("voice", .say, ["voiced", "voices", "voicing"]),
        ("email", .say, ["emailed"]),
        ("retweet", .say, ["retweeted"]),
        ("repeat", .say, ["repeated", "repeats", "repeating"]),
        ("elaborate", .say, ["elaborated"]),
        ("interject", .say, ["interjected"]),
        ("outline", .say, ["outlined", "outlines", "outlining"]),
        ("highlight", .say, ["highlighted", "highlights", "highlighting"]),
        ("invoke", .say, ["invoked", "invokes", "invoking"]),
        ("allude", .say, ["alluded", "alludes", "alluding"]),
        ("reference", .say, ["referenced", "references", "referencing"]),
        ("apologize", .say, ["apologized", "apologised", "apologizes"]),
        ("report", .report, ["reported", "reports", "reporting"]),
        ("find", .report, ["found", "finds"]),
        ("show", .report, ["show", "shows", "showed", "showing"]),
        ("conclude", .report, ["concluded", "concludes"]),
        // A court's or a referee's finding: "The court ruled that the law was unconstitutional"
        // ("ruled out" is another verb).
        ("rule", .report, ["ruled"]),
        ("learn", .report, ["learned", "learnt"]),
        ("estimate", .report, ["estimated", "estimates"]),
        ("claim", .assert, ["claimed", "claims", "claiming"]),
        ("allege", .assert, ["alleged", "alleges", "alleging"]),
        ("assert", .assert, ["assert", "asserted", "asserts", "asserting"]),
        ("insist", .assert, ["insisted", "insists", "insisting"]),
        ("stress", .assert, ["stressed", "stresses", "stressing"]),
        ("emphasize", .assert, ["emphasized", "emphasised", "emphasizes", "emphasises", "emphasizing", "emphasising"]),
        ("declare", .assert, ["declared", "declares", "declaring"]),
        ("argue", .assert, ["argued", "argues", "arguing"]),
        ("contend", .assert, ["contended", "contends"]),
        ("maintain", .assert, ["maintained", "maintains"]),
        ("vow", .assert, ["vowed", "vows", "vowing"]),
        ("pledge", .assert, ["pledged", "pledges", "pledging"]),
        ("promise", .assert, ["promised", "promises", "promising"]),
        ("boast", .assert, ["boasted", "boasts"]),
        ("brag", .assert, ["bragged", "brags"]),
        ("tout", .assert, ["touted", "touts", "touting"]),
        ("proclaim", .assert, ["proclaimed", "proclaims"]),
        ("reaffirm", .assert, ["reaffirmed", "reaffirms"]),
        ("accuse", .assert, ["accused", "accuses", "accusing"]),
        ("charge", .assert, ["charged"]),
        ("criticize", .assert, ["criticized", "criticised", "criticizes", "criticizing"]),
        ("complain", .assert, ["complained", "complains"]),
        ("lament", .assert, ["lamented", "laments"]),
        ("scold", .assert, ["scolded", "scolds"]),
        ("chide", .assert, ["chided", "chides"]),
        ("rebuke", .assert, ["rebuked", "rebukes"]),
        ("counter", .assert, ["countered", "counters"]),
        ("retort", .say, ["retorted"]),
        ("joke", .say, ["joked", "jokes"]),
        ("quip", .say, ["quipped"]),
        // Manner of speaking: "“Out!” the crowd yelled."
        ("yell", .say, ["yelled", "yells", "yelling"]),
        ("shout", .say, ["shouted", "shouts", "shouting"]),
        ("scream", .say, ["screamed", "screams"]),
        ("chant", .say, ["chanted", "chanting"]),
        ("exclaim", .say, ["exclaimed"]),
        ("whisper", .say, ["whispered"]),
        ("assure", .assert, ["assured", "assures", "assuring"]),
        ("blame", .assert, ["blamed", "blames", "blaming"]),
        // Stance: what the speaker backs or attacks ("Lawmakers have endorsed …").
        ("praise", .assert, ["praised", "praises", "praising"]),
        ("defend", .assert, ["defended", "defends", "defending"]),
        ("blast", .assert, ["blasted", "blasts", "blasting"]),
        ("slam", .assert, ["slammed", "slams", "slamming"]),
        ("mock", .assert, ["mocked", "mocks", "mocking"]),
        ("denounce", .assert, ["denounced", "denounces", "denouncing"]),
        ("condemn", .assert, ["condemned", "condemns", "condemning"]),
        ("decry", .assert, ["decried", "decries", "decrying"]),
        ("lambaste", .assert, ["lambasted", "lambastes"]),
        ("deride", .assert, ["derided", "derides"]),
        ("hail", .assert, ["hailed", "hails"]),
        ("applaud", .assert, ["applauded", "applauds"]),
        ("credit", .assert, ["credited", "credits"]),
        ("thank", .assert, ["thanked", "thanking"]),
        ("assail", .assert, ["assailed", "assails"]),
        ("liken", .assert, ["likened", "likens"]),
        ("label", .assert, ["labeled", "labelled", "labels"]),
        ("brand", .assert, ["branded"]),
        ("dub", .assert, ["dubbed"]),
        ("bemoan", .assert, ["bemoaned", "bemoans"]),
        ("congratulate", .assert, ["congratulated"]),
        ("portray", .assert, ["portrayed", "portrays", "portraying"]),
        ("rail", .assert, ["railed", "railing"]),
        ("welcome", .assert, ["welcomed"]),
        ("embrace", .assert, ["embraced", "embraces", "embracing"]),
        ("champion", .assert, ["championed", "champions"]),
        ("knock", .assert, ["knocked", "knocks"]),
        ("endorse", .assert, ["endorsed", "endorses", "endorsing"]),
        ("support", .assert, ["supported", "supports", "supporting"]),
        ("back", .assert, ["backed", "backs", "backing"]),
        ("oppose", .assert, ["opposed", "opposes", "opposing"]),
        ("deny", .deny, ["denied", "denies", "denying", "deny"]),
        ("reject", .deny, ["rejected", "rejects", "rejecting"]),
        ("dispute", .deny, ["disputed", "disputes"]),
        ("dismiss", .deny, ["dismissed", "dismisses", "dismissing"]),
        ("rebuff", .deny, ["rebuffed"]),
        ("rebut", .deny, ["rebutted"]),
        ("refute", .deny, ["refuted"]),
        ("believe", .hedge, ["believe", "believes", "believed", "believing"]),
        ("think", .hedge, ["thinks", "thought"]),
        ("hope", .hedge, ["hopes", "hoped", "hoping"]),
        ("suggest", .hedge, ["suggested", "suggests", "suggesting"]),
        ("speculate", .hedge, ["speculated"]),
        ("surmise", .hedge, ["surmised", "surmises"]),
        ("hint", .hedge, ["hinted", "hints"]),
        ("imply", .hedge, ["implied", "implies", "implying"]),
        ("suspect", .hedge, ["suspects", "suspected"]),
        ("fear", .hedge, ["fears", "feared"]),
        ("worry", .hedge, ["worried", "worries"]),
        ("predict", .predict, ["predicted", "predicts", "predicting"]),
        ("forecast", .predict, ["forecast", "forecasts", "forecasted"]),
        ("expect", .predict, ["expects", "expected", "expecting"]),
        ("project", .predict, ["projected", "projects"]),
        ("warn", .predict, ["warned", "warns", "warning"]),
        ("caution", .predict, ["cautioned", "cautions"]),
        ("threaten", .predict, ["threatened", "threatens"]),
        ("urge", .urge, ["urged", "urges", "urging"]),
        ("demand", .urge, ["demanded", "demands", "demanding"]),
        ("request", .urge, ["requested"]),
        ("encourage", .urge, ["encouraged", "encourages"]),
        ("press", .urge, ["pressed", "presses"]),
        ("call", .urge, ["called", "calls", "calling"]),
        ("propose", .urge, ["proposed", "proposes", "proposing"]),
        ("recommend", .urge, ["recommended", "recommends"]),
        ("advise", .urge, ["advised"]),
        ("plead", .urge, ["pleaded", "pleads"]),
        ("implore", .urge, ["implored"]),
        ("order", .urge, ["ordered"]),
        ("ask", .ask, ["asked", "asks", "asking"]),
        // Intentions, agreement and knowledge: journalists attribute these as they do speech
        // ("Clinton wants to triple AmeriCorps", "Republicans agreed that …").
        ("want", .hedge, ["wants", "wanted"]),
        ("plan", .predict, ["plans", "planned"]),
        ("intend", .predict, ["intends", "intended"]),
        ("seek", .predict, ["seeks", "sought"]),
        ("agree", .assert, ["agreed", "agrees"]),
        ("know", .assert, ["knows", "knew"]),
        ("decide", .assert, ["decided"]),
        ("decline", .deny, ["declined", "declines"]),
        ("refuse", .deny, ["refused", "refuses", "refusing"]),
        ("offer", .say, ["offered"]),
        ("attack", .assert, ["attacked"]),
        ("feel", .hedge, ["feels", "felt"]),
        ("doubt", .hedge, ["doubts", "doubted"]),
        ("recognize", .say, ["recognized", "recognizes"]),
        ("wonder", .ask, ["wondered", "wonders"]),
        ("question", .ask, ["questioned", "questioning"]),
    ]

    static let forms: [String: Entry] = {
        var out: [String: Entry] = [:]
        for (lemma, cls, words) in table {
            for w in words { out[w] = Entry(lemma: lemma, verbClass: cls) }
            // Plural subjects take the base form: "critics argue", "officials fear", "I think".
            if !lemma.contains(" "), !baseFormsNotCues.contains(lemma), out[lemma] == nil { out[lemma] = Entry(lemma: lemma, verbClass: cls) }
        }
        return out
    }()

    /// Lemmas whose base form is mostly something else in news text: a noun ("a post", "the
    /// state", "a call") or an everyday verb ("continue", "learn").
    static let baseFormsNotCues: WordList = [
        "state", "post", "tweet", "continue", "quote", "learn", "call", "answer", "project", "offer", "attack", "charge",
        "counter", "joke", "comment", "remark", "recall", "reply", "add", "write", "find", "show", "report", "estimate",
        "note", "decide", "support", "back", "order", "yell", "shout", "scream", "chant", "whisper", "mock", "signal",
        "hint", "credit", "hail", "tout", "remind", "muse", "talk", "voice", "email", "repeat", "outline", "highlight",
        "label", "rail", "express", "discuss", "reference", "welcome", "champion", "knock", "request", "press", "rule", "brand",
    ]

    /// The base forms left out of `forms`, for the one place they attribute: before "that".
    static let baseFormEntries: [String: Entry] = {
        var out: [String: Entry] = [:]
        for (lemma, cls, _) in table where baseFormsNotCues.contains(lemma) { out[lemma] = Entry(lemma: lemma, verbClass: cls) }
        return out
    }()

    public static func entry(_ lowercasedWord: String) -> Entry? { forms[lowercasedWord] }

    /// "“…,” comments Robin Biesbroek", "“…,” she quips": forms that are mostly plural nouns
    /// ("his comments", "her remarks") and report only right after a quotation. Kept out of
    /// `table`, whose forms end speaker phrases ("His remarks indicated …"). Form → lemma.
    static let nounFormsAfterQuotation: [String: String] = ["comments": "comment", "remarks": "remark", "quips": "quip", "muses": "muse"]

    /// Forms that are also common nouns or adjectives ("the report", "a claim", "show"):
    /// they attribute only with a clear subject before them.
    static let ambiguous: WordList = [
        "claims", "reports", "shows", "estimates", "states", "notes", "forecast", "forecasts", "fears", "hopes", "worries",
        "demands", "projects", "charged", "posted", "question", "deny", "assert", "worried", "expected", "found", "called",
        "continued", "believed", "thought", "quoted", "promise", "promises", "stresses", "signals", "cites", "described",
        "plans", "planned", "offered", "attacked", "felt", "knew", "wanted", "show", "calls", "echoes",
        // Base forms that are also nouns: "the claim", "a fear", "their hope", "the plan".
        "claim", "note", "hope", "fear", "worry", "plan", "promise", "pledge", "vow", "demand", "urge", "doubt", "dispute",
        "blame", "stress", "caution", "suspect", "wonder", "decline", "want", "boast", "forecast",
        // Plurals of such nouns: "criminal suspects".
        "suspects", "credits", "hints", "voices", "repeated", "highlights", "labels", "outlines", "references", "champions", "knocks",
    ]

    /// Phrases of several words that act as one cue: "made it clear", "expressed hope".
    ///
    /// Cues bound to a construction are found by `AttributionFinder` itself: "asked whether
    /// …" (ask), "in the latest CBS poll" (in), "see the vote as a test" (see), "is expected
    /// to" (expect), and the adverbs "reportedly" and "allegedly".
    static let phrases: [([String], String, Class)] = [
        (["made", "it", "clear"], "make clear", .assert),
        (["make", "it", "clear"], "make clear", .assert),
        (["makes", "it", "clear"], "make clear", .assert),
        // "ruled out Taliban involvement": the speaker says it is not so. ("rules out", "did
        // not rule out": `AttributionFinder.cueAt`, since "rules" and "rule" are mostly nouns.)
        (["ruled", "out"], "rule out", .deny),
        (["expressed", "hope"], "express hope", .hedge),
        (["expressed", "optimism"], "express optimism", .hedge),
        (["expressed", "confidence"], "express confidence", .hedge),
        (["expressed", "concern"], "express concern", .hedge),
        // "As one strategist put it, “…”": how somebody worded it.
        (["put", "it"], "put it", .say),
        (["puts", "it"], "put it", .say),
        (["pointed", "out"], "point out", .say),
        (["points", "out"], "point out", .say),
        // Evidence cited: "Clinton pointed to the nine times Sanders …".
        (["pointed", "to"], "point to", .say),
        (["points", "to"], "point to", .say),
        (["pointing", "to"], "point to", .say),
        (["called", "on"], "call on", .urge),
        (["calls", "on"], "call on", .urge),
        (["calling", "on"], "call on", .urge),
        (["called", "for"], "call for", .urge),
        (["calls", "for"], "call for", .urge),
        (["went", "on", "to", "say"], "say", .say),
        (["made", "clear"], "make clear", .assert),
        (["makes", "clear"], "make clear", .assert),
        // A topic: "talking about how devastating it was", "spoke of a rigged system".
        (["talking", "about"], "talk", .say),
        (["talks", "about"], "talk", .say),
        (["talk", "about"], "talk", .say),
        (["spoke", "about"], "speak", .say),
        (["speaks", "about"], "speak", .say),
        (["speaking", "about"], "speak", .say),
        (["spoke", "of"], "speak", .say),
        (["speaks", "of"], "speak", .say),
        (["warned", "of"], "warn", .predict),
        (["warns", "of"], "warn", .predict),
        (["warning", "of"], "warn", .predict),
        // A wish: "the campaign would like to organize another rally".
        (["would", "like"], "want", .hedge),
        (["shot", "back"], "shoot back", .say),
        // Not "push" alone: "pushed the mound", "pushes the tally beyond …".
        (["pushed", "for"], "push for", .urge),
        (["pushes", "for"], "push for", .urge),
        (["pushing", "for"], "push for", .urge),
        (["pushed", "back"], "push back", .deny),
        (["pushing", "back"], "push back", .deny),
        (["fired", "back"], "fire back", .say),
        // What a remark was about: "…,” she said, referring to her father’s practices.
        (["referring", "to"], "refer to", .say),
        (["referred", "to"], "refer to", .say),
    ]

    /// Words between a subject and its verb that do not change who speaks ("has also said").
    static let auxiliaries: WordList = [
        "has", "have", "had", "also", "previously", "repeatedly", "later", "then", "again", "often", "once", "would",
        "will", "was", "were", "is", "are", "did", "does", "do", "recently", "earlier", "publicly", "privately",
        "flatly", "firmly", "reportedly", "separately", "further", "even", "already", "just", "still", "quickly", "never",
        "not", "openly", "explicitly", "specifically", "clearly", "forcefully", "immediately", "subsequently",
        "hasn't", "haven't", "hadn't", "didn't", "doesn't", "don't", "won't", "wouldn't", "isn't", "wasn't", "weren't",
        "aren't", "can", "can't", "cannot", "could", "couldn't", "should", "shouldn't", "might", "must", "somehow",
    ]
}
