/// What an element's class and id say about its content, in one readable place.
///
/// These are the words that templates across news sites use for their parts; they are
/// matched as substrings of the lowercased `class` + `id`, as readability and trafilatura do.
enum ClassCues {
    /// Page furniture: navigation, sharing, comments, promotions, consent and sign-up boxes.
    static let negative: [String] = [
        "comment", "share", "sharing", "social", "related", "promo", "cookie", "consent", "gdpr", "subscribe",
        "newsletter", "signup", "sign-up", "sidebar", "side-bar", "widget", "footer", "masthead", "breadcrumb",
        "navbar", "nav-", "-nav", "menu", "banner", "advert", "sponsor", "outbrain", "taboola", "popup", "modal",
        "recommend", "trending", "most-read", "mostread", "popular", "more-stories", "read-more", "readmore",
        "tags", "tag-list", "byline", "author-bio", "authorbio", "toolbar", "skip", "breaking",
        "login", "disclaimer", "copyright", "rss", "teaser", "carousel", "ticker",
        "shoutbox", "disqus", "community", "supplemental", "agegate", "dateline", "timestamp", "meta-", "metadata",
        "caption", "credit", "hashtag", "follow", "inline-ad", "ad-slot", "adslot", "ad-container", "ad-wrapper",
    ]
    /// Where the story lives.
    static let positive: [String] = [
        "article", "story", "content", "entry", "post", "text", "body", "main", "blog", "prose", "rich-text", "richtext",
    ]

    /// Names that only an article body carries; they win over any furniture word beside them
    /// ("article-body pagination-first").
    static let strongPositive: [String] = [
        "article-body", "articlebody", "article__body", "article-content", "articlecontent", "story-body", "storybody",
        "story-content", "entry-content", "post-content", "post-body", "postbody", "body-text", "article-text", "story-text",
    ]

    static let strongPositiveNeedles = strongPositive.map(ByteNeedle.init)
    static let negativeNeedles = negative.map(ByteNeedle.init)
    static let positiveNeedles = positive.map(ByteNeedle.init)

    /// -1 (furniture), 0 (no cue) or +1 (story); furniture wins when both match ("article-share").
    static func weight(_ classAndID: String) -> Int {
        if classAndID.utf8.count <= 1 { return 0 }
        var s = classAndID
        return s.withUTF8 { buffer in weight(bytes: UnsafeRawBufferPointer(buffer), classAndID) }
    }

    private static func weight(bytes: UnsafeRawBufferPointer, _ classAndID: String) -> Int {
        for n in strongPositiveNeedles where n.occurs(in: bytes) { return 1 }
        for n in negativeNeedles where n.occurs(in: bytes) { return -1 }
        // "ad" alone, as a class word: too short for a substring match.
        for token in classAndID.split(whereSeparator: { !$0.isLetter && !$0.isNumber }) {
            if token == "ad" || token == "ads" || token == "nav" || token == "aside" { return -1 }
        }
        for n in positiveNeedles where n.occurs(in: bytes) { return 1 }
        return 0
    }
}
