import Foundation
#if canImport(Glibc)
import Glibc
#endif

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
        let path = file.path
        func fail(_ code: InputError.Code, _ message: String) -> InputError {
            InputError(source: path, stage: Self.name, code: code, message: message)
        }
        guard let format = file.format else { throw fail(.unreadable, "not an .html, .htm or .txt file") }
        let bytes: [UInt8]
        switch Self.readFile(path, limit: options.maxBytes) {
        case .success(let b): bytes = b
        case .failure(.cannotOpen(let reason)): throw fail(.unreadable, "cannot open the file (\(reason))")
        case .failure(.tooLarge(let size)): throw fail(.tooLarge, "\(size) bytes is over the limit of \(options.maxBytes) (read.options.maxBytes)")
        case .failure(.readFailed(let reason)): throw fail(.unreadable, "read failed: \(reason)")
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
            id: file.id, source: path, format: format, byteCount: bytes.count, sha256: SHA256.hex(of: bytes),
            encoding: decoded.encoding, utf8: decoded.utf8)
    }

    enum ReadFailure: Error {
        case cannotOpen(String)
        case tooLarge(Int)
        case readFailed(String)
    }

    /// The whole file with one open, one fstat and as few reads as its size needs: Foundation's
    /// file attributes and `Data` copies cost as much as hashing the bytes.
    static func readFile(_ path: String, limit: Int) -> Result<[UInt8], ReadFailure> {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { return .failure(.cannotOpen(String(cString: strerror(errno)))) }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0 else { return .failure(.cannotOpen(String(cString: strerror(errno)))) }
        if (st.st_mode & S_IFMT) == S_IFDIR { return .failure(.cannotOpen("it is a folder")) }
        let size = Int(st.st_size)
        if size > limit { return .failure(.tooLarge(size)) }
        var out = [UInt8](repeating: 0, count: size)
        var filled = 0
        var failure: String?
        out.withUnsafeMutableBytes { buf in
            while filled < size {
                let n = read(fd, buf.baseAddress! + filled, size - filled)
                if n < 0 {
                    if errno == EINTR { continue }
                    failure = String(cString: strerror(errno))
                    return
                }
                if n == 0 { break }
                filled += n
            }
        }
        if let failure { return .failure(.readFailed(failure)) }
        if filled < size { out.removeLast(size - filled) }
        // A file that grew while being read (or a special file with no size): read the rest.
        var chunk = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress!, 65536) }
            if n < 0 && errno == EINTR { continue }
            if n <= 0 { break }
            out.append(contentsOf: chunk[0..<n])
            if out.count > limit { return .failure(.tooLarge(out.count)) }
        }
        return .success(out)
    }
}
