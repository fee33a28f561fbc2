import CPlatform

/// SHA-256 (FIPS 180-4), for document checksums and stage fingerprints.
///
/// Written here because Foundation on Linux has no digest API and swift-crypto would double a
/// clean build's time for one function. Blocks go to the CPU's SHA instructions when it has
/// them (`CPlatform`), else through the Swift rounds below.
public struct SHA256 {
    /// Whether blocks go to the SHA instructions; `false` forces the Swift rounds (tests).
    static let hardware = claimline_sha256_hardware() == 1
    var useHardware = SHA256.hardware

    private static let k: [UInt32] = [
        0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
        0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
        0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
        0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
        0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
        0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
        0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
        0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
    ]

    private var h0: UInt32 = 0x6a09e667, h1: UInt32 = 0xbb67ae85, h2: UInt32 = 0x3c6ef372, h3: UInt32 = 0xa54ff53a
    private var h4: UInt32 = 0x510e527f, h5: UInt32 = 0x9b05688c, h6: UInt32 = 0x1f83d9ab, h7: UInt32 = 0x5be0cd19
    private var buffer: [UInt8] = []
    private var length: UInt64 = 0

    public init() { buffer.reserveCapacity(64) }

    /// Digest of a whole array, hashed in place (no copy).
    public static func hex(of bytes: [UInt8]) -> String { hex(of: bytes, hardware: hardware) }

    static func hex(of bytes: [UInt8], hardware: Bool) -> String {
        var s = SHA256()
        s.useHardware = hardware
        let whole = bytes.count / 64 * 64
        bytes.withUnsafeBufferPointer { p in s.compressBlocks(UnsafeBufferPointer(rebasing: p[0..<whole])) }
        s.length = UInt64(whole)
        s.update(bytes[whole...])
        return s.finalizeHex()
    }

    public static func hex<C: Collection>(of bytes: C) -> String where C.Element == UInt8 {
        var s = SHA256()
        s.update(bytes)
        return s.finalizeHex()
    }

    public mutating func update<C: Collection>(_ bytes: C) where C.Element == UInt8 {
        length &+= UInt64(bytes.count)
        var rest = bytes[...]
        if !buffer.isEmpty {
            let take = min(64 - buffer.count, rest.count)
            buffer.append(contentsOf: rest.prefix(take))
            rest = rest.dropFirst(take)
            if buffer.count == 64 {
                let block = buffer
                block.withUnsafeBufferPointer { compressBlocks($0) }
                buffer.removeAll(keepingCapacity: true)
            }
        }
        let whole = rest.count / 64 * 64
        if whole > 0 {
            let chunk = ContiguousArray(rest.prefix(whole))
            chunk.withUnsafeBufferPointer { compressBlocks($0) }
            rest = rest.dropFirst(whole)
        }
        buffer.append(contentsOf: rest)
    }

    public mutating func finalizeHex() -> String {
        let bitLength = length &* 8
        var tail = buffer
        tail.append(0x80)
        while tail.count % 64 != 56 { tail.append(0) }
        for shift in stride(from: 56, through: 0, by: -8) { tail.append(UInt8(truncatingIfNeeded: bitLength >> UInt64(shift))) }
        tail.withUnsafeBufferPointer { compressBlocks($0) }
        buffer.removeAll()
        let digits: [Character] = Array("0123456789abcdef")
        var out = ""
        out.reserveCapacity(64)
        for word in [h0, h1, h2, h3, h4, h5, h6, h7] {
            for shift in stride(from: 28, through: 0, by: -4) { out.append(digits[Int((word >> UInt32(shift)) & 0xF)]) }
        }
        return out
    }

    @inline(__always) private static func rotr(_ x: UInt32, _ n: UInt32) -> UInt32 { (x &>> n) | (x &<< (32 &- n)) }

    /// Compresses whole 64-byte blocks; `p.count` is a multiple of 64.
    private mutating func compressBlocks(_ p: UnsafeBufferPointer<UInt8>) {
        guard p.count > 0 else { return }
        if useHardware {
            var state = (h0, h1, h2, h3, h4, h5, h6, h7)
            withUnsafeMutableBytes(of: &state) { raw in
                SHA256.k.withUnsafeBufferPointer { k in
                    claimline_sha256_blocks(raw.baseAddress!.assumingMemoryBound(to: UInt32.self), p.baseAddress!, p.count / 64, k.baseAddress!)
                }
            }
            (h0, h1, h2, h3, h4, h5, h6, h7) = state
            return
        }
        var offset = 0
        while offset < p.count {
            compress(UnsafeBufferPointer(rebasing: p[offset..<(offset + 64)]))
            offset += 64
        }
    }

    private mutating func compress(_ block: UnsafeBufferPointer<UInt8>) {
        // Runs once per 64 bytes of every input and output file: locals only, no arrays.
        var a = h0, b = h1, c = h2, d = h3, e = h4, f = h5, g = h6, hh = h7
        withUnsafeTemporaryAllocation(of: UInt32.self, capacity: 64) { w in
            SHA256.k.withUnsafeBufferPointer { k in
                let p = block.baseAddress!
                for t in 0..<16 {
                    let i = t &* 4
                    w[t] = UInt32(p[i]) << 24 | UInt32(p[i &+ 1]) << 16 | UInt32(p[i &+ 2]) << 8 | UInt32(p[i &+ 3])
                }
                for t in 16..<64 {
                    let x = w[t &- 15], y = w[t &- 2]
                    let s0 = Self.rotr(x, 7) ^ Self.rotr(x, 18) ^ (x >> 3)
                    let s1 = Self.rotr(y, 17) ^ Self.rotr(y, 19) ^ (y >> 10)
                    w[t] = w[t &- 16] &+ s0 &+ w[t &- 7] &+ s1
                }
                for t in 0..<64 {
                    let s1 = Self.rotr(e, 6) ^ Self.rotr(e, 11) ^ Self.rotr(e, 25)
                    let ch = (e & f) ^ (~e & g)
                    let t1 = hh &+ s1 &+ ch &+ k[t] &+ w[t]
                    let s0 = Self.rotr(a, 2) ^ Self.rotr(a, 13) ^ Self.rotr(a, 22)
                    let maj = (a & b) ^ (a & c) ^ (b & c)
                    hh = g; g = f; f = e; e = d &+ t1; d = c; c = b; b = a; a = t1 &+ s0 &+ maj
                }
            }
        }
        h0 &+= a; h1 &+= b; h2 &+= c; h3 &+= d; h4 &+= e; h5 &+= f; h6 &+= g; h7 &+= hh
    }
}
