/// Word lists the claims rules share: where a speaker's noun phrase stops, which words are
/// titles rather than names, and which nouns name a source that speaks.
enum Lexicon {
    /// Words that end a speaker noun phrase when walking left from the verb.
    static let phraseBoundaries: WordList = [
        "that", "which", "who", "whom", "whose", "but", "or", "because", "as", "if", "when", "while", "although", "though",
        "since", "after", "before", "until", "so", "than", "where", "whether", "in", "on", "at", "to", "with", "by", "about",
        "into", "over", "under", "despite", "during", "against", "among", "between", "through", "without", "within", "is",
        "was", "are", "were", "has", "have", "had", "be", "been", "being", "will", "would", "can", "could", "should", "may",
        "might", "must", "not", "also", "what", "why", "how", "this", "then", "now", "said", "says", "told", "yet", "nor",
        "once", "however", "meanwhile", "instead", "indeed", "thus", "hence", "therefore", "later", "earlier",
        "today", "yesterday", "tuesday", "monday", "wednesday", "thursday", "friday", "saturday", "sunday", "it's",
    ]

    static let pronouns: WordList = ["he", "she", "they", "we", "i", "it", "you"]

    /// Titles and roles written before a name: stripped to find the person's name.
    static let titles: WordList = [
        "president", "vice", "secretary", "treasury", "minister", "prime", "foreign", "defense", "defence", "state",
        "sen", "sen.", "senator", "rep", "rep.", "representative", "gov", "gov.", "governor", "mr", "mr.", "mrs", "mrs.",
        "ms", "ms.", "dr", "dr.", "gen", "gen.", "general", "chairman", "chairwoman", "chair", "ceo", "chief", "judge",
        "justice", "mayor", "director", "spokesman", "spokeswoman", "spokesperson", "speaker", "leader", "king", "queen",
        "prince", "pope", "commissioner", "ambassador", "attorney", "candidate", "nominee", "former", "economic", "advisor",
        "adviser", "white", "house", "senate", "democratic", "republican", "democrat", "gop", "chancellor", "premier", "minority",
        "majority", "whip", "lt", "lt.", "col", "col.", "capt", "capt.", "sgt", "sgt.", "maj", "maj.", "adm", "adm.", "cmdr", "cmdr.",
        "cpl", "cpl.", "pvt", "pvt.", "prof", "prof.", "professor", "rev", "rev.", "sir", "lord", "lady", "dame",
        "chinese", "american", "us", "u.s.", "british", "french", "german", "russian", "japanese", "israeli", "iranian",
        "indian", "canadian", "mexican", "ukrainian", "european", "commerce", "finance", "trade", "interior", "health",
        "homeland", "security", "national", "deputy", "assistant", "acting", "press", "communications", "campaign",
        "manager", "strategist", "pollster", "host", "anchor", "correspondent", "editor", "columnist", "analyst", "economist",
        "councillor", "councilor", "councilman", "councilwoman", "alderman", "sheriff", "librarian", "administrator", "coach",
        "superintendent", "detective", "officer", "trooper", "bishop", "archbishop", "rabbi", "staff", "congressman",
        "congresswoman", "assemblyman", "assemblywoman", "rival", "billionaire", "businessman", "businesswoman", "incumbent",
    ]

    /// Titles that are adjectives, not roles: before a word that is neither a title nor a first
    /// name they are part of a name ("American Airlines", "National Guard", "U.S. Geological
    /// Survey"), where a role before a name never is ("President Trump", "Chinese President Xi
    /// Jinping"). Not a party's ("Republican Trump", "Republican Donor Adelson").
    static let adjectiveTitles: WordList = [
        "chinese", "american", "us", "u.s.", "british", "french", "german", "russian", "japanese", "israeli", "iranian",
        "indian", "canadian", "mexican", "ukrainian", "european", "national", "white", "economic", "foreign", "homeland",
    ]

    /// Nouns for a document or an institution that "says" something on someone's behalf;
    /// "a statement from X" is X speaking.
    static let mediumNouns: WordList = ["statement", "report", "study", "survey", "poll", "letter", "release", "memo", "filing", "document", "analysis", "email", "post", "tweet", "interview", "spokesman", "spokeswoman", "spokesperson", "account", "ad", "ads", "commercial", "article", "editorial", "website", "book", "presentation", "complaint", "lawsuit", "indictment"]

    /// Speakers that stay anonymous by design.
    static let anonymous: WordList = ["officials", "official", "source", "sources", "people", "analysts", "experts", "critics", "observers", "aides", "diplomats", "insiders"]

    /// Roles and bodies that speak: enough to make "the campaign called …" an attribution.
    static let agentNouns: WordList = [
        "campaign", "committee", "government", "ministry", "department", "agency", "spokesman", "spokeswoman",
        "spokesperson", "company", "group", "party", "administration", "court", "police", "union", "adviser", "advisers",
        "advisor", "advisors", "aides", "aide", "lawmakers", "senator", "president", "governor", "mayor", "candidate",
        "nominee", "leader", "leaders", "official", "officials", "authorities", "prosecutors", "lawyer", "lawyers",
        "attorney", "judge", "board", "council", "office", "economist", "economists", "analyst", "analysts", "expert",
        "experts", "critics", "supporters", "voters", "residents", "researchers", "scientists", "activists", "groups",
        // Members of a party or a people: "Republicans in New Hampshire said".
        "republicans", "democrats", "independents", "conservatives", "liberals", "progressives", "americans", "members",
        // Those a poll or a meeting counts: "respondents in the poll said".
        "respondents", "participants", "attendees", "delegates",
    ]

    static let determiners: WordList = ["the", "a", "an", "this", "that", "these", "those", "its", "his", "her", "their", "our"]

    static let hedgeWords: WordList = ["may", "might", "could", "possibly", "perhaps", "likely", "unlikely", "probably", "believe", "believed", "believes", "hope", "hopes", "hoped", "chance", "think", "thinks", "seems", "appears", "suggests", "suggested", "maybe", "optimism", "confident", "expect", "expects", "expected"]
    static let predictionWords: WordList = ["will", "would", "won't", "expect", "expects", "expected", "forecast", "forecasts", "predict", "predicts", "predicted", "projected", "likely", "chance", "soon", "future", "next", "upcoming", "eventually", "could"]
    /// Words that are about the future only before "to": "plans to", "is set to", "going to"
    /// (not "the plan", "a set of", "keep going").
    static let predictionBeforeTo: WordList = ["plan", "plans", "planned", "planning", "set", "going", "poised"]
    static let causalWords: WordList = ["because", "due", "caused", "causes", "cause", "causing", "led", "leads", "result", "resulted", "results", "thanks", "driven", "fueled", "fuelled", "blamed", "therefore", "consequently", "owing", "triggered", "contributed", "responsible"]
    static let comparisonWords: WordList = ["more", "less", "fewer", "higher", "lower", "larger", "smaller", "bigger", "biggest", "largest", "highest", "lowest", "most", "least", "record", "doubled", "tripled", "compared", "than", "worse", "worst", "better", "best", "increase", "increased", "decrease", "decreased", "rose", "fell", "rise", "fall", "grew", "declined", "dropped", "surged", "jumped", "faster", "slower", "cheaper"]
    static let ruleWords: WordList = ["law", "laws", "legal", "illegal", "ban", "banned", "bans", "regulation", "regulations", "rule", "rules", "required", "requires", "must", "policy", "tariff", "tariffs", "sanctions", "constitution", "unconstitutional", "act", "bill", "treaty", "mandate", "permitted", "prohibited", "allowed"]
    static let negations: WordList = ["not", "no", "never", "n't", "neither", "nor", "none", "nothing", "nobody", "without"]

