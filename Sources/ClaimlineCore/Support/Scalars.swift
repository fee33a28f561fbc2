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
        return properties.isUppercase
    }

    @inline(__always) var isLower: Bool {
        if value < 0x80 { return value >= 0x61 && value <= 0x7A }
        return properties.isLowercase
    }

    @inline(__always) var isDigit: Bool { value >= 0x30 && value <= 0x39 }

    @inline(__always) var isLetterOrDigit: Bool {
        if value < 0x80 { return (value | 0x20 >= 0x61 && value | 0x20 <= 0x7A) || (value >= 0x30 && value <= 0x39) }
        return properties.isAlphabetic || properties.numericType != nil
    }
}
