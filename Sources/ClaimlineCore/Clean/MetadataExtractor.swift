/// Title, byline, date, site, URL and language from what the page says about itself.
///
/// Sources are tried from the most deliberate (Open Graph, JSON-LD) to the least (`<title>`,
/// `<h1>`, `<time>`); a field the page does not state stays nil rather than guessed.
public enum MetadataExtractor {
    public static func extract(_ tree: PageTree) -> DocumentMetadata {
        let ld = LinkedData(tree.jsonLD)
        var m = DocumentMetadata()
        m.title = clean(tree.metaValue("og:title", "twitter:title") ?? ld.headline ?? tree.titleTag.map(stripSiteSuffix) ?? tree.headings1.first)
        m.byline = byline(tree, ld)
        m.published = [tree.metaValue("article:published_time", "og:published_time", "datepublished"), ld.datePublished,
                       tree.metaValue("pubdate", "publishdate", "publish-date", "publication_date", "date", "dc.date", "dc.date.issued",
                                      "dcterms.created", "sailthru.date", "parsely-pub-date", "article.published", "og:article:published_time"),
                       tree.timeDatetimes.first]
            .lazy.compactMap { $0.flatMap(DateNormalizer.iso8601) }.first
        m.site = clean(tree.metaValue("og:site_name", "application-name", "twitter:site:name") ?? ld.publisher)
        m.url = clean(tree.canonical ?? tree.metaValue("og:url")).flatMap { $0.hasPrefix("http") ? $0 : nil }
        m.lang = language(tree.htmlLang ?? tree.metaValue("content-language", "og:locale", "language", "dc.language"))
        return m
    }

    static func clean(_ s: String?) -> String? {
        guard let s else { return nil }
        let t = HTMLTreeWalker.collapse(s)
        return t.isEmpty ? nil : t
    }

    /// "Story title | The Site" → "Story title" (the site is `site`, not part of the title).
    static func stripSiteSuffix(_ title: String) -> String {
        for sep in [" | ", " - ", " — ", " – ", " :: ", " » "] {
            if let r = title.range(of: sep, options: .backwards) {
                let head = String(title[..<r.lowerBound])
                let tail = title[r.upperBound...]
                if tail.count < 40 && head.count > tail.count { return head }
            }
        }
        return title
    }

    static func byline(_ tree: PageTree, _ ld: LinkedData) -> String? {
        let candidates = [tree.metaValue("author", "article:author", "byl", "sailthru.author", "parsely-author", "dc.creator"), ld.author, tree.authorTexts.first, tree.bylineTexts.first.map(bylineName)]
        for c in candidates {
            guard var v = clean(c), !v.hasPrefix("http"), !v.contains("facebook.com"), v.count < 150 else { continue }
            for prefix in ["By ", "by ", "BY "] where v.hasPrefix(prefix) { v = String(v.dropFirst(prefix.count)) }
            return v
        }
        return nil
    }

    /// "By Jane Doe · April 2, 2025" → "Jane Doe".
    static func bylineName(_ s: String) -> String {
        var t = s
        for sep in ["·", "|", "•", " - ", "Updated", "Published", "\n"] {
            if let r = t.range(of: sep) { t = String(t[..<r.lowerBound]) }
        }
        return t.trimmingWhitespace()
    }

    /// BCP 47 primary language subtag, lowercased: "en-US" → "en", "en_GB" → "en".
    static func language(_ s: String?) -> String? {
        guard let s = clean(s) else { return nil }
        let primary = s.split(whereSeparator: { $0 == "-" || $0 == "_" || $0 == "," || $0 == " " }).first.map { $0.lowercased() } ?? ""
        guard (2...3).contains(primary.count), primary.allSatisfy({ $0.isLetter }) else { return nil }
        return primary
    }
}

/// The schema.org fields of a page's JSON-LD blocks that describe its article.
struct LinkedData {
    var headline: String?
    var datePublished: String?
    var author: String?
    var publisher: String?
    var articleBody: String?

