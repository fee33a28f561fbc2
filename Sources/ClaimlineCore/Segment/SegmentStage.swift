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
        var text = document.text
        let utf8View = document.text.utf8
        var sentences: [Sentence] = []
        sentences.reserveCapacity(text.utf8.count / 100 + 4)
        text.withUTF8 { bytes in
            let utf8 = UTF8Text(bytes: bytes)
            // Records count code points and the segmenter counts bytes: one cursor walks
            // forward through both, since paragraphs and sentences come in text order.
            var cursor = CodePointCursor(utf8)
            var ranges: [Range<Int>] = []
            for (p, paragraph) in document.paragraphs.enumerated() {
                guard paragraph.lowerBound >= 0, !paragraph.isEmpty else { continue }
                var ahead = cursor
                guard let lower = cursor.byteOffset(ofCodePoint: paragraph.lowerBound),
                      let upper = ahead.byteOffset(ofCodePoint: paragraph.upperBound) else { continue }
                ranges.removeAll(keepingCapacity: true)
                segmenter.split(utf8, in: lower..<upper, into: &ranges)
                for r in ranges {
                    let start = cursor.codePointOffset(ofByte: r.lowerBound)
                    let end = cursor.codePointOffset(ofByte: r.upperBound)
                    sentences.append(Sentence(
                        doc: document.id, index: sentences.count, paragraph: p, start: start, end: end,
                        text: document.text[utf8View.index(utf8View.startIndex, offsetBy: r.lowerBound)..<utf8View.index(utf8View.startIndex, offsetBy: r.upperBound)]))
                }
            }
        }
        return SegmentedDocument(document: document, sentences: sentences)
    }
}

/// Converts between byte and code-point offsets of UTF-8 text by walking forward from the
/// last position asked for (it moves back to the start only when asked for an earlier one).
struct CodePointCursor {
    let text: UTF8Text
    private(set) var byte = 0
    private(set) var codePoint = 0

    init(_ text: UTF8Text) { self.text = text }

    /// The byte where code point `target` starts, or nil past the end of the text.
    mutating func byteOffset(ofCodePoint target: Int) -> Int? {
        if target < codePoint { byte = 0; codePoint = 0 }
        let n = text.bytes.count
        let base = UnsafeRawPointer(text.bytes.baseAddress!)
        // Whole chunks of eight bytes while the target lies beyond them.
        while byte + 8 <= n {
            let x = base.loadUnaligned(fromByteOffset: byte, as: UInt64.self)
            let leads = 8 - (x & ~(x << 1) & 0x8080_8080_8080_8080).nonzeroBitCount
            guard codePoint + leads < target else { break }
            codePoint += leads
            byte += 8
        }
        // Then byte by byte, past the rest of a character split by the chunk.
        while byte < n && (codePoint < target || text[byte] & 0xC0 == 0x80) {
            if text[byte] & 0xC0 != 0x80 { codePoint += 1 }
            byte += 1
        }
        return codePoint == target ? byte : nil
    }

    /// The code point offset of `target`, a byte at a scalar boundary.
    mutating func codePointOffset(ofByte target: Int) -> Int {
        if target < byte { byte = 0; codePoint = 0 }
        codePoint += text.codePoints(in: byte..<target)
        byte = target
        return codePoint
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
