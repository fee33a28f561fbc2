/// Folds runs of white space into one space and trims the ends, on UTF-8 bytes.
///
/// Text from pages and files passes through here once per paragraph; building the result a
/// scalar at a time through `String.UnicodeScalarView` cost more than the rest of the clean
/// stage's own work on plain-text files.
struct WhitespaceCollapser {
    private(set) var bytes: [UInt8] = []
    private var pendingSpace = false
    /// Also drop zero-width and soft-hyphen characters, which some exports scatter in words.
    let dropsInvisible: Bool

    init(capacity: Int = 0, dropsInvisible: Bool = false) {
        self.dropsInvisible = dropsInvisible
        bytes.reserveCapacity(capacity)
    }

    static func isInvisible(_ u: Unicode.Scalar) -> Bool {
        switch u {
        case "\u{200B}", "\u{200C}", "\u{200D}", "\u{FEFF}", "\u{AD}", "\u{2060}": return true
        default: return false
        }
    }

    /// A separator between pieces of text (a line break joined into a paragraph).
    mutating func space() { pendingSpace = !bytes.isEmpty }

    mutating func append(_ p: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) {
        let text = UTF8Text(bytes: p)
        var i = range.lowerBound
        while i < range.upperBound {
            let b = p[i]
            if b < 0x80 {
                if b == 0x20 || (b >= 0x09 && b <= 0x0D) {
                    pendingSpace = !bytes.isEmpty
                } else {
                    if pendingSpace { bytes.append(0x20); pendingSpace = false }
                    bytes.append(b)
                }
                i += 1
                continue
            }
            let (u, n) = text.scalar(at: i)
            if u.isSpace {
                pendingSpace = !bytes.isEmpty
            } else if !(dropsInvisible && Self.isInvisible(u)) {
                if pendingSpace { bytes.append(0x20); pendingSpace = false }
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: p[i..<(i + n)]))
            }
            i += n
        }
    }

    var string: String { String(decoding: bytes, as: UTF8.self) }

    /// `s` with its white space folded.
    static func collapse(_ s: String, dropsInvisible: Bool = false) -> String {
        var s = s
        return s.withUTF8 { p in
            var c = WhitespaceCollapser(capacity: p.count, dropsInvisible: dropsInvisible)
            c.append(p, 0..<p.count)
            return c.string
        }
    }
}
