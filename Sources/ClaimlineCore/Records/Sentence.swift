/// A sentence of a document: never crosses a paragraph; offsets are code points into the text.
public struct Sentence: Equatable, Sendable {
    public var doc: String
    /// Position of the sentence in its document, from 0.
    public var index: Int
    public var paragraph: Int
    public var start: Int
    public var end: Int
    public var text: String

    public init(doc: String, index: Int, paragraph: Int, start: Int, end: Int, text: String) {
        self.doc = doc
        self.index = index
        self.paragraph = paragraph
        self.start = start
        self.end = end
        self.text = text
    }
}

extension Sentence: JSONRecord {
    public var json: JSON {
        .object([
            "doc": .string(doc), "i": .int(index), "paragraph": .int(paragraph), "start": .int(start),
            "end": .int(end), "text": .string(text),
        ])
    }

    public func writeJSON(into out: inout [UInt8]) {
        JSONFieldWriter.object(into: &out) { f, out in
            f.string("doc", doc, &out)
            f.int("end", end, &out)
            f.int("i", index, &out)
            f.int("paragraph", paragraph, &out)
            f.int("start", start, &out)
            f.string("text", text, &out)
        }
    }

    public init(json: JSON) throws(RecordError) {
        let r = RecordReader(json, record: "sentence")
        self.init(
            doc: try r.string("doc"), index: try r.int("i"), paragraph: try r.int("paragraph"),
            start: try r.int("start"), end: try r.int("end"), text: try r.string("text"))
    }
}
