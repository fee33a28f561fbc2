import Foundation

/// Turns an input file's bytes into UTF-8, the way a browser would for a news page:
/// byte-order mark first, then the page's own declaration, then UTF-8 if the bytes are valid,
/// and Windows-1252 (what "ISO-8859-1" means on the web) as the last resort.
public enum TextDecoder {
    public struct Decoded: Sendable {
        public var utf8: [UInt8]
        public var encoding: String
    }

    public enum Failure: Error, Sendable, Equatable {
        case binary(offset: Int)
        case unsupported(charset: String)
    }

    public static func decode(_ bytes: [UInt8], isHTML: Bool) throws(Failure) -> Decoded {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            let body = Array(bytes.dropFirst(3))
            return Decoded(utf8: isValidUTF8(body) ? body : Array(String(decoding: body, as: UTF8.self).utf8), encoding: "utf-8")
        }
        if bytes.starts(with: [0xFF, 0xFE]) { return Decoded(utf8: utf16(bytes.dropFirst(2), littleEndian: true), encoding: "utf-16le") }
        if bytes.starts(with: [0xFE, 0xFF]) { return Decoded(utf8: utf16(bytes.dropFirst(2), littleEndian: false), encoding: "utf-16be") }
        if let nul = bytes.firstIndex(of: 0) { throw .binary(offset: nul) }