    /// Which of the word lists a word is in. The catalog computes them once per process; a
    /// token carries its word's flags, so a rule's list lookup is one bit test.
    struct WordFlags: OptionSet, Sendable {
        let rawValue: UInt64
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
        static let phraseBoundary = WordFlags(rawValue: 1 << 10)
        static let pronoun = WordFlags(rawValue: 1 << 11)
        static let title = WordFlags(rawValue: 1 << 12)
        static let medium = WordFlags(rawValue: 1 << 13)
        static let anonymous = WordFlags(rawValue: 1 << 14)
        static let agent = WordFlags(rawValue: 1 << 15)
        static let determiner = WordFlags(rawValue: 1 << 16)
        static let auxiliary = WordFlags(rawValue: 1 << 17)
        static let verbAdverb = WordFlags(rawValue: 1 << 18)
        static let timeNoun = WordFlags(rawValue: 1 << 19)
        static let notSpeaker = WordFlags(rawValue: 1 << 20)
        static let phraseStarter = WordFlags(rawValue: 1 << 21)
        static let findingNoun = WordFlags(rawValue: 1 << 22)
        static let orgHead = WordFlags(rawValue: 1 << 23)
        /// A reporting-verb form that is also a noun or adjective ("reports", "claims").
        static let ambiguousVerb = WordFlags(rawValue: 1 << 24)
        /// A form in `ReportingVerbs.table`.
        static let verbForm = WordFlags(rawValue: 1 << 25)
        static let endsInING = WordFlags(rawValue: 1 << 26)
        static let endsInER = WordFlags(rawValue: 1 << 27)
        static let month = WordFlags(rawValue: 1 << 28)
        static let percentWord = WordFlags(rawValue: 1 << 29)
        static let countUnit = WordFlags(rawValue: 1 << 30)
        static let scale = WordFlags(rawValue: 1 << 31)
        static let currencyWord = WordFlags(rawValue: 1 << 32)
        /// "was", "is", "been": a form of "be" before a cue makes it passive.
        static let beForm = WordFlags(rawValue: 1 << 33)
        /// ", adding …", ", saying …": a participle that starts a new attribution.
        static let trailingCue = WordFlags(rawValue: 1 << 34)
        /// ", but …", ", while …": a clause that may carry an attribution of its own.
        static let contrast = WordFlags(rawValue: 1 << 35)
        /// "on", "last", "who": where a speaker phrase gives way to a time or a clause.
        static let speakerEnd = WordFlags(rawValue: 1 << 36)
        /// "But", "Meanwhile": an opening connective, never part of a speaker.
        static let connective = WordFlags(rawValue: 1 << 37)
        /// "last", "this", "next": before a time noun, a time phrase.
        static let timeModifier = WordFlags(rawValue: 1 << 38)
        /// "in", "on", "since": before a number or a time noun, a time phrase.
        static let timePreposition = WordFlags(rawValue: 1 << 39)
        /// ", he said, and …": words that start a new clause after a parenthetical cue.
        static let clauseLink = WordFlags(rawValue: 1 << 40)
        /// "continued", "tried", "wants": a verb a to-infinitive cue can follow in one verb group.
        static let toVerb = WordFlags(rawValue: 1 << 41)
        /// "one", "several", "many": an unnamed speaker after an inverted cue.
        static let quantifier = WordFlags(rawValue: 1 << 42)
        /// "hours", "years": a plural time unit opening a sentence ("Hours later, …").
        static let timeUnit = WordFlags(rawValue: 1 << 43)
        /// "the", "of", "was": English's commonest words, rare in other languages' texts.
        static let englishFunctionWord = WordFlags(rawValue: 1 << 44)
        /// "of", "from", "via": after a speaker's head, what follows describes them.
        static let namePreposition = WordFlags(rawValue: 1 << 45)
        /// "bin", "von", "de": lowercase words inside people's names.
        static let nameParticle = WordFlags(rawValue: 1 << 46)
        /// "leading", "acting": participles written before a role or a name as adjectives.
        static let attributiveParticiple = WordFlags(rawValue: 1 << 47)
        /// "most", "very": before a participle, an adjective ("the most telling").
        static let degreeWord = WordFlags(rawValue: 1 << 48)
        /// "Like", "Maybe", "Even": open sentences, never names.
        static let sentenceOpener = WordFlags(rawValue: 1 << 49)
        /// "some", "many", "most": a plural subject.
        static let pluralQuantifier = WordFlags(rawValue: 1 << 50)
        /// "met", "sent", "gave": a past tense with no "-ed", which ends a subject as "-ed" does.
        static let irregularPast = WordFlags(rawValue: 1 << 51)
        /// "note", "show": a base form that is a cue only before "that" ("experts note that …").
        static let baseFormCue = WordFlags(rawValue: 1 << 52)
        /// "asked", "in", "see", "as", "rule": may open a cue bound to a construction ("asked
        /// whether", "in the CBS poll", "see … as", "as reported by", "rules out"); a bit, so
        /// that other words cost no lookup.
        static let constructionCue = WordFlags(rawValue: 1 << 53)
        /// "reportedly", "allegedly", "expected": the writer passes on what nobody named said.
        static let unnamedSourceCue = WordFlags(rawValue: 1 << 54)
        /// "poll", "surveys".
        static let pollNoun = WordFlags(rawValue: 1 << 55)
        /// "James", "Donald": a first name men mostly bear.
        static let maleFirstName = WordFlags(rawValue: 1 << 56)
        /// "Mary", "Hillary": a first name women mostly bear.
        static let femaleFirstName = WordFlags(rawValue: 1 << 57)
        /// "Sea", "Room", "Act": ends the name of a place, a program, a law or a war.
        static let thingHead = WordFlags(rawValue: 1 << 58)
        /// "San", "New", "South": opens the name of a place.
        static let placeOpener = WordFlags(rawValue: 1 << 59)
        /// "plans", "set": about the future before "to".
        static let predictionBeforeTo = WordFlags(rawValue: 1 << 60)
        /// "American", "National": a title that is an adjective (`adjectiveTitles`).
        static let adjectiveTitle = WordFlags(rawValue: 1 << 61)
        /// "Mr.", "Ms.", "Dr.": a title a surname always follows.
        static let honorific = WordFlags(rawValue: 1 << 62)
    }

