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
        let lines = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" })
        let hasBlank = lines.contains { $0.allSatisfy(\.isWhitespace) }
        var out: [String] = []
        var current: [Substring] = []
        func emit() {
            let p = HTMLTreeWalker.collapse(normalizeInvisible(current.joined(separator: " ")))
            if !p.isEmpty { out.append(p) }
            current.removeAll()
        }
        for line in lines {
            if line.allSatisfy(\.isWhitespace) { emit(); continue }
            current.append(line)
            if !hasBlank { emit() }
        }
        emit()
        return out
    }

    static func normalizeInvisible(_ s: String) -> String {
        var out = String.UnicodeScalarView()
        for u in s.unicodeScalars {
            switch u {
            case "\u{200B}", "\u{200C}", "\u{200D}", "\u{FEFF}", "\u{AD}", "\u{2060}": continue
            case "\u{A0}", "\u{2002}", "\u{2003}", "\u{2009}", "\u{202F}", "\u{3000}": out.append(" ")
            default: out.append(u)
            }
        }
        return String(out)
    }

    /// A first paragraph that reads as a headline: short, and not ending like a sentence.
    public static func headline(_ paragraphs: [String]) -> String? {
        guard paragraphs.count > 1, let first = paragraphs.first, first.count <= 160 else { return nil }
        guard let last = first.unicodeScalars.last, !".!?:;\"”’'".unicodeScalars.contains(last) else { return nil }
        guard first.split(separator: " ").count >= 3 else { return nil }
        return first
    }
}