        let declared = isHTML ? declaredCharset(bytes) : nil
        switch declared.map(canonicalName) {
        case "windows-1252"?:
            return Decoded(utf8: windows1252(bytes), encoding: "windows-1252")
        case "iso-8859-15"?:
            return Decoded(utf8: latin9(bytes), encoding: "iso-8859-15")
        case "utf-8"?, nil:
            if isValidUTF8(bytes) { return Decoded(utf8: bytes, encoding: "utf-8") }
            return Decoded(utf8: windows1252(bytes), encoding: "windows-1252")
        case let other?:
            if isValidUTF8(bytes) { return Decoded(utf8: bytes, encoding: "utf-8") }
            if let enc = foundationEncoding(other), let s = String(data: Data(bytes), encoding: enc) {
                return Decoded(utf8: Array(s.utf8), encoding: other)
            }
            throw .unsupported(charset: other)
        }
    }

    /// Canonical label for the names pages use in practice (WHATWG's label table, the common part).
    static func canonicalName(_ label: String) -> String {
        switch label.lowercased() {
        case "utf-8", "utf8", "unicode-1-1-utf-8": return "utf-8"
        case "iso-8859-1", "iso8859-1", "latin1", "latin-1", "l1", "ascii", "us-ascii", "windows-1252", "cp1252", "x-cp1252", "iso_8859-1", "cp819", "ansi_x3.4-1968":
            return "windows-1252"
        case "iso-8859-15", "iso8859-15", "latin-9", "latin9", "l9": return "iso-8859-15"
        default: return label.lowercased()
        }
    }

    private static func foundationEncoding(_ name: String) -> String.Encoding? {
        switch name {
        case "windows-1251", "cp1251": return .windowsCP1251
        case "windows-1250", "cp1250": return .windowsCP1250
        case "iso-8859-2", "latin2": return .isoLatin2
        case "shift_jis", "shift-jis", "sjis": return .shiftJIS
        case "euc-jp": return .japaneseEUC
        case "utf-16", "utf-16le": return .utf16LittleEndian
        case "utf-16be": return .utf16BigEndian
        default: return nil
        }
    }

    /// The charset a page declares in its first 4 KB: `<meta charset>` or the http-equiv form.
    /// Works on the bytes (ASCII-lowercased): this runs for every page.
    static func declaredCharset(_ bytes: [UInt8]) -> String? {
        let head = bytes.prefix(4096).map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 32 : $0 }
        let meta = Array("<meta".utf8)
        let charset = Array("charset".utf8)
        func find(_ needle: [UInt8], from: Int, to: Int) -> Int? {
            guard to - from >= needle.count else { return nil }
            var i = from
            while i <= to - needle.count {
                if head[i] == needle[0] {
                    var k = 1
                    while k < needle.count && head[i + k] == needle[k] { k += 1 }
                    if k == needle.count { return i }
                }
                i += 1
            }
            return nil
        }
        var search = 0
        while let m = find(meta, from: search, to: head.count) {
            var tagEnd = m + meta.count
            while tagEnd < head.count && head[tagEnd] != UInt8(ascii: ">") { tagEnd += 1 }
            if let c = find(charset, from: m, to: tagEnd) {
                var i = c + charset.count
                while i < tagEnd && head[i] == 0x20 { i += 1 }
                if i < tagEnd && head[i] == UInt8(ascii: "=") {
                    i += 1
                    while i < tagEnd && (head[i] == 0x20 || head[i] == UInt8(ascii: "\"") || head[i] == UInt8(ascii: "'")) { i += 1 }
                    var j = i
                    while j < tagEnd, let u = Optional(head[j]), (u >= 0x61 && u <= 0x7A) || (u >= 0x30 && u <= 0x39) || u == UInt8(ascii: "-") || u == UInt8(ascii: "_") || u == UInt8(ascii: ":") || u == UInt8(ascii: ".") { j += 1 }
                    if j > i { return String(decoding: head[i..<j], as: UTF8.self) }
                }
            }
            search = tagEnd
        }
        return nil
    }

    /// Whether the bytes are well-formed UTF-8 (no overlongs, surrogates or values past
    /// U+10FFFF). Skips ASCII eight bytes at a time: most of a news page is ASCII.
    static func isValidUTF8(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBytes { raw in
            let n = raw.count
            var i = 0
            while i < n {
                if i + 8 <= n, raw.loadUnaligned(fromByteOffset: i, as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                    i += 8
                    continue
                }
                let b0 = raw[i]
                if b0 < 0x80 { i += 1; continue }
                @inline(__always) func cont(_ k: Int) -> Bool { i + k < n && raw[i + k] & 0xC0 == 0x80 }
                switch b0 {
                case 0xC2...0xDF:
                    guard cont(1) else { return false }
                    i += 2
                case 0xE0...0xEF:
                    guard cont(1), cont(2) else { return false }
                    let b1 = raw[i + 1]
                    if b0 == 0xE0 && b1 < 0xA0 { return false }  // overlong
                    if b0 == 0xED && b1 >= 0xA0 { return false }  // surrogate
                    i += 3
                case 0xF0...0xF4:
                    guard cont(1), cont(2), cont(3) else { return false }
                    let b1 = raw[i + 1]
                    if b0 == 0xF0 && b1 < 0x90 { return false }
                    if b0 == 0xF4 && b1 >= 0x90 { return false }
                    i += 4
                default:
                    return false
                }
            }
            return true
        }
    }

    /// Windows-1252's 0x80–0x9F; the five unassigned bytes map to the C1 controls, as browsers do.
    private static let cp1252High: [UInt32] = [
        0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D, 0x017D, 0x8F,
        0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D, 0x017E, 0x0178,
    ]

    static func windows1252(_ bytes: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + bytes.count / 8)
        for b in bytes {
            if b < 0x80 { out.append(b); continue }
            let scalar = b < 0xA0 ? cp1252High[Int(b - 0x80)] : UInt32(b)
            appendUTF8(scalar, to: &out)
        }
        return out
    }

    static func latin9(_ bytes: [UInt8]) -> [UInt8] {
        let changes: [UInt8: UInt32] = [0xA4: 0x20AC, 0xA6: 0x0160, 0xA8: 0x0161, 0xB4: 0x017D, 0xB8: 0x017E, 0xBC: 0x0152, 0xBD: 0x0153, 0xBE: 0x0178]
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + bytes.count / 8)
        for b in bytes {
            if b < 0x80 { out.append(b); continue }
            appendUTF8(changes[b] ?? UInt32(b), to: &out)
        }
        return out
    }

    private static func utf16<C: Collection>(_ bytes: C, littleEndian: Bool) -> [UInt8] where C.Element == UInt8 {
        let b = Array(bytes)
        var units: [UInt16] = []
        units.reserveCapacity(b.count / 2)
        var i = 0
        while i + 1 < b.count {
            units.append(littleEndian ? UInt16(b[i]) | UInt16(b[i + 1]) << 8 : UInt16(b[i]) << 8 | UInt16(b[i + 1]))
            i += 2
        }
        return Array(String(decoding: units, as: UTF16.self).utf8)
    }

    static func appendUTF8(_ scalar: UInt32, to out: inout [UInt8]) {
        switch scalar {
        case 0..<0x80: out.append(UInt8(scalar))
        case 0x80..<0x800:
            out.append(UInt8(0xC0 | (scalar >> 6)))
            out.append(UInt8(0x80 | (scalar & 0x3F)))
        case 0x800..<0x10000:
            out.append(UInt8(0xE0 | (scalar >> 12)))
            out.append(UInt8(0x80 | ((scalar >> 6) & 0x3F)))
            out.append(UInt8(0x80 | (scalar & 0x3F)))
        default:
            out.append(UInt8(0xF0 | (scalar >> 18)))
            out.append(UInt8(0x80 | ((scalar >> 12) & 0x3F)))
            out.append(UInt8(0x80 | ((scalar >> 6) & 0x3F)))
            out.append(UInt8(0x80 | (scalar & 0x3F)))
        }
    }
}
