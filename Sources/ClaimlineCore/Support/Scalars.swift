/// Character classes with an ASCII fast path: `Unicode.Scalar.Properties` looks each scalar
/// up in tables, which dominated the segment and claims stages' time on English text.
extension Unicode.Scalar {
    /// Unicode White_Space, spelled out (it is a short, stable list).
    @inline(__always) var isSpace: Bool {
        let v = value
        if v < 0x80 { return v == 0x20 || (v >= 0x09 && v <= 0x0D) }
        if v < 0x2000 { return v == 0x85 || v == 0xA0 || v == 0x1680 }
        return v <= 0x200A || v == 0x2028 || v == 0x2029 || v == 0x202F || v == 0x205F || v == 0x3000
    }

    @inline(__always) var isUpper: Bool {
        if value < 0x80 { return value >= 0x41 && value <= 0x5A }
        return Self.isUppercase(self)
    }

    @inline(__always) var isLower: Bool {
        if value < 0x80 { return value >= 0x61 && value <= 0x7A }
        return Self.isLowercase(self)
    }

    /// Unicode Alphabetic, answered for ASCII without the tables.
    @inline(__always) var isAlphabeticFast: Bool {
        if value < 0x80 { return value | 0x20 >= 0x61 && value | 0x20 <= 0x7A }
        return Self.isAlphabetic(self)
    }

    @inline(__always) var isDigit: Bool { value >= 0x30 && value <= 0x39 }

    @inline(__always) var isLetterOrDigit: Bool {
        if value < 0x80 { return (value | 0x20 >= 0x61 && value | 0x20 <= 0x7A) || (value >= 0x30 && value <= 0x39) }
        return Self.isLetterOrNumber(self)
    }

    // The Unicode tables, out of line: `Properties` and `NumericType` are resilient types,
    // and a function that touches them looks up their type metadata on every call, even when
    // only its ASCII path runs. That lookup cost more than the claims tokenizer's own work.
    @inline(never) static func isUppercase(_ u: Unicode.Scalar) -> Bool { u.properties.isUppercase }
    @inline(never) static func isLowercase(_ u: Unicode.Scalar) -> Bool { u.properties.isLowercase }
    @inline(never) static func isLetterOrNumber(_ u: Unicode.Scalar) -> Bool { u.properties.isAlphabetic || u.properties.numericType != nil }
    @inline(never) static func isAlphabetic(_ u: Unicode.Scalar) -> Bool { u.properties.isAlphabetic }
}
