import Foundation

/// The read stage: an input file's bytes, checked and decoded, with its stable id and checksum.
public struct ReadStage: Stage {
    public struct Options: Equatable, Sendable {
        /// Files larger than this are refused rather than read whole into memory.
        public var maxBytes: Int = 50 * 1024 * 1024
        public init(maxBytes: Int = 50 * 1024 * 1024) { self.maxBytes = maxBytes }
    }

    public static let name = "read"
    public let options: Options

    public init(options: Options = Options()) { self.options = options }

    public func process(_ file: InputFile) throws(InputError) -> RawDocument {
        func fail(_ code: InputError.Code, _ message: String) -> InputError {
            InputError(source: file.path, stage: Self.name, code: code, message: message)
        }
        guard let format = file.format else { throw fail(.unreadable, "not an .html, .htm or .txt file") }
        let attrs: [FileAttributeKey: Any]
        do {
            attrs = try FileManager.default.attributesOfItem(atPath: file.path)
        } catch {
            throw fail(.unreadable, "cannot open the file (missing, a broken link, or no permission)")
        }
        let size = (attrs[.size] as? NSNumber)?.intValue ?? 0
        if size > options.maxBytes { throw fail(.tooLarge, "\(size) bytes is over the limit of \(options.maxBytes) (read.options.maxBytes)") }
        guard let handle = FileHandle(forReadingAtPath: file.path) else { throw fail(.unreadable, "cannot open the file for reading") }
        defer { try? handle.close() }
        let bytes: [UInt8]
        do {
            bytes = [UInt8](try handle.readToEnd() ?? Data())
        } catch {
            throw fail(.unreadable, "read failed: \(error.localizedDescription)")
        }
        if bytes.isEmpty { throw fail(.empty, "the file is empty") }
        if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) { throw fail(.empty, "the file holds only whitespace") }
        let decoded: TextDecoder.Decoded
        do {
            decoded = try TextDecoder.decode(bytes, isHTML: format == .html)
        } catch {
            switch error {
            case .binary(let offset): throw fail(.notText, "binary content (NUL byte at offset \(offset))")
            case .unsupported(let charset): throw fail(.undecodable, "declared charset \"\(charset)\" is not supported and the bytes are not UTF-8")
            }
        }
        return RawDocument(
            id: file.id, source: file.path, format: format, byteCount: bytes.count, sha256: SHA256.hex(of: bytes),
            encoding: decoded.encoding, utf8: decoded.utf8)
    }
}
