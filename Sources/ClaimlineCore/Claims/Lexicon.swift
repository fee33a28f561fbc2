/// Word lists the claims rules share: where a speaker's noun phrase stops, which words are
/// titles rather than names, and which nouns name a source that speaks.
enum Lexicon {
    /// Words that end a speaker noun phrase when walking left from the verb.
    static let phraseBoundaries: Set<String> = [
        "that", "which", "who", "whom", "whose", "but", "or", "because", "as", "if", "when", "while", "although", "though",
        "since", "after", "before", "until", "so", "than", "where", "whether", "in", "on", "at", "to", "with", "by", "about",
        "into", "over", "under", "despite", "during", "against", "among", "between", "through", "without", "within", "is",
        "was", "are", "were", "has", "have", "had", "be", "been", "being", "will", "would", "can", "could", "should", "may",
        "might", "must", "not", "also", "what", "why", "how", "this", "then", "now", "said", "says", "told", "yet", "nor",
        "once", "however", "meanwhile", "instead", "indeed", "thus", "hence", "therefore", "later", "earlier",
        "today", "yesterday", "tuesday", "monday", "wednesday", "thursday", "friday", "saturday", "sunday", "it's",
    ]

    static let pronouns: Set<String> = ["he", "she", "they", "we", "i", "it", "you"]

    /// Titles and roles written before a name: stripped to find the person's name.
    static let titles: Set<String> = [
        "president", "vice", "secretary", "treasury", "minister", "prime", "foreign", "defense", "defence", "state",
        "sen", "sen.", "senator", "rep", "rep.", "representative", "gov", "gov.", "governor", "mr", "mr.", "mrs", "mrs.",
        "ms", "ms.", "dr", "dr.", "gen", "gen.", "general", "chairman", "chairwoman", "chair", "ceo", "chief", "judge",
        "justice", "mayor", "director", "spokesman", "spokeswoman", "spokesperson", "speaker", "leader", "king", "queen",
        "prince", "pope", "commissioner", "ambassador", "attorney", "candidate", "nominee", "former", "economic", "advisor",
        "adviser", "white", "house", "senate", "democratic", "republican", "gop", "chancellor", "premier", "minority",
        "majority", "whip", "lt", "col", "capt", "sgt", "prof", "professor", "rev", "sir", "lord", "lady", "dame",
        "chinese", "american", "us", "u.s.", "british", "french", "german", "russian", "japanese", "israeli", "iranian",
        "indian", "canadian", "mexican", "ukrainian", "european", "commerce", "finance", "trade", "interior", "health",
        "homeland", "security", "national", "deputy", "assistant", "acting", "press", "communications", "campaign",
        "manager", "strategist", "pollster", "host", "anchor", "correspondent", "editor", "columnist", "analyst", "economist",
        "councillor", "councilor", "councilman", "councilwoman", "alderman", "sheriff", "librarian",
    ]

    /// Nouns for a document or an institution that "says" something on someone's behalf;
    /// "a statement from X" is X speaking.
    static let mediumNouns: Set<String> = ["statement", "report", "study", "survey", "poll", "letter", "release", "memo", "filing", "document", "analysis", "email", "post", "tweet", "interview", "spokesman", "spokeswoman", "spokesperson", "account"]

    /// Speakers that stay anonymous by design.
    static let anonymous: Set<String> = ["officials", "official", "source", "sources", "people", "analysts", "experts", "critics", "observers", "aides", "diplomats", "insiders"]

    /// Roles and bodies that speak: enough to make "the campaign called …" an attribution.
    static let agentNouns: Set<String> = [
        "campaign", "committee", "government", "ministry", "department", "agency", "spokesman", "spokeswoman",
        "spokesperson", "company", "group", "party", "administration", "court", "police", "union", "adviser", "advisers",
        "advisor", "advisors", "aides", "aide", "lawmakers", "senator", "president", "governor", "mayor", "candidate",
        "nominee", "leader", "leaders", "official", "officials", "authorities", "prosecutors", "lawyer", "lawyers",
        "attorney", "judge", "board", "council", "office", "economist", "economists", "analyst", "analysts", "expert",
        "experts", "critics", "supporters", "voters", "residents", "researchers", "scientists", "activists", "groups",
    ]

