import Foundation
@testable import ClaimlineCore

enum Fixtures {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures").path
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path

    static func path(_ name: String) -> String { folder + "/" + name }

    static func raw(_ name: String) throws -> RawDocument {
        let id = name
        return try ReadStage().process(InputFile(id: id, path: path(name)))
    }

    static func document(text: String, title: String? = nil, id: String = "t.txt") -> Document {
        let raw = RawDocument(id: id, source: id, format: .text, byteCount: text.utf8.count, sha256: "", encoding: "utf-8", utf8: Array(text.utf8))
        var meta = DocumentMetadata()
        meta.title = title
        return Document(raw: raw, metadata: meta, paragraphs: PlainText.paragraphs(text))
    }

    /// One folder per test process for every temporary folder of its tests, removed when the
    /// process exits (some tests hand out paths that must outlive the test function).
    static let temporaryRoot: String = {
        let root = NSTemporaryDirectory() + "claimline-tests-" + UUID().uuidString
        try? FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        atexit { try? FileManager.default.removeItem(atPath: Fixtures.temporaryRoot) }
        return root
    }()

    static func temporaryFolder() -> String {
        let p = temporaryRoot + "/" + UUID().uuidString
        try? FileManager.default.createDirectory(atPath: p, withIntermediateDirectories: true)
        return p
    }
}
