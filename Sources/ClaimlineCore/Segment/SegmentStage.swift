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
        // One pass: the scalars (offsets are code points) and where each starts in the UTF-8,
        // so a sentence's text is a byte copy of the document's.
        var scalars: [Unicode.Scalar] = []
        var utf8Offset: [Int32] = []
        let byteCount = document.text.utf8.count
        scalars.reserveCapacity(byteCount)
        utf8Offset.reserveCapacity(byteCount + 1)
        var offset: Int32 = 0
        for u in document.text.unicodeScalars {
            scalars.append(u)
            utf8Offset.append(offset)
            offset += Int32(UTF8.width(u))
        }
        utf8Offset.append(offset)
        var text = document.text
        var sentences: [Sentence] = []
        text.withUTF8 { bytes in
            for (p, range) in document.paragraphs.enumerated() {
                guard range.lowerBound >= 0, range.upperBound <= scalars.count, !range.isEmpty else { continue }
                for r in segmenter.split(scalars, in: range) {
                    let slice = UnsafeBufferPointer(rebasing: bytes[Int(utf8Offset[r.lowerBound])..<Int(utf8Offset[r.upperBound])])
                    sentences.append(Sentence(
                        doc: document.id, index: sentences.count, paragraph: p, start: r.lowerBound, end: r.upperBound,
                        text: String(decoding: slice, as: UTF8.self)))
                }
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
