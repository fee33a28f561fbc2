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

    /// Every cue word, bucketed by its first byte, so one pass over a class name tests all.
    private static let buckets: [[(bytes: [UInt8], kind: Int)]] = {
        var b = [[(bytes: [UInt8], kind: Int)]](repeating: [], count: 256)
        for (words, kind) in [(strongPositive, 2), (negative, -1), (positive, 1)] {
            for w in words { let bytes = Array(w.utf8); b[Int(bytes[0])].append((bytes, kind)) }
        }
        return b
    }()

    /// -1 (furniture), 0 (no cue) or +1 (story); furniture wins when both match ("article-share"),
    /// except over the names only article bodies carry.
    static func weight(_ classAndID: String) -> Int {
        if classAndID.utf8.count <= 1 { return 0 }
        var s = classAndID
        let (strong, negative, positive) = s.withUTF8 { buf -> (Bool, Bool, Bool) in
            var strong = false, negative = false, positive = false
            let n = buf.count
            for i in 0..<n {
                for (bytes, kind) in buckets[Int(buf[i])] where i + bytes.count <= n {
                    var k = 1
                    while k < bytes.count && buf[i + k] == bytes[k] { k += 1 }
                    guard k == bytes.count else { continue }
                    switch kind {
                    case 2: strong = true
                    case -1: negative = true
                    default: positive = true
                    }
                }
            }
            return (strong, negative, positive)
        }
        if strong { return 1 }
        if negative { return -1 }
        // "ad" alone, as a class word: too short for a substring match.
        for token in classAndID.utf8.split(whereSeparator: { !(($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39)) }) {
            if token.elementsEqual("ad".utf8) || token.elementsEqual("ads".utf8) || token.elementsEqual("nav".utf8) || token.elementsEqual("aside".utf8) { return -1 }
        }
        return positive ? 1 : 0
    }
}
