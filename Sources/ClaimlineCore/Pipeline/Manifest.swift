import Foundation

/// out/manifest.json: what each stage last ran with and produced, so an unchanged stage can be
/// skipped and a changed one rerun alone.
public struct Manifest: Equatable, Sendable {
    public struct Entry: Equatable, Sendable {
        public var configFingerprint: String
        public var inputFingerprint: String
        /// SHA-256 of the stage's output file(s) as written.
        public var outputFingerprint: String
        public var countIn: Int
        public var countOut: Int
        public var errors: Int
        public var seconds: Double
        public var version: String
    }

    public static let releaseVersion = "0.1.0"

    /// The release plus a fingerprint of the running binary (size and modification time), so
    /// that a rebuilt claimline with changed rules never trusts outputs of the old one.
    public static let toolVersion: String = {
        let exe = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments.first ?? ""
        guard let attrs = try? FileManager.default.attributesOfItem(atPath: exe) else { return releaseVersion }
        let size = (attrs[.size] as? NSNumber)?.int64Value ?? 0
        let mtime = Int((attrs[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0)
        return releaseVersion + "+" + String(SHA256.hex(of: Array("\(size)-\(mtime)".utf8)).prefix(12))
    }()
    public var stages: [StageName: Entry] = [:]
    public var files: Int = 0

    public init() {}

    public static func load(_ path: String) -> Manifest {
        guard let data = FileManager.default.contents(atPath: path), let json = try? JSONParser.parse(bytes: [UInt8](data)) else { return Manifest() }
        var m = Manifest()
        m.files = json["files"]?.intValue ?? 0
        for (name, v) in json["stages"]?.objectValue ?? [:] {
            guard let stage = StageName(rawValue: name) else { continue }
            m.stages[stage] = Entry(
                configFingerprint: v["config"]?.stringValue ?? "", inputFingerprint: v["input"]?.stringValue ?? "",
                outputFingerprint: v["output"]?.stringValue ?? "", countIn: v["in"]?.intValue ?? 0,
                countOut: v["out"]?.intValue ?? 0, errors: v["errors"]?.intValue ?? 0, seconds: v["seconds"]?.doubleValue ?? 0,
                version: v["version"]?.stringValue ?? "")
        }
        return m
    }

    public var json: JSON {
        var stagesJSON: [String: JSON] = [:]
        for (s, e) in stages {
            stagesJSON[s.rawValue] = .object([
                "config": .string(e.configFingerprint), "input": .string(e.inputFingerprint), "output": .string(e.outputFingerprint),
                "in": .int(e.countIn), "out": .int(e.countOut), "errors": .int(e.errors),
                "seconds": .double((e.seconds * 1000).rounded() / 1000), "version": .string(e.version),
            ])
        }
        return .object(["tool": .string("claimline"), "version": .string(Self.toolVersion), "files": .int(files), "stages": .object(stagesJSON)])
    }

    public func write(_ path: String) throws {
        let tmp = path + ".tmp"
        try Data((json.serialized() + "\n").utf8).write(to: URL(fileURLWithPath: tmp))
        if FileManager.default.fileExists(atPath: path) { try FileManager.default.removeItem(atPath: path) }
        try FileManager.default.moveItem(atPath: tmp, toPath: path)
    }

    /// Fingerprint of a stage's options with the tool version: changes when either does.
    public static func configFingerprint(_ config: PipelineConfig, _ stage: StageName) -> String {
        var text = "\(toolVersion)|\(stage.rawValue)|" + config.optionsJSON(stage).serialized()
        if stage == .clean { text += "|" + config.optionsJSON(.read).serialized() }
        return SHA256.hex(of: Array(text.utf8))
    }

    /// SHA-256 of a file's bytes, read in chunks; nil if it is missing.
    public static func fileFingerprint(_ path: String) -> String? {
        guard let h = FileHandle(forReadingAtPath: path) else { return nil }
        defer { try? h.close() }
        var hasher = SHA256()
        while true {
            let chunk = h.readData(ofLength: 1 << 20)
            if chunk.isEmpty { break }
            hasher.update([UInt8](chunk))
        }
        return hasher.finalizeHex()
    }
}