    /// Common English first names, and their usual short forms, that are one sex's far more
    /// than the other's: a person named "Hillary Clinton" is not the "he" of the next
    /// sentence. Names borne by both (Jordan, Kelly, Taylor, Terry) are in neither list.
    static let maleFirstNames = [
        "sterling", "channing", "james", "john", "robert", "michael", "william", "david", "richard", "joseph", "thomas", "charles",
        "christopher", "daniel", "matthew", "anthony", "mark", "donald", "steven", "paul", "andrew", "joshua",
        "kenneth", "kevin", "brian", "george", "timothy", "ronald", "edward", "jason", "jeffrey", "ryan", "jacob",
        "gary", "nicholas", "eric", "jonathan", "stephen", "larry", "justin", "scott", "brandon", "benjamin",
        "samuel", "gregory", "alexander", "frank", "patrick", "raymond", "jack", "dennis", "jerry", "tyler",
        "aaron", "jose", "adam", "nathan", "henry", "douglas", "zachary", "peter", "kyle", "ethan", "walter",
        "noah", "jeremy", "christian", "keith", "roger", "gerald", "harold", "carl", "arthur", "lawrence",
        "dylan", "bryan", "billy", "joe", "bruce", "gabriel", "logan", "albert", "willie", "alan", "juan",
        "wayne", "elijah", "randy", "roy", "vincent", "ralph", "eugene", "russell", "bobby", "philip", "louis",
        "bernard", "bernie", "marco", "ted", "mike", "chris", "bill", "bob", "jim", "tom", "dan", "steve", "joel",
        "rick", "ben", "howard", "hank", "harry", "rudy", "chuck", "mitch", "jeff", "greg", "tim", "ron", "ken",
        "doug", "matt", "nick", "tony", "sam", "pete", "rob", "andy", "fred", "frederick", "martin", "carlos",
        "luis", "jorge", "antonio", "francisco", "manuel", "pedro", "miguel", "ahmed", "mohammed", "muhammad",
        "ali", "omar", "hassan", "vladimir", "sergei", "angus", "hugh", "ian", "neil", "colin", "graham",
        // More of the men's names news reports name, none of them a woman's or a common word.
        "kurt", "boris", "gordon", "newt", "woodrow", "mitt", "jeb", "rand", "reince", "rahm", "barack", "beau",
        "rudolph", "rudolf", "jared", "sean", "shawn", "corey", "cory", "marc", "mario", "luigi", "giuseppe",
        "francesco", "giovanni", "matteo", "lorenzo", "emmanuel", "francois", "françois", "jacques", "pierre",
        "jean-claude", "nicolas", "olaf", "angelo", "hans", "klaus", "wolfgang", "jürgen", "juergen", "heinz", "horst",
        "dieter", "friedrich", "helmut", "gerhard", "markus", "stefan", "tobias", "lukas", "johannes", "viktor",
        "victor", "dmitry", "dmitri", "alexei", "alexey", "ivan", "mikhail", "nikolai", "yuri", "oleg", "andrei",
        "petro", "volodymyr", "recep", "benny", "yair", "naftali", "avigdor", "ehud", "shimon", "yitzhak", "mahmoud",
        "bashar", "hafez", "abdullah", "abdel", "mohamed", "mohammad", "saddam", "osama", "ayman", "hamid", "hasan",
        "narendra", "rahul", "amit", "rajiv", "sanjay", "vijay", "imran", "nawaz", "shinzo", "yoshihide", "fumio",
        "junichiro", "jair", "luiz", "inacio", "andres", "andrés", "enrique", "felipe", "alberto", "ricardo",
        "fernando", "javier", "alejandro", "sergio", "raul", "raúl", "diego", "pablo", "rafael", "ramon", "ramón",
        "hugo", "nicolás", "evo", "fidel", "ernesto", "augusto", "mauricio", "keir", "nigel", "rishi", "clive",
        "trevor", "rupert", "simon", "oliver", "archie", "leo", "jake", "luke", "sebastian", "tristan", "elliot",
        "brett", "bret", "brent", "clint", "cody", "darren", "derek", "dustin", "eddie", "elton", "herbert", "herman",
        "jerome", "jesse", "jimmy", "johnny", "jon", "jonah", "josh", "leon", "lloyd", "lou", "marcus", "marvin",
        "maurice", "melvin", "nathaniel", "neal", "norman", "otis", "phil", "preston", "quentin", "randall", "reggie",
        "rodney", "rolf", "roland", "sidney", "stanley", "stuart", "terrence", "terry", "theodore", "travis", "vernon",
        "wesley", "wilbur", "winston", "zach", "abraham", "isaac", "moses", "elias", "eli", "caleb", "gideon", "levi",
        "malcolm", "hamish", "fergus", "liam", "seamus", "declan", "connor", "conor", "brendan", "kieran", "ciaran",
        "niall", "owen", "rhys", "gareth", "huw", "dwight", "lyndon", "calvin", "ulysses", "grover", "rutherford",
        "millard", "geoffrey", "ronny", "donnie", "kenny", "denny", "roberto", "gustavo", "armando", "arturo", "cesar",
        "césar", "eduardo", "emilio", "esteban", "gerardo", "guillermo", "ignacio", "jaime", "julio", "marcelo",
        "octavio", "rodrigo", "tomas", "tomás", "vicente", "xavier", "joaquin", "joaquín", "ahmad", "khalid", "tariq",
        "yusuf", "youssef", "karim", "mustafa", "ibrahim", "ismail", "jamal", "kamal", "rashid", "walid", "ziad",
        "samir", "nabil", "faisal", "salman", "abdulaziz", "tamim", "qaboos", "ashraf", "hosni", "anwar", "gamal",
        "ahmet", "mehmet", "kemal", "emre", "burak", "bülent", "tayyip", "craig", "stan", "dick", "sadiq", "ash",
    ]

