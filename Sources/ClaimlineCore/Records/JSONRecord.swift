/// A record that is one line of a claimline JSON Lines file.
public protocol JSONRecord: Sendable {
    var json: JSON { get }
    init(json: JSON) throws(RecordError)
    /// Appends the record's JSON text (`json`, serialised) to `out`.
    func writeJSON(into out: inout [UInt8])
}

extension JSONRecord {
    public func writeJSON(into out: inout [UInt8]) { JSONSerializer.write(json, into: &out) }
}

/// A line of an output file that is JSON but not the record it should be.
public struct RecordError: Error, CustomStringConvertible, Sendable {
    public var record: String
    public var field: String
    public var problem: String

    public var description: String { "\(record).\(field): \(problem)" }
}

/// Typed field access on a JSON object, failing with the field's name.
struct RecordReader {
    let fields: [String: JSON]
    let record: String

    init(_ json: JSON, record: String) {
        self.fields = json.objectValue ?? [:]
        self.record = record
    }

    private func fail(_ field: String, _ expected: String) -> RecordError {
        RecordError(record: record, field: field, problem: fields[field] == nil ? "missing" : "expected \(expected)")
    }

    func string(_ key: String) throws(RecordError) -> String {
        guard let s = fields[key]?.stringValue else { throw fail(key, "a string") }
        return s
    }

    func optionalString(_ key: String) throws(RecordError) -> String? {
        guard let v = fields[key], !v.isNull else { return nil }
        guard let s = v.stringValue else { throw fail(key, "a string or null") }
        return s
    }

    func int(_ key: String) throws(RecordError) -> Int {
        guard let n = fields[key]?.intValue else { throw fail(key, "an integer") }
        return n
    }

    func double(_ key: String) throws(RecordError) -> Double {
        guard let n = fields[key]?.doubleValue else { throw fail(key, "a number") }
        return n
    }

    func array(_ key: String) throws(RecordError) -> [JSON] {
        guard let a = fields[key]?.arrayValue else { throw fail(key, "an array") }
        return a
    }

    func optionalObject(_ key: String) throws(RecordError) -> RecordReader? {
        guard let v = fields[key], !v.isNull else { return nil }
        guard v.objectValue != nil else { throw fail(key, "an object or null") }
        return RecordReader(v, record: "\(record).\(key)")
    }
}
