import Foundation

/// pipeline.json: where to read, where to write, and each stage's workers and options.
public struct PipelineConfig: Equatable, Sendable {
    public static let currentVersion = 1

    public var version = currentVersion
    public var input = "data"
    public var output = "out"
    public var read = ReadStage.Options()
    public var clean = CleanStage.Options()
    public var segment = SegmentStage.Options()
    public var claims = ClaimsStage.Options()
    /// Workers per stage; nil means one per core.
    public var workers: [StageName: Int] = [:]

    public init() {}

    public func workerCount(_ stage: StageName) -> Int {
        workers[stage] ?? max(1, ProcessInfo.processInfo.activeProcessorCount)
    }

    /// A stage's options as JSON: what its config fingerprint is computed from.
    public func optionsJSON(_ stage: StageName) -> JSON {
        switch stage {
        case .read: return .object(["maxBytes": .int(read.maxBytes)])
        case .clean:
            return .object([
                "minChars": .int(clean.minChars), "minVotingChars": .int(clean.extractor.minVotingChars),
                "maxLinkDensity": .double(clean.extractor.maxLinkDensity),
            ])
        case .segment: return .object([:])
        case .claims:
            return .object([
                "unattributed": .bool(claims.unattributed), "minCheckworthiness": .double(claims.minCheckworthiness),
                "minQuoteWords": .int(claims.minQuoteWords),
                "checkworthinessModel": claims.checkworthinessModel.map { .string($0 + "@" + (Manifest.fileFingerprint($0) ?? "missing")) } ?? .null,
            ])
        }
    }

    /// The config file refused, with one line that names the field and the fault.
    public struct Invalid: Error, CustomStringConvertible, Equatable {
        public var file: String
        public var field: String
        public var problem: String
        public var description: String { field.isEmpty ? "\(file): \(problem)" : "\(file): \(field): \(problem)" }
    }

    public static func load(path: String) throws(Invalid) -> PipelineConfig {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw Invalid(file: path, field: "", problem: "cannot read the file")
        }
        return try parse([UInt8](data), file: (path as NSString).lastPathComponent)
    }

    public static func parse(_ bytes: [UInt8], file: String = "pipeline.json") throws(Invalid) -> PipelineConfig {
        let json: JSON
        do {
            json = try JSONParser.parse(bytes: bytes)
        } catch {
            throw Invalid(file: file, field: "", problem: error.description)
        }
        var v = Validator(file: file)
        return try v.config(json)
    }
}

/// Walks pipeline.json and refuses the first unknown key, wrong type or bad value.
private struct Validator {
    let file: String

    func fail(_ field: String, _ problem: String) -> PipelineConfig.Invalid {
        PipelineConfig.Invalid(file: file, field: field, problem: problem)
    }

    func shown(_ v: JSON) -> String {
        switch v {
        case .string, .int, .double, .bool, .null: return v.serialized()
        case .array: return "an array"
        case .object: return "an object"
        }
    }

    func object(_ v: JSON, _ field: String, allowed: [String]) throws(PipelineConfig.Invalid) -> [String: JSON] {
        guard let o = v.objectValue else { throw fail(field, "expected an object, got \(shown(v))") }
        for key in o.keys.sorted() where !allowed.contains(key) {
            let path = field.isEmpty ? key : "\(field).\(key)"
            throw fail(path, "unknown key (expected one of: \(allowed.joined(separator: ", ")))")
        }
        return o
    }

    func string(_ v: JSON, _ field: String) throws(PipelineConfig.Invalid) -> String {
        guard let s = v.stringValue else { throw fail(field, "expected a string, got \(shown(v))") }
        guard !s.isEmpty else { throw fail(field, "must not be empty") }
        return s
    }

    func int(_ v: JSON, _ field: String, min: Int, max: Int = Int.max) throws(PipelineConfig.Invalid) -> Int {
        guard case .int(let n) = v else {
            if v.doubleValue != nil { throw fail(field, "expected a whole number, got \(shown(v))") }
            throw fail(field, "expected a number, got \(shown(v))")
        }
        guard n >= min && n <= max else { throw fail(field, max == Int.max ? "must be at least \(min), got \(n)" : "must be between \(min) and \(max), got \(n)") }
        return n
    }