    static let femaleFirstNames = [
        "mary", "patricia", "jennifer", "linda", "elizabeth", "barbara", "susan", "jessica", "sarah", "karen",
        "lisa", "nancy", "betty", "margaret", "sandra", "ashley", "kimberly", "emily", "donna", "michelle",
        "carol", "amanda", "dorothy", "melissa", "deborah", "stephanie", "rebecca", "sharon", "laura", "cynthia",
        "kathleen", "amy", "angela", "shirley", "anna", "brenda", "pamela", "emma", "nicole", "helen",
        "samantha", "katherine", "christine", "debra", "rachel", "carolyn", "janet", "catherine", "maria",
        "heather", "diane", "ruth", "julie", "olivia", "joyce", "virginia", "victoria", "lauren", "christina",
        "joan", "evelyn", "judith", "megan", "andrea", "cheryl", "hannah", "jacqueline", "martha", "gloria",
        "teresa", "ann", "anne", "sara", "madison", "frances", "kathryn", "janice", "jean", "abigail", "alice",
        "judy", "sophia", "grace", "denise", "amber", "doris", "marilyn", "danielle", "beverly", "isabella",
        "theresa", "diana", "natalie", "brittany", "charlotte", "marie", "kayla", "alexis", "lori", "hillary",
        "hilary", "carly", "michele", "nikki", "madeleine", "susana", "elena", "ana", "sofia", "claire",
        "kate", "katie", "jane", "jill", "liz", "beth", "sue", "meg", "peggy", "ellen", "eleanor", "nina",
        "irene", "valerie", "wendy", "tina", "vanessa", "monica", "erin", "tammy", "sylvia", "rosa", "fatima",
        "aisha", "alicia", "jo",
        // More of the women's names news reports name, none of them a man's or a common word.
        "kamala", "elise", "kirsten", "tulsi", "kellyanne", "ivanka", "melania", "tiffany", "condoleezza", "loretta",
        "sonia", "ketanji", "marsha", "shelley", "heidi", "debbie", "kyrsten", "ilhan", "rashida", "ayanna", "stacey",
        "gretchen", "kristi", "jeanne", "jeanine", "megyn", "brooke", "greta", "maggie", "mika", "norah", "katy",
        "kristen", "kirstie", "whitney", "britney", "beyonce", "beyoncé", "rihanna", "adele", "madonna", "oprah",
        "meryl", "julia", "angelina", "scarlett", "halle", "charlize", "keira", "sophie", "chloe", "zoe", "zoë", "lucy",
        "amelia", "isla", "ava", "mia", "ella", "lily", "harriet", "imogen", "phoebe", "becky", "rebekah", "kathy",
        "cathy", "colleen", "maureen", "noreen", "siobhan", "aoife", "niamh", "sinead", "sinéad", "bridget", "brigid",
        "deirdre", "fiona", "morag", "shona", "kirsty", "gemma", "hayley", "stacy", "ursula", "annegret", "arlene",
        "priti", "yvette", "ségolène", "segolene", "brigitte", "giorgia", "federica", "mette", "jacinda", "magdalena",
        "sanna", "erna", "marta", "carmen", "dolores", "pilar", "lucia", "lucía", "isabel", "cristina", "claudia",
        "veronica", "verónica", "gabriela", "daniela", "fernanda", "alejandra", "beatriz", "dilma", "evita", "eva",
        "yulia", "svetlana", "natalia", "olga", "tatiana", "irina", "ekaterina", "anastasia", "galina", "larisa",
        "ludmila", "marina", "oksana", "golda", "tzipi", "ayelet", "benazir", "indira", "priyanka", "mamata", "hasina",
        "yingluck", "carrie", "yuriko", "sanae", "malala", "leila", "layla", "mariam", "maryam", "rania", "yasmin",
        "yasmine", "zainab", "zahra", "amina", "aminata", "ngozi", "chimamanda", "winnie", "graça", "wangari", "gwen",
        "gwendolyn", "doreen", "maxine", "marcia", "sheila", "sally", "wanda", "yolanda", "rosalind", "rosalyn",
        "lynne", "carla", "paula", "rita", "edith", "ethel", "mildred", "agnes", "bonnie", "connie", "dolly", "lucille",
        "patsy", "reba", "shania", "tonya", "latoya", "keisha", "tanisha", "shanice", "tamika", "brianna", "kaitlyn",
        "caitlin", "mckenzie", "mackenzie", "allison", "alison", "erica", "erika", "tara", "tanya", "sonya", "kristin",
        "krista", "jenna", "jenny", "jodi", "leah",
        "elaine", "susannah", "polly", "roxana", "yasmeen",
    ]

    /// Irregular past tenses that are seldom anything else: not "left", "set", "held", "paid"
    /// or "led", which are nouns or adjectives before a speaker as often ("privately held"), and
    /// not the cues ("told", "felt", "knew"), which are reporting-verb forms.
    static let irregularPasts = [
        "met", "sent", "gave", "made", "took", "won", "got", "brought", "bought", "kept", "began", "became", "came", "saw",
        "heard", "knew", "sought", "taught", "fought", "threw", "drew", "shook", "spent", "sold", "stood", "struck", "ran",
        "wore", "chose", "fell", "grew", "flew", "forgot", "forgave", "hid", "rode", "broke", "spoke", "stole",
    ]

    /// The commonest English words that other Latin-script languages seldom spell alike
    /// ("a", "in" and "as" are Italian, Spanish or Portuguese too). In running English text
    /// they are a fifth to a third of the words; in German, Portuguese or Indonesian text
    /// about one in a hundred, mostly in quoted English names.
    static let englishFunctionWords = [
        "the", "of", "and", "to", "is", "was", "that", "for", "with", "it", "this", "are", "have", "has", "be", "by",
        "from", "not", "but", "they", "he", "she", "his", "her", "their", "will", "would", "which", "who", "were", "been",
    ]

    static let beForms = ["was", "were", "is", "are", "been", "be", "being", "wasn't", "weren't", "isn't", "aren't"]
    static let trailingCues = ["adding", "saying", "noting", "arguing", "warning", "urging", "stressing", "according", "stating"]
    static let contrasts = ["while", "whereas", "although", "but", "and"]
    static let speakerEnds = ["on", "in", "at", "last", "this", "earlier", "late", "during", "when", "who", "which", "after", "before", "while"]
    static let connectives = ["but", "and", "so", "still", "meanwhile", "however", "now", "yet", "also", "of", "from", "for"]
    static let timeModifiers = ["last", "this", "next", "earlier", "late"]
    static let timePrepositions = ["in", "on", "since"]
    static let clauseLinks = ["but", "and", "while", "although", "adding", "saying", "noting"]

