/// A statement worth keeping: attributed to a speaker (direct, indirect, mixed) or the article's
/// own (unattributed), with what kind of statement it is and how worth checking.
public struct Claim: Equatable, Sendable {
    public enum Kind: String, Sendable, CaseIterable {
        case direct, indirect, mixed, unattributed
    }

    public enum Stance: String, Sendable, CaseIterable {
        case asserts, denies, hedges
    }

    /// Who made the statement, as written in the text, and the fullest name it refers to.
    public struct Speaker: Equatable, Sendable {
        public var text: String
        public var start: Int
        public var end: Int
        public var resolved: String?

        public init(text: String, start: Int, end: Int, resolved: String?) {
            self.text = text
            self.start = start
            self.end = end
            self.resolved = resolved
        }
    }

    /// The reporting words that attribute the statement ("said", "according to").
    public struct Cue: Equatable, Sendable {
        public var text: String
        public var lemma: String
        public var start: Int
        public var end: Int

        public init(text: String, lemma: String, start: Int, end: Int) {
            self.text = text
            self.lemma = lemma
            self.start = start
            self.end = end
        }
    }

    public var doc: String
    public var id: String
    public var sentences: [Int]
    public var start: Int
    public var end: Int
    public var text: String
    public var kind: Kind
    public var speaker: Speaker?
    public var cue: Cue?
    public var types: [String]
    public var stance: Stance
    public var quantities: [Quantity]
    public var checkworthiness: Double

    public init(
        doc: String, id: String, sentences: [Int], start: Int, end: Int, text: String, kind: Kind,
        speaker: Speaker?, cue: Cue?, types: [String], stance: Stance, quantities: [Quantity], checkworthiness: Double
    ) {
        self.doc = doc
        self.id = id
        self.sentences = sentences
        self.start = start
        self.end = end
        self.text = text
        self.kind = kind
        self.speaker = speaker
        self.cue = cue
        self.types = types
        self.stance = stance
        self.quantities = quantities
        self.checkworthiness = checkworthiness
    }
}

/// A number in a claim with its unit ("145 percent", "$3.2 billion").
public struct Quantity: Equatable, Sendable {
    public var text: String
    public var value: Double
    public var unit: String?
    public var start: Int
    public var end: Int

    public init(text: String, value: Double, unit: String?, start: Int, end: Int) {
        self.text = text
        self.value = value
        self.unit = unit
        self.start = start
        self.end = end
    }
}

extension Claim: JSONRecord {
    public var json: JSON {
        .object([
            "doc": .string(doc), "id": .string(id), "sentences": .array(sentences.map { .int($0) }),
            "start": .int(start), "end": .int(end), "text": .string(text), "kind": .string(kind.rawValue),
            "speaker": speaker.map {
                .object(["text": .string($0.text), "start": .int($0.start), "end": .int($0.end), "resolved": JSON($0.resolved)])
            } ?? .null,
            "cue": cue.map {
                .object(["text": .string($0.text), "lemma": .string($0.lemma), "start": .int($0.start), "end": .int($0.end)])
            } ?? .null,
            "types": .array(types.map { .string($0) }), "stance": .string(stance.rawValue),
            "quantities": .array(quantities.map {
                .object(["text": .string($0.text), "value": .double($0.value), "unit": JSON($0.unit), "start": .int($0.start), "end": .int($0.end)])
            }),
            "checkworthiness": .double((checkworthiness * 1000).rounded() / 1000),
        ])
    }

    public func writeJSON(into out: inout [UInt8]) {
        JSONFieldWriter.object(into: &out) { f, out in
            f.double("checkworthiness", (checkworthiness * 1000).rounded() / 1000, &out)
            f.object("cue", cue, &out) { cue, g, out in
                g.int("end", cue.end, &out)
                g.string("lemma", cue.lemma, &out)
                g.int("start", cue.start, &out)
                g.string("text", cue.text, &out)
            }
            f.string("doc", doc, &out)
            f.int("end", end, &out)
            f.string("id", id, &out)
            f.string("kind", kind.rawValue, &out)
            f.array("quantities", quantities, &out) { q, out in
                JSONFieldWriter.object(into: &out) { g, out in
                    g.int("end", q.end, &out)
                    g.int("start", q.start, &out)
                    g.string("text", q.text, &out)
                    g.string("unit", q.unit, &out)
                    g.double("value", q.value, &out)
                }
            }
            f.array("sentences", sentences, &out) { JSONFieldWriter.int($0, &$1) }
            f.object("speaker", speaker, &out) { speaker, g, out in
                g.int("end", speaker.end, &out)
                g.string("resolved", speaker.resolved, &out)
                g.int("start", speaker.start, &out)
                g.string("text", speaker.text, &out)
            }
            f.string("stance", stance.rawValue, &out)
            f.int("start", start, &out)
            f.string("text", text, &out)
            f.array("types", types, &out) { JSONSerializer.writeString($0, into: &$1) }
        }
    }

    public init(json: JSON) throws(RecordError) {
        let r = RecordReader(json, record: "claim")
        let kindName = try r.string("kind")
        let stanceName = try r.string("stance")
        guard let kind = Kind(rawValue: kindName) else { throw RecordError(record: "claim", field: "kind", problem: "unknown kind \(kindName)") }
        guard let stance = Stance(rawValue: stanceName) else { throw RecordError(record: "claim", field: "stance", problem: "unknown stance \(stanceName)") }
        var speaker: Speaker?
        if let s = try r.optionalObject("speaker") {
            speaker = Speaker(text: try s.string("text"), start: try s.int("start"), end: try s.int("end"), resolved: try s.optionalString("resolved"))
        }
        var cue: Cue?
        if let c = try r.optionalObject("cue") {
            cue = Cue(text: try c.string("text"), lemma: try c.string("lemma"), start: try c.int("start"), end: try c.int("end"))
        }
        let quantities = try r.array("quantities").map { (q: JSON) throws(RecordError) -> Quantity in
            let qr = RecordReader(q, record: "quantity")
            return Quantity(text: try qr.string("text"), value: try qr.double("value"), unit: try qr.optionalString("unit"), start: try qr.int("start"), end: try qr.int("end"))
        }
        self.init(
            doc: try r.string("doc"), id: try r.string("id"),
            sentences: try r.array("sentences").map { (v: JSON) throws(RecordError) -> Int in
                guard let n = v.intValue else { throw RecordError(record: "claim", field: "sentences", problem: "expected numbers") }
                return n
            },
            start: try r.int("start"), end: try r.int("end"), text: try r.string("text"), kind: kind,
            speaker: speaker, cue: cue, types: try r.array("types").compactMap { $0.stringValue }, stance: stance,
            quantities: quantities, checkworthiness: try r.double("checkworthiness"))
    }
}
