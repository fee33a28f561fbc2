import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Finds the input files under a folder: recursive, sorted by id, so that run numbering (and
/// later `--shard I/N`) is the same on every machine.
public enum InputLister {
    public static let extensions: Set<String> = ["html", "htm", "xhtml", "txt", "text"]

    public struct ListingError: Error, CustomStringConvertible {
        public var path: String
        public var description: String { "\(path): input folder does not exist or is not a folder" }
    }

    public static func list(_ root: String) throws -> [InputFile] {
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: root, isDirectory: &isDir) else { throw ListingError(path: root) }
        if !isDir.boolValue {
            // A single file is a folder of one.
            let name = (root as NSString).lastPathComponent
            return [InputFile(id: name, path: root)]
        }
        var files: [InputFile] = []
        var visited = Set<FileID>()
        walk(root: root, relative: "", into: &files, visited: &visited)
        files.sort { $0.id.utf8.lexicographicallyPrecedes($1.id.utf8) }
        return files
    }

    /// A folder's identity on disk, so that a link back up the tree is walked once, not forever.
    struct FileID: Hashable {
        var device: UInt64
        var inode: UInt64
    }

    static func fileID(_ path: String) -> FileID? {
        var st = stat()
        guard stat(path, &st) == 0 else { return nil }
        return FileID(device: UInt64(st.st_dev), inode: UInt64(st.st_ino))
    }

    private static func walk(root: String, relative: String, into files: inout [InputFile], visited: inout Set<FileID>) {
        let dir = relative.isEmpty ? root : root + "/" + relative
        if let id = fileID(dir), !visited.insert(id).inserted { return }
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: dir) else { return }
        for name in names where !name.hasPrefix(".") {
            let rel = relative.isEmpty ? name : relative + "/" + name
            let full = root + "/" + rel
            var isDir: ObjCBool = false
            guard FileManager.default.fileExists(atPath: full, isDirectory: &isDir) else {
                // A dangling link is still an input the user gave us: report it, don't drop it.
                if extensions.contains((name as NSString).pathExtension.lowercased()) { files.append(InputFile(id: rel, folder: root)) }
                continue
            }
            if isDir.boolValue {
                walk(root: root, relative: rel, into: &files, visited: &visited)
            } else if extensions.contains((name as NSString).pathExtension.lowercased()) {
                files.append(InputFile(id: rel, folder: root))
            }
        }
    }

    /// Snapshot of the listing (ids, sizes, modification times) that changes when any input does.
    public static func fingerprint(_ files: [InputFile]) -> String {
        var h = SHA256()
        for f in files {
            let attrs = try? FileManager.default.attributesOfItem(atPath: f.path)
            let size = (attrs?[.size] as? NSNumber)?.int64Value ?? -1
            let mtime = (attrs?[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
            h.update(Array("\(f.id)\u{0}\(size)\u{0}\(mtime)\n".utf8))
        }
        return h.finalizeHex()
    }
}