    /// Every word list of the claims rules with its flag, the lists kept next to their rules
    /// (reporting verbs, quantities, speakers) included.
    static let lists: [(words: [String], flag: WordFlags)] = [
        (Array(hedgeWords), .hedge), (Array(predictionWords), .prediction), (Array(predictionBeforeTo), .predictionBeforeTo), (Array(causalWords), .causal),
        (Array(comparisonWords), .comparison), (Array(ruleWords), .rule), (Array(negations), .negation), (["than"], .than),
        (Array(QuantityParser.wordNumbers.keys) + Array(QuantityParser.fractions.keys), .quantityWord),
        (Array(ReportingVerbs.forms.keys) + ReportingVerbs.phrases.map { $0.0[0] } + ["according"], .cue),
        (Array(AttributionFinder.statementNouns), .statementNoun), (Array(phraseBoundaries), .phraseBoundary),
        (Array(pronouns), .pronoun), (Array(titles), .title), (Array(mediumNouns), .medium), (Array(anonymous), .anonymous),
        (Array(agentNouns), .agent), (Array(determiners), .determiner), (Array(ReportingVerbs.auxiliaries), .auxiliary),
        (Array(AttributionFinder.verbAdverbs), .verbAdverb), (Array(AttributionFinder.timeNouns), .timeNoun),
        (Array(AttributionFinder.notSpeakers), .notSpeaker), (Array(AttributionFinder.phraseStarters), .phraseStarter),
        (Array(AttributionFinder.findingNouns), .findingNoun), (Array(SpeakerResolver.orgHeads), .orgHead),
        (Array(ReportingVerbs.ambiguous), .ambiguousVerb), (Array(ReportingVerbs.forms.keys), .verbForm),
        (Array(QuantityParser.months), .month), (Array(QuantityParser.percentWords), .percentWord),
        (Array(QuantityParser.countUnits), .countUnit), (Array(QuantityParser.scales.keys), .scale),
        (Array(QuantityParser.currencyWords.keys), .currencyWord), (beForms, .beForm), (trailingCues, .trailingCue),
        (contrasts, .contrast), (speakerEnds, .speakerEnd), (connectives, .connective), (timeModifiers, .timeModifier),
        (timePrepositions, .timePreposition), (clauseLinks, .clauseLink), (ReportingVerbs.phrases.flatMap { $0.0 }, []),
        (Array(AttributionFinder.toVerbs), .toVerb), (Array(AttributionFinder.quantifiers), .quantifier),
        (Array(AttributionFinder.timeUnits), .timeUnit), (englishFunctionWords, .englishFunctionWord),
        (Array(SpeakerResolver.namePrepositions), .namePreposition), (Array(SpeakerResolver.nameParticles), .nameParticle),
        (Array(AttributionFinder.attributiveParticiples), .attributiveParticiple), (Array(AttributionFinder.degreeWords), .degreeWord),
        (Array(SpeakerResolver.sentenceOpeners), .sentenceOpener), (Array(AttributionFinder.pluralQuantifiers), .pluralQuantifier),
        (irregularPasts, .irregularPast), (Array(ReportingVerbs.baseFormsNotCues), .baseFormCue),
        (["asked", "in", "see", "sees", "saw", "seeing", "as", "rule", "rules", "ruling"] + Array(ReportingVerbs.nounFormsAfterQuotation.keys), .constructionCue), (["reportedly", "allegedly", "expected"], .unnamedSourceCue),
        (["poll", "polls", "polling", "survey", "surveys"], .pollNoun),
        (maleFirstNames, .maleFirstName), (femaleFirstNames, .femaleFirstName),
        (Array(SpeakerResolver.thingHeads), .thingHead), (Array(SpeakerResolver.placeOpeners), .placeOpener),
        (Array(adjectiveTitles), .adjectiveTitle), (["mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr."], .honorific),
    ]

    /// Flags that follow from a word's spelling rather than from a list.
    static func spellingFlags(_ word: String) -> WordFlags {
        var f: WordFlags = []
        if word.hasSuffixBytes("ing") { f.insert(.endsInING) }
        if word.hasSuffixBytes("er") { f.insert(.endsInER) }
        return f
    }

    /// The same from a short word's packed bytes.
    static func spellingFlags(_ key: ShortWordKey) -> WordFlags {
        var f: WordFlags = []
        if key.hasSuffix("ing") { f.insert(.endsInING) }
        if key.hasSuffix("er") { f.insert(.endsInER) }
        return f
    }

    /// The words rules name one at a time: each has a fixed number in every document.
    static let namedWords = [
        // AttributionFinder's opening words and a finding's participles (the rest are below).
        "despite", "whereas", "while", "because", "since", "until", "once", "amid", "following", "unlike", "during", "throughout", "then", "back", "issued", "commissioned", "done", "obtained", "carried", "prepared", "compiled", "based",
        "that", "to", "having", "against", "it", "reads", "read", "editorial", "column", "petition", "emails", "letters", "messages", "posts", "tweets", "sign", "signs", "caption", "headline", "banner", "plaque", "message", "note", "text", "placard", "inscription", "label", "notice", "card", "passage", "line", "subject", "and", "or", "s", "an", "without", "according", "who", "which", "whose", "from", "by", "of", "for", "but", "continued",
        "continues", "went", "rule", "rules", "ruling", "a", "one", "two", "percent", "pct", "per", "cent", "percentage", "about", "continue", "as",
        "him", "her", "them", "me", "us", "think", "tank", "tanks", "piece", "pieces", "off", "out", "down", "away", "up",
        "himself", "herself", "themselves", "itself", "myself", "ourselves", "yourself", "close",
        "asked", "whether", "if", "what", "why", "how", "where", "when", "was", "were", "being",
        "slightly", "past", "part", "into", "far", "much", "appeared", "seemed", "allegedly", "in", "released", "conducted", "taken", "published",
        "among", "expected", "on", "at", "the", "before", "after", "earlier", "later", "ago", "over", "not",
        "new", "recent", "latest", "early", "previous", "initial", "original", "repeated", "vain", "false", "bold", "dire", "stark", "frequent", "constant", "persistent", "unfounded", "baseless", "dubious", "controversial", "infamous", "own", "mere", "brief", "passing", "his", "their", "its",
        "seemed", "seems", "looked", "looks", "sounded", "sounds", "felt", "feels", "like",
        "beat", "beats", "missed", "misses", "topped", "tops", "exceeded", "exceeds", "surpassed", "matched", "met", "defied",
        "lowered", "raised", "raises", "cut", "revised", "allayed", "eased", "stoked", "fueled", "fuelled", "sparked",
        "renewed", "heightened", "deepened", "calmed",
        "though", "although", "even", "unless", "they", "we", "i", "you", "favor", "time",
        "has", "have", "had", "did", "does", "do", "will", "would", "can", "could", "should", "might", "must", "may",
        "hasn't", "haven't", "hadn't", "didn't", "doesn't", "don't", "won't", "wouldn't", "can't", "couldn't", "shouldn't", "cannot", "above", "below", "average", "twice",
        "my", "your", "our", "nor", "whom", "no", "familiar", "briefed", "involved", "knowledgeable",
        "spent", "spend", "spends", "spending", "afternoon", "morning", "evening", "night", "day", "week",
        "everything", "anything", "nothing", "something", "whatever",
        "letter", "letters", "book", "books", "music", "song", "songs", "poem", "poems", "novel", "novels", "script", "scripts",
        "check", "checks", "code", "essay", "essays", "guilty", "innocent", "anonymity",
        "sent", "signed", "filed", "addressed", "written", "story", "stories", "wills", "screenplay", "lyrics",
    ] + aspectVerbs

    /// Verbs of aspect before a participle cue: "Trump began criticizing", "avoids condemning".
    static let aspectVerbs = [
        "began", "begins", "begin", "started", "starts", "start", "kept", "keeps", "keep", "stopped", "stops", "avoided",
        "avoids", "avoid", "resumed", "resumes", "quit",
    ]