    static let determiners: Set<String> = ["the", "a", "an", "this", "that", "these", "those", "its", "his", "her", "their", "our"]

    static let hedgeWords: Set<String> = ["may", "might", "could", "possibly", "perhaps", "likely", "unlikely", "probably", "believe", "believed", "believes", "hope", "hopes", "hoped", "chance", "think", "thinks", "seems", "appears", "suggests", "suggested", "maybe", "optimism", "confident", "expect", "expects", "expected"]
    static let predictionWords: Set<String> = ["will", "would", "won't", "going", "expect", "expects", "expected", "forecast", "forecasts", "predict", "predicts", "predicted", "projected", "likely", "chance", "soon", "future", "next", "plan", "plans", "set", "upcoming", "eventually", "deal", "could"]
    static let causalWords: Set<String> = ["because", "due", "caused", "causes", "cause", "causing", "led", "leads", "result", "resulted", "results", "thanks", "driven", "fueled", "fuelled", "blamed", "therefore", "consequently", "owing", "triggered", "contributed", "responsible"]
    static let comparisonWords: Set<String> = ["more", "less", "fewer", "higher", "lower", "larger", "smaller", "bigger", "biggest", "largest", "highest", "lowest", "most", "least", "record", "doubled", "tripled", "compared", "than", "worse", "worst", "better", "best", "increase", "increased", "decrease", "decreased", "rose", "fell", "rise", "fall", "grew", "declined", "dropped", "surged", "jumped", "faster", "slower", "cheaper"]
    static let ruleWords: Set<String> = ["law", "laws", "legal", "illegal", "ban", "banned", "bans", "regulation", "regulations", "rule", "rules", "required", "requires", "must", "policy", "tariff", "tariffs", "sanctions", "constitution", "unconstitutional", "act", "bill", "treaty", "mandate", "permitted", "prohibited", "allowed"]
    static let negations: Set<String> = ["not", "no", "never", "n't", "neither", "nor", "none", "nothing", "nobody", "without"]

    /// Which of the lists above a word is in, looked up once per token by the tokenizer.
    struct WordFlags: OptionSet, Sendable {
        let rawValue: UInt16
        static let hedge = WordFlags(rawValue: 1 << 0)
        static let prediction = WordFlags(rawValue: 1 << 1)
        static let causal = WordFlags(rawValue: 1 << 2)
        static let comparison = WordFlags(rawValue: 1 << 3)
        static let rule = WordFlags(rawValue: 1 << 4)
        static let negation = WordFlags(rawValue: 1 << 5)
        static let than = WordFlags(rawValue: 1 << 6)
        static let quantityWord = WordFlags(rawValue: 1 << 7)
        /// Can begin a reporting cue: a verb form, the first word of a phrase, "according".
        static let cue = WordFlags(rawValue: 1 << 8)
        /// "claim", "allegation": a noun that reports a statement ("Beijing's claim that …").
        static let statementNoun = WordFlags(rawValue: 1 << 9)
    }

    static let flags: [String: WordFlags] = {
        var f: [String: WordFlags] = [:]
        for (words, flag) in [(hedgeWords, WordFlags.hedge), (predictionWords, .prediction), (causalWords, .causal), (comparisonWords, .comparison), (ruleWords, .rule), (negations, .negation)] {
            for w in words { f[w, default: []].insert(flag) }
        }
        f["than", default: []].insert(.than)
        for w in ReportingVerbs.forms.keys { f[w, default: []].insert(.cue) }
        for (words, _, _) in ReportingVerbs.phrases { f[words[0], default: []].insert(.cue) }
        f["according", default: []].insert(.cue)
        for w in AttributionFinder.statementNouns { f[w, default: []].insert(.statementNoun) }
        for w in QuantityParser.wordNumbers.keys { f[w, default: []].insert(.quantityWord) }
        for w in QuantityParser.fractions.keys { f[w, default: []].insert(.quantityWord) }
        return f
    }()
}