    func double(_ v: JSON, _ field: String, min: Double, max: Double) throws(PipelineConfig.Invalid) -> Double {
        guard let d = v.doubleValue else { throw fail(field, "expected a number, got \(shown(v))") }
        guard d >= min && d <= max else { throw fail(field, "must be between \(min) and \(max), got \(shown(v))") }
        return d
    }

    func bool(_ v: JSON, _ field: String) throws(PipelineConfig.Invalid) -> Bool {
        guard let b = v.boolValue else { throw fail(field, "expected true or false, got \(shown(v))") }
        return b
    }

    mutating func config(_ json: JSON) throws(PipelineConfig.Invalid) -> PipelineConfig {
        let o = try object(json, "", allowed: ["version", "input", "output", "stages"])
        var c = PipelineConfig()
        guard let version = o["version"] else { throw fail("version", "missing (this claimline reads version \(PipelineConfig.currentVersion))") }
        c.version = try int(version, "version", min: 1)
        guard c.version == PipelineConfig.currentVersion else { throw fail("version", "unsupported version \(c.version) (this claimline reads version \(PipelineConfig.currentVersion))") }
        if let v = o["input"] { c.input = try string(v, "input") }
        if let v = o["output"] { c.output = try string(v, "output") }
        guard let stages = o["stages"] else { return c }
        guard let list = stages.arrayValue else { throw fail("stages", "expected an array, got \(shown(stages))") }
        var seen: [StageName] = []
        for (i, s) in list.enumerated() {
            let field = "stages[\(i)]"
            let so = try object(s, field, allowed: ["name", "workers", "options"])
            guard let nameValue = so["name"] else { throw fail("\(field).name", "missing") }
            let name = try string(nameValue, "\(field).name")
            guard let stage = StageName(rawValue: name) else {
                throw fail("\(field).name", "unknown stage \"\(name)\" (expected one of: \(StageName.allCases.map(\.rawValue).joined(separator: ", ")))")
            }
            if seen.contains(stage) { throw fail("\(field).name", "stage \"\(name)\" appears twice") }
            if let last = seen.last, stage < last { throw fail("\(field).name", "stage \"\(name)\" must come before \"\(last.rawValue)\" (order: read, clean, segment, claims)") }
            seen.append(stage)
            if let w = so["workers"] {
                if w.stringValue == "auto" { c.workers[stage] = nil } else { c.workers[stage] = try int(w, "\(field).workers", min: 1, max: 256) }
            }
            guard let opts = so["options"] else { continue }
            let of = "\(field).options"
            switch stage {
            case .read:
                let oo = try object(opts, of, allowed: ["maxBytes"])
                if let v = oo["maxBytes"] { c.read.maxBytes = try int(v, "\(of).maxBytes", min: 1) }
            case .clean:
                let oo = try object(opts, of, allowed: ["minChars", "minVotingChars", "maxLinkDensity"])
                if let v = oo["minChars"] { c.clean.minChars = try int(v, "\(of).minChars", min: 1) }
                if let v = oo["minVotingChars"] { c.clean.extractor.minVotingChars = try int(v, "\(of).minVotingChars", min: 1) }
                if let v = oo["maxLinkDensity"] { c.clean.extractor.maxLinkDensity = try double(v, "\(of).maxLinkDensity", min: 0, max: 1) }
            case .segment:
                _ = try object(opts, of, allowed: [])
            case .claims:
                let oo = try object(opts, of, allowed: ["unattributed", "minCheckworthiness", "minQuoteWords", "checkworthinessModel"])
                if let v = oo["unattributed"] { c.claims.unattributed = try bool(v, "\(of).unattributed") }
                if let v = oo["minCheckworthiness"] { c.claims.minCheckworthiness = try double(v, "\(of).minCheckworthiness", min: 0, max: 1) }
                if let v = oo["minQuoteWords"] { c.claims.minQuoteWords = try int(v, "\(of).minQuoteWords", min: 1, max: 100) }
                if let v = oo["checkworthinessModel"] {
                    let path = try string(v, "\(of).checkworthinessModel")
                    guard FileManager.default.fileExists(atPath: path) else { throw fail("\(of).checkworthinessModel", "no such file \(v.serialized())") }
                    c.claims.checkworthinessModel = path
                }
            }
        }
        return c
    }
}
