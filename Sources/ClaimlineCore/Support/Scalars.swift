/// Character classes with an ASCII fast path: `Unicode.Scalar.Properties` looks each scalar
/// up in tables, which dominated the segment and claims stages' time on English text.
extension Unicode.Scalar {
    @inline(__always) var isSpace: Bool {
        if value < 0x80 { return value == 0x20 || (value >= 0x09 && value <= 0x0D) }
        return properties.isWhitespace
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
