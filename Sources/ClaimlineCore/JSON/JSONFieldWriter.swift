/// Writes a JSON object's fields straight to bytes, for the records written by the million.
///
/// Building a `JSON` dictionary per record and sorting its keys cost more than writing the
/// text itself. Callers give the fields in sorted key order, so the bytes are exactly what
/// `JSONSerializer` writes for the record's `json` (a test checks that they are).
struct JSONFieldWriter {
    private var first = true

    /// Writes `{`, the fields `body` adds, and `}`.
    static func object(into out: inout [UInt8], _ body: (inout JSONFieldWriter, inout [UInt8]) -> Void) {
        out.append(UInt8(ascii: "{"))
        var writer = JSONFieldWriter()
        body(&writer, &out)
        out.append(UInt8(ascii: "}"))
    }

    mutating func key(_ name: StaticString, _ out: inout [UInt8]) {
        if !first { out.append(UInt8(ascii: ",")) }
        first = false
        out.append(UInt8(ascii: "\""))
        name.withUTF8Buffer { out.append(contentsOf: $0) }
        out.append(UInt8(ascii: "\""))
        out.append(UInt8(ascii: ":"))
    }

    mutating func string(_ name: StaticString, _ value: String, _ out: inout [UInt8]) {
        key(name, &out)
        JSONSerializer.writeString(value, into: &out)
    }

    mutating func string(_ name: StaticString, _ value: String?, _ out: inout [UInt8]) {
        key(name, &out)
        if let value { JSONSerializer.writeString(value, into: &out) } else { Self.null(&out) }
    }

    mutating func int(_ name: StaticString, _ value: Int, _ out: inout [UInt8]) {
        key(name, &out)
        Self.int(value, &out)
    }

    mutating func double(_ name: StaticString, _ value: Double, _ out: inout [UInt8]) {
        key(name, &out)
        JSONSerializer.writeDouble(value, into: &out)
    }

    /// A nested object, or `null` when `value` is nil.
    mutating func object<Value>(
        _ name: StaticString, _ value: Value?, _ out: inout [UInt8], _ body: (Value, inout JSONFieldWriter, inout [UInt8]) -> Void
    ) {
        key(name, &out)
        guard let value else { return Self.null(&out) }
        Self.object(into: &out) { f, out in body(value, &f, &out) }
    }

    mutating func array<Element>(_ name: StaticString, _ items: [Element], _ out: inout [UInt8], _ element: (Element, inout [UInt8]) -> Void) {
        key(name, &out)
        Self.array(items, &out, element)
    }

    static func array<Element>(_ items: [Element], _ out: inout [UInt8], _ element: (Element, inout [UInt8]) -> Void) {
        out.append(UInt8(ascii: "["))
        for (n, item) in items.enumerated() {
            if n > 0 { out.append(UInt8(ascii: ",")) }
            element(item, &out)
        }
        out.append(UInt8(ascii: "]"))
    }

    static func null(_ out: inout [UInt8]) { out.append(contentsOf: [0x6E, 0x75, 0x6C, 0x6C]) }

    /// Decimal digits without a `String` in between.
    static func int(_ value: Int, _ out: inout [UInt8]) {
        if value < 0 {
            guard value != .min else { out.append(contentsOf: String(value).utf8); return }
            out.append(UInt8(ascii: "-"))
            int(-value, &out)
            return
        }
        if value < 10 {
            out.append(UInt8(ascii: "0") + UInt8(value))
            return
        }
        var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)  // room for 24 digits
        var n = value
        var count = 0
        withUnsafeMutableBytes(of: &digits) { buffer in
            while n > 0 {
                buffer[23 - count] = UInt8(ascii: "0") + UInt8(n % 10)
                n /= 10
                count += 1
            }
            out.append(contentsOf: buffer[(24 - count)...])
        }
    }
}
