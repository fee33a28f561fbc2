/// Every word the segmenter treats specially, in one place, grouped by why.
///
/// Entries are lowercased and written without their final period ("u.s" for "U.S.").
public enum Abbreviations {
    /// Titles and words that stand before a name or a number: a period after them never ends a
    /// sentence when a capitalised word or a number follows ("Mr. Smith", "Gen. Milley",
    /// "No. 3", "Mt. Fuji", "Jan. 5").
    public static let beforeName: Set<String> = [
        "mr", "mrs", "ms", "messrs", "mmes", "dr", "drs", "prof", "profs", "sen", "sens", "rep", "reps", "gov", "govs",
        "gen", "gens", "lt", "col", "maj", "capt", "cpt", "sgt", "cpl", "pvt", "adm", "cmdr", "cdr", "brig", "rev", "revs",
        "hon", "pres", "supt", "insp", "det", "msgr", "fr", "atty", "amb", "ald", "rt", "st", "ste", "mt", "ft", "pt",
        "cf", "vs", "v", "approx", "ca", "est", "dept", "univ", "assn", "ave", "blvd", "rd", "hwy", "e.g", "i.e", "viz", "al",
        "mssrs",
    ]

    /// Words that stand before a number: "No. 3", "p. 55", "Jan. 5", "Art. 12".
    public static let beforeNumber: Set<String> = [
        "no", "nos", "vol", "vols", "art", "arts", "ch", "chap", "fig", "figs", "p", "pp", "sec", "secs", "para", "op",
        "tel", "ext", "ref", "n°", "nº", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
        "dec", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "approx", "ca", "est",
    ]

    /// Company and name suffixes: they often end a sentence ("…led by BankAmerica Corp.
    /// Georgia-Pacific owns…"), so a capitalised word after them starts a new one, unless it is
    /// another suffix ("Dow Jones & Co. Inc.").
    public static let suffixes: Set<String> = [
        "inc", "corp", "co", "cos", "ltd", "bros", "plc", "llc", "lp", "llp", "cie", "jr", "sr", "esq", "etc", "et al",
        "phd", "ph.d", "m.d", "d.c", "a.g", "s.a", "n.v", "n.a", "b.v", "ag",
    ]

    /// US state and similar place abbreviations, matched only when capitalised ("Ill." is the
    /// state, "ill." the word). They end sentences as often as they don't.
    public static let places: Set<String> = [
        "ala", "ariz", "ark", "calif", "colo", "conn", "del", "fla", "ga", "ill", "ind", "kan", "kans", "ky", "la", "md",
        "mass", "mich", "minn", "miss", "mo", "mont", "neb", "nev", "okla", "ore", "pa", "tenn", "tex", "va", "vt",
        "wash", "wis", "wyo", "ida", "penn", "ont", "que", "alta", "man", "sask",
    ]

    /// Words that begin sentences and rarely follow an abbreviation inside one: after "U.S." or
    /// "a.m." these mean a new sentence ("I live in the U.S. How about you?").
    public static let sentenceStarters: Set<String> = [
        "the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "his", "her", "its", "their", "our", "my", "your",
        "this", "that", "these", "those", "there", "here", "but", "and", "or", "so", "yet", "however", "meanwhile",
        "in", "on", "at", "for", "with", "after", "before", "since", "while", "when", "if", "as", "although", "though",
        "because", "what", "why", "how", "who", "where", "which", "some", "many", "most", "all", "no", "not", "one",
        "also", "still", "now", "then", "today", "yesterday", "last", "next", "other", "others", "both", "each", "such",
        "mr", "mrs", "ms", "dr", "analysts", "officials", "shares", "sales", "prices", "earlier", "later", "separately",
        "moreover", "instead", "indeed", "thus", "under", "during", "by", "from", "to", "is", "was", "are", "were", "do",
        "does", "did", "can", "could", "will", "would", "should", "may", "might", "even", "only", "among", "despite",
    ]

    /// Prepositions that open an introductory time phrase: "At 5 a.m. Mr. Smith went…" is one
    /// sentence, "He left at 6 P.M. Mr. Smith then…" is two.
    public static let timePrepositions: Set<String> = ["at", "by", "before", "after", "until", "around", "from", "since", "about", "till"]

    /// Time-of-day abbreviations.
    public static let timesOfDay: Set<String> = ["a.m", "p.m", "a.m.", "p.m."]
}

extension Abbreviations {
    /// What a word is to the segmenter: the lists above, merged so that a word is hashed once.
    struct Kind: OptionSet {
        let rawValue: UInt8
        static let beforeName = Kind(rawValue: 1)
        static let beforeNumber = Kind(rawValue: 2)
        static let suffix = Kind(rawValue: 4)
        static let place = Kind(rawValue: 8)
        static let sentenceStarter = Kind(rawValue: 16)
        static let timePreposition = Kind(rawValue: 32)
        static let timeOfDay = Kind(rawValue: 64)
        /// A period after these may belong to the word rather than end the sentence.
        static let abbreviation: Kind = [.beforeName, .beforeNumber, .suffix]
    }

    static let kinds: [ShortWordKey: Kind] = {
        var kinds: [ShortWordKey: Kind] = [:]
        let lists: [(Set<String>, Kind)] = [
            (beforeName, .beforeName), (beforeNumber, .beforeNumber), (suffixes, .suffix), (places, .place),
            (sentenceStarters, .sentenceStarter), (timePrepositions, .timePreposition), (timesOfDay, .timeOfDay),
        ]
        for (list, kind) in lists {
            for word in list { kinds[ShortWordKey(word)!, default: []].insert(kind) }
        }
        return kinds
    }()

    /// The kinds of the word at `range` of `text`, in any case (empty for most words).
    static func kind(_ text: UTF8Text, _ range: Range<Int>) -> Kind {
        guard let key = ShortWordKey(text.bytes[range]) else { return [] }
        return kinds[key] ?? []
    }
}