    /// All the words above with their flags, numbered once per process (sets iterate in a
    /// different order in each process: no output depends on the numbers).
    ///
    /// The built-in check-worthiness model's words are in it too (no list flag): a document's
    /// word then has its weight by its number, without a lookup of its own in the model.
    static let catalog = WordCatalog(lists: lists, named: namedWords + CheckworthinessModel.builtIn.words.keys.filter(WordCatalog.isPlainWord).sorted())
}

/// Every word a claims rule names, numbered once per process. A document's `Vocabulary`
/// numbers its other words after these, so a rule asks "is this token *that*?" or "is it a
/// title?" with an integer comparison or a bit test, never by hashing a string.
struct WordCatalog: Sendable {
    private(set) var words: [String] = []
    private(set) var flags: [Lexicon.WordFlags] = []
    /// The reporting-verb entry of each word that is a form in the table.
    private(set) var verbEntries: [ReportingVerbs.Entry?] = []
    private(set) var shortIDs = ShortWordTable(capacity: 1024)
    private var longIDs = LongWordTable()

    init(lists: [(words: [String], flag: Lexicon.WordFlags)], named: [String]) {
        for w in NamedWord.allCases {
            let id = add(w.spelling)
            precondition(id == w.rawValue, "\(w.spelling) is named twice in NamedWord")
        }
        for (list, flag) in lists {
            for w in list {
                flags[Int(add(w))].insert(flag)
                // Lists spell contractions with ' and news text mostly with ’: "hasn’t".
                if w.contains("'") { flags[Int(add(w.replacingOccurrences(of: "'", with: "’")))].insert(flag) }
            }
        }
        for w in named { _ = add(w) }
        verbEntries = words.map { ReportingVerbs.entry($0) }
        for i in verbEntries.indices {
            guard var e = verbEntries[i] else { continue }
            e.lemmaWord = id(e.lemma) ?? -1
            e.lists = AttributionFinder.LemmaLists(e.lemma)
            verbEntries[i] = e
        }
    }

    var count: Int { words.count }

    /// A word a document's vocabulary can hold: lowercase, no placeholder such as `<num>`.
    static func isPlainWord(_ w: String) -> Bool { w == w.lowercased() && !w.contains("<") }

    private mutating func add(_ word: String) -> Int32 {
        if let id = id(word) { return id }
        let id = Int32(words.count)
        if let key = ShortWordKey(word) { shortIDs.insert(key, id) } else { longIDs.insert(word, id) }
        words.append(word)
        flags.append(Lexicon.spellingFlags(word))
        return id
    }

    func id(_ word: String) -> Int32? {
        if let key = ShortWordKey(word) { return shortIDs.value(for: key) }
        return longIDs.id(word)
    }

    func longID(_ word: String) -> Int32? { longIDs.id(word) }

    /// The number of a word the catalog must hold (a rule's named word).
    func named(_ word: String) -> Int32 {
        guard let id = id(word) else { preconditionFailure("\(word) is not in Lexicon.namedWords") }
        return id
    }
}

/// The words rules compare one token with, numbered first in the catalog in this order:
/// `Word.that` is then a constant the compiler folds in, where a global read went through
/// its lazy initializer's check on every comparison (2% of the claims stage).
enum NamedWord: Int32, CaseIterable {
    case that, to, and, or, s, according, who, whom, which, whose, from, by, of, `for`, but, continued, continues,
        went, a, an, what, without, one, two, percent, pct, per, cent, percentage, about, against, above, average,
        twice, below, states, reads, read, it, `as`, her, you, think, `continue`, close, this, asked, allegedly,
        expected, slightly, past, part, into, far, much, `in`, out, rule, rules, ruling, on, with, like, over,
        since, at, the, not, no, having, including, anonymity, whether, me, `if`, favor, time,
        // Lemmas that rules compare a cue's with.
        say, tell, add, admit, believe, back, show, plan, call, decline, respond, reply, advise, ask, write, post, report, feel

    /// The word as written: the case's name.
    var spelling: String { String(describing: self) }
}

