/// A sentence of a document: never crosses a paragraph; offsets are code points into the text.
///
/// `text` is a slice of the document's text, not a copy: a document's sentences share its
/// storage, and are copied only once, into the output file.
public struct Sentence: Equatable, Sendable {
    public var doc: String
    /// Position of the sentence in its document, from 0.
    public var index: Int
    public var paragraph: Int
    public var start: Int
    public var end: Int
    public var text: Substring

    public init(doc: String, index: Int, paragraph: Int, start: Int, end: Int, text: Substring) {
        self.doc = doc
        self.index = index
        self.paragraph = paragraph
        self.start = start
        self.end = end
        self.text = text
    }

    public init(doc: String, index: Int, paragraph: Int, start: Int, end: Int, text: String) {
        self.init(doc: doc, index: index, paragraph: paragraph, start: start, end: end, text: Substring(text))
    }
}

extension Sentence: JSONRecord {
    public var json: JSON {
        .object([
            "doc": .string(doc), "i": .int(index), "paragraph": .int(paragraph), "start": .int(start),
            "end": .int(end), "text": .string(String(text)),
        ])
    }

    public func writeJSON(into out: inout [UInt8]) {
        JSONFieldWriter.object(into: &out) { f, out in
            f.string("doc", doc, &out)
            f.int("end", end, &out)
            f.int("i", index, &out)
            f.int("paragraph", paragraph, &out)
            f.int("start", start, &out)
            f.key("text", &out)
            JSONSerializer.writeString(text, into: &out)
        }
    }

    public init(json: JSON) throws(RecordError) {
        let r = RecordReader(json, record: "sentence")
        self.init(
            doc: try r.string("doc"), index: try r.int("i"), paragraph: try r.int("paragraph"),
            start: try r.int("start"), end: try r.int("end"), text: try r.string("text"))
    }
}
