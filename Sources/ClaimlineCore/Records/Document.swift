/// One article after cleaning: its text as paragraphs, with the page's metadata.
///
/// `paragraphs` are half-open code-point ranges into `text` (Python's `text[s:e]`), joined in
/// `text` by a blank line so that a reader of the raw text sees the same structure.
public struct Document: Equatable, Sendable {
    public var id: String
    public var source: String
    public var format: SourceFormat
    public var bytes: Int
    public var sha256: String
    public var encoding: String
    public var title: String?
    public var byline: String?
    public var published: String?
    public var site: String?
    public var url: String?
    public var lang: String?
    public var text: String
    public var paragraphs: [Range<Int>]

    public init(
        id: String, source: String, format: SourceFormat, bytes: Int, sha256: String, encoding: String,
        metadata: DocumentMetadata = DocumentMetadata(), text: String, paragraphs: [Range<Int>]
    ) {
        self.id = id
        self.source = source
        self.format = format
        self.bytes = bytes
        self.sha256 = sha256
        self.encoding = encoding
        self.title = metadata.title
        self.byline = metadata.byline
        self.published = metadata.published
        self.site = metadata.site
        self.url = metadata.url
        self.lang = metadata.lang
        self.text = text
        self.paragraphs = paragraphs
    }

    /// Builds a document from paragraph strings, joining them with blank lines.
    public init(raw: RawDocument, metadata: DocumentMetadata, paragraphs texts: [String]) {
        var text = ""
        var ranges: [Range<Int>] = []
        var offset = 0
        for (n, p) in texts.enumerated() {
            if n > 0 { text += "\n\n"; offset += 2 }
            let length = p.unicodeScalars.count
            ranges.append(offset..<(offset + length))
            text += p
            offset += length
        }
        self.init(
            id: raw.id, source: raw.source, format: raw.format, bytes: raw.byteCount, sha256: raw.sha256,
            encoding: raw.encoding, metadata: metadata, text: text, paragraphs: ranges)
    }

    public var metadata: DocumentMetadata {
        DocumentMetadata(title: title, byline: byline, published: published, site: site, url: url, lang: lang)
    }
}

/// What the page says about itself; every field is nil when the page does not say it.
public struct DocumentMetadata: Equatable, Sendable {
    public var title: String?
    public var byline: String?
    public var published: String?
    public var site: String?
    public var url: String?
    public var lang: String?

    public init(title: String? = nil, byline: String? = nil, published: String? = nil, site: String? = nil, url: String? = nil, lang: String? = nil) {
        self.title = title
        self.byline = byline
        self.published = published
        self.site = site
        self.url = url
        self.lang = lang
    }
}

public enum SourceFormat: String, Sendable {
    case html
    case text
}

extension Document: JSONRecord {
    public var json: JSON {
        .object([
            "id": .string(id), "source": .string(source), "format": .string(format.rawValue),
            "bytes": .int(bytes), "sha256": .string(sha256), "encoding": .string(encoding),
            "title": JSON(title), "byline": JSON(byline), "published": JSON(published), "site": JSON(site),
            "url": JSON(url), "lang": JSON(lang), "text": .string(text),
            "paragraphs": .array(paragraphs.map { .array([.int($0.lowerBound), .int($0.upperBound)]) }),
        ])
    }

    public func writeJSON(into out: inout [UInt8]) {
        JSONFieldWriter.object(into: &out) { f, out in
            f.string("byline", byline, &out)
            f.int("bytes", bytes, &out)
            f.string("encoding", encoding, &out)
            f.string("format", format.rawValue, &out)
            f.string("id", id, &out)
            f.string("lang", lang, &out)
            f.array("paragraphs", paragraphs, &out) { p, out in
                JSONFieldWriter.array([p.lowerBound, p.upperBound], &out) { JSONFieldWriter.int($0, &$1) }
            }
            f.string("published", published, &out)
            f.string("sha256", sha256, &out)
            f.string("site", site, &out)
            f.string("source", source, &out)
            f.string("text", text, &out)
            f.string("title", title, &out)
            f.string("url", url, &out)
        }
    }

    public init(json: JSON) throws(RecordError) {
        let r = RecordReader(json, record: "document")
        let format = try r.string("format")
        guard let f = SourceFormat(rawValue: format) else { throw RecordError(record: "document", field: "format", problem: "unknown format \(format)") }
        let ranges = try r.array("paragraphs").map { (p: JSON) throws(RecordError) -> Range<Int> in
            guard let a = p.arrayValue, a.count == 2, let s = a[0].intValue, let e = a[1].intValue, s <= e else {
                throw RecordError(record: "document", field: "paragraphs", problem: "expected [start, end] pairs")
            }
            return s..<e
        }
        self.init(
            id: try r.string("id"), source: try r.string("source"), format: f, bytes: try r.int("bytes"),
            sha256: try r.string("sha256"), encoding: try r.string("encoding"),
            metadata: DocumentMetadata(
                title: try r.optionalString("title"), byline: try r.optionalString("byline"),
                published: try r.optionalString("published"), site: try r.optionalString("site"),
                url: try r.optionalString("url"), lang: try r.optionalString("lang")),
            text: try r.string("text"), paragraphs: ranges)
    }
}
