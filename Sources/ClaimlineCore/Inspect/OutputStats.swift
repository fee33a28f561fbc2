/// Counts over an output folder: `claimline stats`.
public struct OutputStats: Sendable {
    public var manifest: Manifest
    public var claimKinds: [String: Int] = [:]
    public var claimTypes: [String: Int] = [:]
    public var speakers: [String: Int] = [:]
    public var errorsByCode: [String: Int] = [:]
    public var documents = 0
    public var sentences = 0
    public var claims = 0
    public var errors = 0

    public static func collect(outputFolder out: String) throws(JSONLinesReader.ReadError) -> OutputStats {
        var s = OutputStats(manifest: Manifest.load(out + "/manifest.json"))
        func each(_ name: String, _ body: (JSON) -> Void) throws(JSONLinesReader.ReadError) {
            let reader: JSONLinesReader
            do { reader = try JSONLinesReader(path: out + "/" + name) } catch { return }
            while let line = reader.nextLine() {
                if let j = try? JSONParser.parse(bytes: line) { body(j) }
            }
        }
        try each("documents.jsonl") { _ in s.documents += 1 }
        try each("sentences.jsonl") { _ in s.sentences += 1 }
        try each("errors.jsonl") { j in
            s.errors += 1
            s.errorsByCode[j["code"]?.stringValue ?? "?", default: 0] += 1
        }
        try each("claims.jsonl") { j in
            s.claims += 1
            s.claimKinds[j["kind"]?.stringValue ?? "?", default: 0] += 1
            for t in j["types"]?.arrayValue ?? [] { s.claimTypes[t.stringValue ?? "?", default: 0] += 1 }
            if let sp = j["speaker"], !sp.isNull {
                let name = sp["resolved"]?.stringValue ?? sp["text"]?.stringValue ?? "?"
                s.speakers[name, default: 0] += 1
            }
        }
        return s
    }

    public func text(top: Int = 10) -> String {
        var lines: [String] = []
        func sorted(_ d: [String: Int]) -> [(String, Int)] { d.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key } }
        lines.append("files \(manifest.files) → documents \(documents), errors \(errors)")
        lines.append("sentences \(sentences) · claims \(claims)")
        lines.append("")
        lines.append("stages (last run):")
        for st in StageName.allCases {
            guard let e = manifest.stages[st] else { continue }
            lines.append("  \(st.rawValue.padding(9)) in \(e.countIn) out \(e.countOut)" + (e.errors > 0 ? " errors \(e.errors)" : "") + " · \(SummaryFormatter.format(e.seconds, 3)) s")
        }
        lines.append("")
        lines.append("claims by kind: " + sorted(claimKinds).map { "\($0.0) \($0.1)" }.joined(separator: ", "))
        lines.append("claims by type: " + sorted(claimTypes).map { "\($0.0) \($0.1)" }.joined(separator: ", "))
        lines.append("")
        lines.append("top speakers:")
        for (name, n) in sorted(speakers).prefix(top) { lines.append("  \(String(n).padding(5)) \(name)") }
        if !errorsByCode.isEmpty {
            lines.append("")
            lines.append("errors by code: " + sorted(errorsByCode).map { "\($0.0) \($0.1)" }.joined(separator: ", "))
        }
        return lines.joined(separator: "\n")
    }
}

extension String {
    func padding(_ n: Int) -> String { count >= n ? self : self + String(repeating: " ", count: n - count) }
}
