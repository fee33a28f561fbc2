/// Filters over claimline's JSON Lines files, shared by `inspect`, `show` and `stats`.
public struct OutputQuery: Sendable {
    public var doc: String?
    public var kind: String?
    public var type: String?
    public var speaker: String?
    public var minScore: Double?
    public var limit: Int?

    public init(doc: String? = nil, kind: String? = nil, type: String? = nil, speaker: String? = nil, minScore: Double? = nil, limit: Int? = nil) {
        self.doc = doc
        self.kind = kind
        self.type = type
        self.speaker = speaker
        self.minScore = minScore
        self.limit = limit
    }

    /// Whether a record (any of the four files) passes every filter that applies to it.
    public func matches(_ r: JSON) -> Bool {
        if let doc, (r["doc"] ?? r["id"])?.stringValue != doc, r["source"]?.stringValue?.hasSuffix(doc) != true { return false }
        if let kind, r["kind"]?.stringValue != kind { return false }
        if let type, !(r["types"]?.arrayValue?.contains(.string(type)) ?? false) { return false }
        if let speaker {
            let s = speaker.lowercased()
            let sp = r["speaker"]
            let names = [sp?["text"]?.stringValue, sp?["resolved"]?.stringValue].compactMap { $0?.lowercased() }
            if !names.contains(where: { $0.contains(s) }) { return false }
        }
        if let minScore, (r["checkworthiness"]?.doubleValue ?? -1) < minScore { return false }
        return true
    }

    /// Matching lines of a file, as they are on disk.
    public func run(path: String, each: (String) -> Void) throws(JSONLinesReader.ReadError) {
        let reader = try JSONLinesReader(path: path)
        var n = 0
        while let line = reader.nextLine() {
            if let limit, n >= limit { break }
            guard let json = try? JSONParser.parse(bytes: line) else {
                throw JSONLinesReader.ReadError(path: path, line: reader.lineNumber, reason: "not JSON")
            }
            if matches(json) {
                each(String(decoding: line, as: UTF8.self))
                n += 1
            }
        }
    }
}