/// Named words' numbers, for rules that compare a token with one word.
enum Word {
    static var that: Int32 { NamedWord.that.rawValue }
    static var to: Int32 { NamedWord.to.rawValue }
    static var and: Int32 { NamedWord.and.rawValue }
    static var or: Int32 { NamedWord.or.rawValue }
    static var s: Int32 { NamedWord.s.rawValue }
    static var according: Int32 { NamedWord.according.rawValue }
    static var who: Int32 { NamedWord.who.rawValue }
    static var whom: Int32 { NamedWord.whom.rawValue }
    static var which: Int32 { NamedWord.which.rawValue }
    static var whose: Int32 { NamedWord.whose.rawValue }
    static var from: Int32 { NamedWord.from.rawValue }
    static var by: Int32 { NamedWord.by.rawValue }
    static var of: Int32 { NamedWord.of.rawValue }
    static var `for`: Int32 { NamedWord.`for`.rawValue }
    static var but: Int32 { NamedWord.but.rawValue }
    static var continued: Int32 { NamedWord.continued.rawValue }
    static var continues: Int32 { NamedWord.continues.rawValue }
    static var went: Int32 { NamedWord.went.rawValue }
    static var a: Int32 { NamedWord.a.rawValue }
    static var an: Int32 { NamedWord.an.rawValue }
    static var what: Int32 { NamedWord.what.rawValue }
    static var without: Int32 { NamedWord.without.rawValue }
    static var one: Int32 { NamedWord.one.rawValue }
    static var two: Int32 { NamedWord.two.rawValue }
    static var percent: Int32 { NamedWord.percent.rawValue }
    static var pct: Int32 { NamedWord.pct.rawValue }
    static var per: Int32 { NamedWord.per.rawValue }
    static var cent: Int32 { NamedWord.cent.rawValue }
    static var percentage: Int32 { NamedWord.percentage.rawValue }
    static var about: Int32 { NamedWord.about.rawValue }
    static var against: Int32 { NamedWord.against.rawValue }
    static var above: Int32 { NamedWord.above.rawValue }
    static var average: Int32 { NamedWord.average.rawValue }
    static var twice: Int32 { NamedWord.twice.rawValue }
    static var below: Int32 { NamedWord.below.rawValue }
    static var states: Int32 { NamedWord.states.rawValue }
    static var reads: Int32 { NamedWord.reads.rawValue }
    static var read: Int32 { NamedWord.read.rawValue }
    static var it: Int32 { NamedWord.it.rawValue }
    /// Things whose words are read out: "the sign reads", "the caption reads".
    static let writtenThings: WordIDSet = WordIDSet(["sign", "signs", "caption", "headline", "banner", "plaque", "message", "note", "text", "placard", "inscription", "label", "notice", "card", "letter", "statement", "post", "tweet", "email", "memo", "ad", "release", "document", "passage", "line", "subject", "editorial", "column", "petition", "emails", "letters", "messages", "posts", "tweets"].map(Lexicon.catalog.named))
    static var `as`: Int32 { NamedWord.`as`.rawValue }
    static var her: Int32 { NamedWord.her.rawValue }
    static var you: Int32 { NamedWord.you.rawValue }
    static var think: Int32 { NamedWord.think.rawValue }
    /// `ReportingVerbs.nounFormsAfterQuotation`'s forms, tested by number before the string.
    static let nounFormsAfterQuotation: WordIDSet = WordIDSet(ReportingVerbs.nounFormsAfterQuotation.keys.map(Lexicon.catalog.named))
    /// The degree words after an article before which a base form is an adjective ("the more
    /// elaborate moves"), as word numbers.
    static let comparativeDegrees: WordIDSet = WordIDSet(["most", "more", "very", "less", "least"].map(Lexicon.catalog.named))
    /// "think tank", "think piece": "think" is no cue before them.
    static let afterThink: WordIDSet = WordIDSet(["tank", "tanks", "piece", "pieces"].map(Lexicon.catalog.named))
    /// Object pronouns: whom somebody told ("told him he had …").
    static let objectPronouns: WordIDSet = WordIDSet(["him", "her", "them", "me", "us"].map(Lexicon.catalog.named))
    static var `continue`: Int32 { NamedWord.`continue`.rawValue }
    /// "people close to the vice president": a role's "to" follows it.
    static var close: Int32 { NamedWord.close.rawValue }
    static var this: Int32 { NamedWord.this.rawValue }
    /// "May", "Will", "Today": words that are parts of names too ("Theresa May", "USA Today").
    static let wordsInNames: WordIDSet = WordIDSet(["may", "will", "today"].map(Lexicon.catalog.named))
    /// "described themselves as liberals": after a form that is also a noun, it is the verb.
    static let reflexives: WordIDSet = WordIDSet(["himself", "herself", "themselves", "itself", "myself", "ourselves", "yourself"].map(Lexicon.catalog.named))
    /// "off", "up": after "backed" or "showing", another verb ("backed off", "showing up").
    static let verbParticles: WordIDSet = WordIDSet(["off", "out", "down", "away", "up"].map(Lexicon.catalog.named))
    static var asked: Int32 { NamedWord.asked.rawValue }
    static var allegedly: Int32 { NamedWord.allegedly.rawValue }
    static var expected: Int32 { NamedWord.expected.rawValue }
    static var slightly: Int32 { NamedWord.slightly.rawValue }
    static var past: Int32 { NamedWord.past.rawValue }
    static var part: Int32 { NamedWord.part.rawValue }
    static var into: Int32 { NamedWord.into.rawValue }
    static var far: Int32 { NamedWord.far.rawValue }
    static var much: Int32 { NamedWord.much.rawValue }
    /// "appeared more likely to say": a verb that links the subject to "likely".
    static let linkingVerbs: WordIDSet = WordIDSet(["appeared", "seemed"].map(Lexicon.catalog.named))
    static var `in`: Int32 { NamedWord.`in`.rawValue }
    static var out: Int32 { NamedWord.out.rawValue }
    static var rule: Int32 { NamedWord.rule.rawValue }
    static var rules: Int32 { NamedWord.rules.rawValue }
    static var ruling: Int32 { NamedWord.ruling.rawValue }
    static var on: Int32 { NamedWord.on.rawValue }
    static var with: Int32 { NamedWord.with.rawValue }
    static var like: Int32 { NamedWord.like.rawValue }
    static var over: Int32 { NamedWord.over.rawValue }
    static var since: Int32 { NamedWord.since.rawValue }
    /// "seemed like", "sounds like": a verb of seeming before "like" and a clause.
    static let likeVerbs: WordIDSet = WordIDSet(["seemed", "seems", "looked", "looks", "sounded", "sounds", "felt", "feels"].map(Lexicon.catalog.named))
    /// Verbs whose object a cue's noun form often is: "beat forecasts", "raised fears".
    static let objectTakingVerbs: WordIDSet = WordIDSet(["beat", "beats", "missed", "misses", "topped", "tops", "exceeded", "exceeds", "surpassed",
        "matched", "met", "defied", "lowered", "raised", "raises", "cut", "revised", "allayed", "eased", "stoked", "fueled", "fuelled", "sparked",
        "renewed", "heightened", "deepened", "calmed"].map(Lexicon.catalog.named))
    static var at: Int32 { NamedWord.at.rawValue }
    static var the: Int32 { NamedWord.the.rawValue }
    static var not: Int32 { NamedWord.not.rawValue }
    /// "his", "her", "their", "its": owners that are pronouns.
    static let owners: WordIDSet = WordIDSet(["his", "her", "their", "its"].map(Lexicon.catalog.named))
    /// "my", "our", "their": owners no verb can follow ("her" can: "heard her say").
    static let possessiveDeterminers: WordIDSet = WordIDSet(["my", "your", "our", "their", "his", "its"].map(Lexicon.catalog.named))
    static var no: Int32 { NamedWord.no.rawValue }
    /// "familiar with", "briefed on": what an unnamed source knows, before its preposition.
    static let knowing: WordIDSet = WordIDSet(SpeakerResolver.knowingWords.map(Lexicon.catalog.named))
    /// "to", "of", "for": before capitalised words, what a role is of ("envoy to Ukraine …").
    static let placeOfRole: WordIDSet = WordIDSet(["to", "of", "for"].map(Lexicon.catalog.named))
    /// "but", "or", "nor": a clause that starts with one is the writer's next, not the content.
    static let coordinators: WordIDSet = WordIDSet(["but", "or", "nor"].map(Lexicon.catalog.named))
    /// "where", "which", "who": a relative clause describes the noun before it.
    static var having: Int32 { NamedWord.having.rawValue }
    /// "Six newspapers, including the Asbury Park Press, said": a participle that names members.
    static var including: Int32 { NamedWord.including.rawValue }
    static let relativeWords: WordIDSet = WordIDSet(["where", "which", "who", "whom", "whose"].map(Lexicon.catalog.named))
    /// "his recent claim", "the vain hope", "an early call": adjectives that make the cue after
    /// them a noun; none ends a speaker's name.
    static let nounModifiers: WordIDSet = WordIDSet(["new", "recent", "latest", "early", "previous", "initial", "original", "repeated", "vain", "false", "bold", "dire", "stark", "frequent", "constant", "persistent", "unfounded", "baseless", "dubious", "controversial", "infamous", "own", "mere", "brief", "passing"].map(Lexicon.catalog.named))
    /// "Clinton’s plans to …", "his claims that …": what may open the statement after an owner's noun cue.
    static let afterOwnersCue: WordIDSet = WordIDSet(["that", "to", "for", "about", "on", "over"].map(Lexicon.catalog.named))
    /// "the day before", "the week after": what may follow a time noun in a time phrase.
    static let relativeTimes: WordIDSet = WordIDSet(["before", "after", "earlier", "later", "ago"].map(Lexicon.catalog.named))
    /// "poll", "survey": one poll, a source; "polls" and "polling" are a standing.
    static let singlePolls: WordIDSet = WordIDSet(["poll", "survey"].map(Lexicon.catalog.named))
    /// "of likely voters", "from Quinnipiac", "released Monday": a poll's own words after it.
    static let pollTails: WordIDSet = WordIDSet(["of", "from", "by", "released", "conducted", "taken", "published", "among"].map(Lexicon.catalog.named))
    /// "whether", "about", "why": what opens the question after "asked".
    static let questionOpeners: WordIDSet = WordIDSet(["whether", "if", "about", "what", "why", "how", "where", "when", "which", "who"].map(Lexicon.catalog.named))
    /// "when asked", "was asked": what may come before "asked" that puts a question.
    static let beforeAsked: WordIDSet = WordIDSet(["when", "after", "once", "if", "was", "were", "being"].map(Lexicon.catalog.named))
    /// "as", "when", "because": open a clause of time, manner or reason, not a statement.
    static let subordinators: WordIDSet = WordIDSet(["as", "when", "while", "after", "before", "because", "since", "until", "once"].map(Lexicon.catalog.named))
    /// "although", "whereas": open a clause that concedes or contrasts; before a speaker, like
    /// a clause of time, it is not what the speaker said.
    static let adverbialOpeners: WordIDSet = subordinators.union(["although", "though", "whereas"].map(Lexicon.catalog.named))
    /// "began", "avoids": `Lexicon.aspectVerbs`, before a participle cue.
    static let aspectVerbs: WordIDSet = WordIDSet(Lexicon.aspectVerbs.map(Lexicon.catalog.named))
    /// "requested anonymity": a source's condition, not a request.
    static var anonymity: Int32 { NamedWord.anonymity.rawValue }
    /// The words a title leaves in lower case: "Crippled America: How to Make America Great
    /// Again", "The Secret Soldiers of Benghazi".
    static let titleSmallWords: WordIDSet = WordIDSet(["a", "an", "the", "of", "to", "in", "on", "for", "and", "or", "at", "by", "from"].map(Lexicon.catalog.named))
    /// What follows "pleaded" in a court's plea, not a request: "pleaded guilty", "not guilty".
    static let pleas: WordIDSet = WordIDSet(["guilty", "innocent", "not", "no"].map(Lexicon.catalog.named))
    /// "spent 45 seconds explaining": the forms of "spend", whose subject a later "-ing" cue has.
    static let spendForms: WordIDSet = WordIDSet(["spent", "spend", "spends", "spending"].map(Lexicon.catalog.named))
    /// "the afternoon", "much of the week": what a speaker may spend, besides the time units.
    static let spentTimes: WordIDSet = WordIDSet(["afternoon", "morning", "evening", "night", "day", "week", "time"].map(Lexicon.catalog.named))
    /// "Everything Trump says is a lie": a thing said, not a speaker.
    static let thingsSaid: WordIDSet = WordIDSet(["everything", "anything", "nothing", "something", "whatever"].map(Lexicon.catalog.named))
    /// What one writes that is a work, not a statement: "have written letters for several of
    /// them", "writes music", "wrote a check".
    static let writtenWorks: WordIDSet = WordIDSet(["letter", "letters", "book", "books", "music", "song", "songs", "poem", "poems", "novel", "novels",
        "script", "scripts", "check", "checks", "code", "essay", "essays", "story", "stories", "will", "wills",
        "screenplay", "lyrics"].map(Lexicon.catalog.named))
    static var whether: Int32 { NamedWord.whether.rawValue }
    static var me: Int32 { NamedWord.me.rawValue }
    static var `if`: Int32 { NamedWord.`if`.rawValue }
    static var favor: Int32 { NamedWord.favor.rawValue }
    static var time: Int32 { NamedWord.time.rawValue }
    static var say: Int32 { NamedWord.say.rawValue }
    static var tell: Int32 { NamedWord.tell.rawValue }
    static var add: Int32 { NamedWord.add.rawValue }
    static var admit: Int32 { NamedWord.admit.rawValue }
    static var believe: Int32 { NamedWord.believe.rawValue }
    static var back: Int32 { NamedWord.back.rawValue }
    static var show: Int32 { NamedWord.show.rawValue }
    static var plan: Int32 { NamedWord.plan.rawValue }
    static var call: Int32 { NamedWord.call.rawValue }
    static var decline: Int32 { NamedWord.decline.rawValue }
    static var respond: Int32 { NamedWord.respond.rawValue }
    static var reply: Int32 { NamedWord.reply.rawValue }
    static var advise: Int32 { NamedWord.advise.rawValue }
    static var ask: Int32 { NamedWord.ask.rawValue }
    static var write: Int32 { NamedWord.write.rawValue }
    static var post: Int32 { NamedWord.post.rawValue }
    static var report: Int32 { NamedWord.report.rawValue }
    static var feel: Int32 { NamedWord.feel.rawValue }
    /// "they", "we": subjects a verb's base form agrees with ("They … but feel that …").
    static let pluralPronouns: WordIDSet = WordIDSet(["they", "we", "i", "you"].map(Lexicon.catalog.named))
    /// "would", "could", "will": modals, after which verbs keep their base form.
    static let modals: WordIDSet = WordIDSet(["will", "would", "can", "could", "should", "might", "must", "may"].map(Lexicon.catalog.named))
    /// "has", "did", "would": the auxiliaries that are verbs (not "also", "still", "never").
    static let auxiliaryVerbs: WordIDSet = modals.union(["has", "have", "had", "did", "does", "do",
        "hasn't", "haven't", "hadn't", "didn't", "doesn't", "don't", "won't", "wouldn't", "can't", "couldn't", "shouldn't", "cannot"].map(Lexicon.catalog.named))
    /// "has", "was", "would": auxiliaries with a tense, which only a clause's verb group has
    /// ("be", "have" and "do" may be an infinitive's).
    static let finiteAuxiliaries: WordIDSet = modals.union(["has", "had", "did", "does", "is", "are", "was", "were",
        "hasn't", "hadn't", "didn't", "doesn't", "isn't", "aren't", "wasn't", "weren't", "won't", "wouldn't", "can't", "couldn't", "shouldn't"].map(Lexicon.catalog.named))
    /// Words that end a noun phrase's own words: a subordinate or relative clause begins
    /// ("a lead that …", "this faith even though …", "followers who were new").
    static let clauseOpeners: WordIDSet = subordinators.union(["that", "which", "who", "whose", "where", "if", "though", "although", "even", "unless"].map(Lexicon.catalog.named))
}
