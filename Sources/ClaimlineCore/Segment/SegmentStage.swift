/// The segment stage: a document in, its sentences out (never crossing a paragraph).
public struct SegmentStage: Stage {
    public struct Options: Equatable, Sendable {
        public init() {}
    }

    public static let name = "segment"
    public let options: Options
    private let segmenter = Segmenter()

    public init(options: Options = Options()) { self.options = options }

    public func process(_ document: Document) -> SegmentedDocument {
        let scalars = Array(document.text.unicodeScalars)
        var sentences: [Sentence] = []
        for (p, range) in document.paragraphs.enumerated() {
            guard range.lowerBound >= 0, range.upperBound <= scalars.count, !range.isEmpty else { continue }
            for r in segmenter.split(scalars, in: range) {
                sentences.append(Sentence(
                    doc: document.id, index: sentences.count, paragraph: p, start: r.lowerBound, end: r.upperBound,
                    text: scalarString(scalars, r)))
            }
        }
        return SegmentedDocument(document: document, sentences: sentences)
    }
}

/// A document with its sentences: what the claims stage reads.
public struct SegmentedDocument: Sendable {
    public var document: Document
    public var sentences: [Sentence]

    public init(document: Document, sentences: [Sentence]) {
        self.document = document
        self.sentences = sentences
    }
}
