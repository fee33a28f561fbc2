/// What the clean stage keeps of a parsed HTML page: plain Swift values, no libxml2 pointers.
///
/// `HTMLTreeWalker` builds it in one pass; `ContentExtractor` and `MetadataExtractor` read it.
public struct PageTree: Sendable {
    /// An element that can hold blocks: the units the extractor scores.
    public struct Container: Sendable {
        public var parent: Int  // -1 for the root
        public var tag: String
        public var depth: Int
        /// -1, 0 or +1 from the element's class and id: "comment", "share" … vs. "article", "story" …
        public var cue: Int
        /// The element is boilerplate by its very tag or role (nav, footer, aside, role=navigation).
        public var isChrome: Bool
        /// The page marks this element as the article body (itemprop=articleBody, <article>).
        public var isArticleMarkup: Bool
        /// "class#id", for debugging.
        public var label: String = ""
    }

    /// A run of text that the page shows as its own line or paragraph.
    public struct Block: Sendable {
        public var text: String
        public var charCount: Int
        public var linkCharCount: Int
        public var container: Int
        public var tag: String
        public var commas: Int = 0
        public var stops: Int = 0
        public var isHeading: Bool { tag.count == 2 && tag.first == "h" && tag.last!.isNumber }
    }

    public var containers: [Container] = []
    public var blocks: [Block] = []
    /// `<meta name|property|itemprop=… content=…>`, keys lowercased.
    public var meta: [(key: String, value: String)] = []
    public var titleTag: String?
    public var headings1: [String] = []
    public var canonical: String?
    public var htmlLang: String?
    public var jsonLD: [String] = []
    public var timeDatetimes: [String] = []
    public var authorTexts: [String] = []
    /// Text of elements classed as a byline ("By Jane Doe · May 2").
    public var bylineTexts: [String] = []

    public init() {}

    public func metaValue(_ keys: String...) -> String? {
        for key in keys {
            if let v = meta.first(where: { $0.key == key && !$0.value.isEmpty })?.value { return v }
        }
        return nil
    }

    /// Whether container `c` lies inside (or is) container `ancestor`.
    public func isInside(_ c: Int, _ ancestor: Int) -> Bool {
        var x = c
        while x >= 0 {
            if x == ancestor { return true }
            x = containers[x].parent
        }
        return false
    }
}
