/// The clean stage: a decoded file in, a `Document` of paragraphs and metadata out.
public struct CleanStage: Stage {
    public struct Options: Equatable, Sendable {
        public var extractor = ContentExtractor.Options()
        /// A document with fewer characters than this after cleaning is an error ("no-text").
        public var minChars: Int = 1

        public init(extractor: ContentExtractor.Options = ContentExtractor.Options(), minChars: Int = 1) {
            self.extractor = extractor
            self.minChars = minChars
        }
    }

    public static let name = "clean"
    public let options: Options

    public init(options: Options = Options()) { self.options = options }

    public func process(_ raw: RawDocument) throws(InputError) -> Document {
        let document: Document
        switch raw.format {
        case .html:
            let tree = HTMLTreeWalker.parse(raw.utf8)
            let metadata = MetadataExtractor.extract(tree)
            let paragraphs = ContentExtractor(options: options.extractor).extract(tree, title: metadata.title)
            document = Document(raw: raw, metadata: metadata, paragraphs: paragraphs)
        case .text:
            let paragraphs = PlainText.paragraphs(raw.text)
            var metadata = DocumentMetadata()
            metadata.title = PlainText.headline(paragraphs)
            document = Document(raw: raw, metadata: metadata, paragraphs: paragraphs)
        }
        let chars = document.paragraphs.reduce(0) { $0 + $1.count }
        if chars < max(1, options.minChars) {
            throw InputError(
                source: raw.source, stage: Self.name, code: .noText,
                message: raw.format == .html ? "no article text found in the page after removing markup and boilerplate" : "no text after whitespace normalisation")
        }
        return document
    }
}

/// Plain-text articles: paragraphs and a headline.
public enum PlainText {
    /// Paragraphs are separated by blank lines. A file with no blank line but several lines
    /// (one paragraph a line, as many text exports are) is split at every line instead.
    public static func paragraphs(_ text: String) -> [String] {
        var text = text
        return text.withUTF8 { p in
            // Lines end at "\n", "\r\n" or "\r".
            var lines: [Range<Int>] = []
            var start = 0
            var i = 0
            while i < p.count {
                let b = p[i]
                if b == 0x0A || b == 0x0D {
                    lines.append(start..<i)
                    i += b == 0x0D && i + 1 < p.count && p[i + 1] == 0x0A ? 2 : 1
                    start = i
                } else {
                    i += 1
                }
            }
            lines.append(start..<p.count)
            let utf8 = UTF8Text(bytes: p)
            func isBlank(_ r: Range<Int>) -> Bool { utf8.allScalars(in: r) { $0.isSpace } }
            let hasBlank = lines.contains(where: isBlank)
            var out: [String] = []
            // Zero-width characters go; other white space folds into single spaces.
            var current = WhitespaceCollapser(dropsInvisible: true)
            func emit() {
                if !current.bytes.isEmpty { out.append(current.string) }
                current = WhitespaceCollapser(dropsInvisible: true)
            }
            for line in lines {
                if isBlank(line) { emit(); continue }
                current.space()
                current.append(p, line)
                if !hasBlank { emit() }
            }
            emit()
            return out
        }
    }

    /// A first paragraph that reads as a headline: short, and not ending like a sentence.
    public static func headline(_ paragraphs: [String]) -> String? {
        guard paragraphs.count > 1, let first = paragraphs.first, first.count <= 160 else { return nil }
        guard let last = first.unicodeScalars.last, !".!?:;\"”’'".unicodeScalars.contains(last) else { return nil }
        guard first.split(separator: " ").count >= 3 else { return nil }
        return first
    }
}
