/// An input file read and decoded to Unicode, before cleaning.
public struct RawDocument: Sendable {
    /// The path relative to the input folder: stable across machines and runs.
    public var id: String
    /// The path as the user gave it (input folder joined with `id`).
    public var source: String
    public var format: SourceFormat
    public var byteCount: Int
    public var sha256: String
    /// The encoding the bytes were decoded from ("utf-8", "windows-1252", "utf-16le" …).
    public var encoding: String
    /// For HTML, the page's UTF-8 bytes as libxml2 will parse them; for text, the text's.
    public var utf8: [UInt8]

    public init(id: String, source: String, format: SourceFormat, byteCount: Int, sha256: String, encoding: String, utf8: [UInt8]) {
        self.id = id
        self.source = source
        self.format = format
        self.byteCount = byteCount
        self.sha256 = sha256
        self.encoding = encoding
        self.utf8 = utf8
    }

    public var text: String { String(decoding: utf8, as: UTF8.self) }
}

/// One input file found by the listing, in the order the run will number it.
public struct InputFile: Sendable, Equatable {
    public var id: String
    /// The folder the id is relative to (one string shared by every file of a listing, so that
    /// a listing of a million files holds each path once), or nil when `explicitPath` is set.
    private var folder: String?
    private var explicitPath: String?

    public var path: String { explicitPath ?? folder! + "/" + id }

    public init(id: String, path: String) {
        self.id = id
        self.explicitPath = path
    }

    /// The file `id` under `folder`.
    public init(id: String, folder: String) {
        self.id = id
        self.folder = folder
    }

    public static func == (a: InputFile, b: InputFile) -> Bool { a.id == b.id && a.path == b.path }

    public var format: SourceFormat? {
        let lower = id.lowercased()
        if lower.hasSuffix(".html") || lower.hasSuffix(".htm") || lower.hasSuffix(".xhtml") { return .html }
        if lower.hasSuffix(".txt") || lower.hasSuffix(".text") { return .text }
        return nil
    }
}
