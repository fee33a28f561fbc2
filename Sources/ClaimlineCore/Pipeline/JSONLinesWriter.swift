import Foundation

/// Writes one JSON Lines file: to `NAME.tmp` first, renamed to `NAME` by `commit()`, so a
/// killed run never leaves a truncated file that looks whole. Hashes what it writes, which
/// becomes the next stage's input fingerprint.
/// `@unchecked Sendable`: the runner calls it only from one stage's in-order emitter, under that
/// stage's `Reorderer` lock.
public final class JSONLinesWriter: @unchecked Sendable {
    public let path: String
    private let tmpPath: String
    private let handle: FileHandle
    private var buffer: [UInt8] = []
    private var hasher = SHA256()
    public private(set) var lineCount = 0
    public private(set) var byteCount = 0

    public struct WriteError: Error, CustomStringConvertible {
        public var path: String
        public var reason: String
        public var description: String { "\(path): \(reason)" }
    }

    public init(path: String) throws {
        self.path = path
        self.tmpPath = path + ".tmp"
        _ = FileManager.default.createFile(atPath: tmpPath, contents: nil)
        guard let h = FileHandle(forWritingAtPath: tmpPath) else { throw WriteError(path: tmpPath, reason: "cannot create the file") }
        handle = h
        buffer.reserveCapacity(1 << 20)
    }

    /// Appends one record as a line.
    public func write(_ record: some JSONRecord) {
        append(lines: Self.lines([record]), count: 1)
    }

    /// Appends bytes that already form `count` complete lines (serialised by a worker).
    public func append(lines bytes: [UInt8], count: Int) {
        buffer.append(contentsOf: bytes)
        lineCount += count
        if buffer.count >= 1 << 20 { flush() }
    }

    private func flush() {
        guard !buffer.isEmpty else { return }
        hasher.update(buffer)
        byteCount += buffer.count
        handle.write(Data(buffer))
        buffer.removeAll(keepingCapacity: true)
    }

    /// Flushes, closes and renames into place; returns the file's SHA-256.
    @discardableResult
    public func commit() throws -> String {
        flush()
        try handle.close()
        if FileManager.default.fileExists(atPath: path) { try FileManager.default.removeItem(atPath: path) }
        try FileManager.default.moveItem(atPath: tmpPath, toPath: path)
        return hasher.finalizeHex()
    }

    /// Drops the temporary file (a failed run keeps the previous complete output).
    public func abandon() {
        try? handle.close()
        try? FileManager.default.removeItem(atPath: tmpPath)
    }

    /// Serialises records to lines, for a worker to hand to `append(lines:count:)`.
    public static func lines(_ records: [some JSONRecord]) -> [UInt8] {
        var out: [UInt8] = []
        for r in records {
            r.writeJSON(into: &out)
            out.append(0x0A)
        }
        return out
    }
}

/// Reads a JSON Lines file line by line in fixed-size chunks, so memory does not grow with it.
public final class JSONLinesReader {
    public let path: String
    private let handle: FileHandle
    private var buffer: [UInt8] = []
    private var position = 0
    private var eof = false
    public private(set) var lineNumber = 0

    public struct ReadError: Error, CustomStringConvertible {
        public var path: String
        public var line: Int
        public var reason: String
        public var description: String { line > 0 ? "\(path):\(line): \(reason)" : "\(path): \(reason)" }
    }

    public init(path: String) throws(ReadError) {
        self.path = path
        guard let h = FileHandle(forReadingAtPath: path) else { throw ReadError(path: path, line: 0, reason: "cannot open (run the earlier stages first)") }
        handle = h
    }

    deinit { try? handle.close() }

    /// The next non-empty line's bytes, or nil at the end.
    public func nextLine() -> [UInt8]? {
        while true {
            if let nl = buffer[position...].firstIndex(of: 0x0A) {
                let line = Array(buffer[position..<nl])
                position = nl + 1
                lineNumber += 1
                if line.isEmpty { continue }
                return line
            }
            if eof {
                guard position < buffer.count else { return nil }
                let line = Array(buffer[position...])
                position = buffer.count
                lineNumber += 1
                return line
            }
            buffer.removeFirst(position)
            position = 0
            let chunk = handle.readData(ofLength: 1 << 20)
            if chunk.isEmpty { eof = true } else { buffer.append(contentsOf: chunk) }
        }
    }

    public func next<R: JSONRecord>(_ type: R.Type) throws(ReadError) -> R? {
        guard let line = nextLine() else { return nil }
        do {
            return try R(json: try JSONParser.parse(bytes: line))
        } catch let e as JSONParser.SyntaxError {
            throw ReadError(path: path, line: lineNumber, reason: e.description)
        } catch {
            throw ReadError(path: path, line: lineNumber, reason: "\(error)")
        }
    }
}