    init(_ scripts: [String]) {
        for script in scripts {
            guard let json = try? JSONParser.parse(script.trimmingWhitespace()) else { continue }
            visit(json, depth: 0)
        }
    }

    private static let articleTypes: Set<String> = ["NewsArticle", "Article", "BlogPosting", "ReportageNewsArticle", "AnalysisNewsArticle", "OpinionNewsArticle", "WebPage", "LiveBlogPosting", "Report", "ScholarlyArticle", "TechArticle"]

    private static func types(_ o: [String: JSON]) -> [String] {
        if let s = o["@type"]?.stringValue { return [s] }
        return o["@type"]?.arrayValue?.compactMap(\.stringValue) ?? []
    }

    private static func name(_ v: JSON?) -> String? {
        guard let v else { return nil }
        if let s = v.stringValue { return s }
        if let o = v.objectValue { return o["name"]?.stringValue }
        if let a = v.arrayValue {
            let names = a.compactMap { name($0) }
            return names.isEmpty ? nil : names.joined(separator: ", ")
        }
        return nil
    }

    private mutating func visit(_ v: JSON, depth: Int) {
        guard depth < 6 else { return }
        if let a = v.arrayValue { for x in a { visit(x, depth: depth + 1) }; return }
        guard let o = v.objectValue else { return }
        if let graph = o["@graph"] { visit(graph, depth: depth + 1) }
        let t = Self.types(o)
        guard t.contains(where: Self.articleTypes.contains) else { return }
        let isWebPage = t == ["WebPage"]
        if headline == nil, !isWebPage { headline = o["headline"]?.stringValue }
        if datePublished == nil { datePublished = o["datePublished"]?.stringValue }
        if author == nil { author = Self.name(o["author"]) }
        if publisher == nil { publisher = Self.name(o["publisher"]) }
        if articleBody == nil { articleBody = o["articleBody"]?.stringValue }
    }
}

/// Dates as ISO 8601: "2025-04-25" or "2025-04-25T10:00:00Z" as given; "April 25, 2025" → "2025-04-25".
enum DateNormalizer {
    static let months = ["jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12]

    static func iso8601(_ raw: String) -> String? {
        let s = raw.trimmingWhitespace()
        let scalars = Array(s.unicodeScalars)
        func digits(_ r: Range<Int>) -> Int? {
            guard r.upperBound <= scalars.count else { return nil }
            var v = 0
            for i in r {
                guard let d = scalars[i].properties.numericType != nil ? Int(String(scalars[i])) : nil else { return nil }
                v = v * 10 + d
            }
            return v
        }
        // 2025-04-25, 2025/04/25, 2025-04-25T…
        if let y = digits(0..<4), scalars.count >= 10, scalars[4] == "-" || scalars[4] == "/", let mo = digits(5..<7), let d = digits(8..<10), valid(y, mo, d) {
            if scalars.count > 10 && scalars[10] == "T" {
                let rest = String(String.UnicodeScalarView(scalars[10...].prefix { !$0.properties.isWhitespace }))
                return String(format4(y)) + "-" + pad(mo) + "-" + pad(d) + rest
            }
            return format4(y) + "-" + pad(mo) + "-" + pad(d)
        }
        // "April 25, 2025", "25 April 2025", "Apr. 25 2025"
        let words = s.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber })
        var year: Int?, month: Int?, day: Int?
        for w in words {
            if let n = Int(w) {
                if n >= 1900 && n <= 2100 && year == nil { year = n } else if n >= 1 && n <= 31 && day == nil { day = n }
            } else if month == nil, w.count >= 3, let m = months[String(w.prefix(3))] {
                month = m
            }
        }
        if let y = year, let mo = month, let d = day, valid(y, mo, d) { return format4(y) + "-" + pad(mo) + "-" + pad(d) }
        return nil
    }

    static func valid(_ y: Int, _ m: Int, _ d: Int) -> Bool { y >= 1900 && y <= 2100 && (1...12).contains(m) && (1...31).contains(d) }
    static func pad(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
    static func format4(_ n: Int) -> String { String(n) }
}
