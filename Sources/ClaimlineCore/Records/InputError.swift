/// Why an input file did not become a document. Each file that fails lands in errors.jsonl once.
public struct InputError: Error, Equatable, Sendable, CustomStringConvertible {
    /// Stable, greppable reasons; `stats` counts errors by these.
    public enum Code: String, Sendable, CaseIterable {
        case unreadable
        case empty
        case notText = "not-text"
        case undecodable
        case tooLarge = "too-large"
        case noText = "no-text"
    }

    public var source: String
    public var stage: String
    public var code: Code
    public var message: String

    public init(source: String, stage: String, code: Code, message: String) {
        self.source = source
        self.stage = stage
        self.code = code
        self.message = message
    }

    public var description: String { "\(source): \(code.rawValue): \(message)" }
}

extension InputError: JSONRecord {
    public var json: JSON {
        .object(["source": .string(source), "stage": .string(stage), "code": .string(code.rawValue), "message": .string(message)])
    }

    public init(json: JSON) throws(RecordError) {
        let r = RecordReader(json, record: "error")
        let codeName = try r.string("code")
        guard let code = Code(rawValue: codeName) else { throw RecordError(record: "error", field: "code", problem: "unknown code \(codeName)") }
        self.init(source: try r.string("source"), stage: try r.string("stage"), code: code, message: try r.string("message"))
    }
}
