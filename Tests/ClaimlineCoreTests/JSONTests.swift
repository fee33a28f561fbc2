import Testing
@testable import ClaimlineCore

@Suite struct JSONTests {
    @Test func serializesWithSortedKeysAndExplicitNulls() {
        let v = JSON.object(["b": .int(1), "a": .null, "c": .array([.string("x\"y\n"), .double(0.5), .bool(true)])])
        #expect(v.serialized() == #"{"a":null,"b":1,"c":["x\"y\n",0.5,true]}"#)
    }

    @Test func parsesWhatItWrites() throws {
        let v = JSON.object(["text": .string("“quoted” é \u{1F600} / \\ \t"), "n": .int(-42), "d": .double(1.25), "list": .array([.null])])
        #expect(try JSONParser.parse(v.serialized()) == v)
    }

    @Test func decodesEscapesAndSurrogatePairs() throws {
        #expect(try JSONParser.parse(#""\u00e9\ud83d\ude00\/""#) == .string("é😀/"))
    }

    @Test(arguments: ["{", "[1,]", "{\"a\" 1}", "tru", "\"open", "1 2"])
    func rejectsInvalidJSON(_ text: String) {
        #expect(throws: JSONParser.SyntaxError.self) { try JSONParser.parse(text) }
    }

    @Test func recordsRoundTrip() throws {
        let doc = Fixtures.document(text: "One.\n\nTwo.", title: "T")
        #expect(try Document(json: JSONParser.parse(doc.json.serialized())) == doc)
        let c = Claim(
            doc: "d", id: "d#0", sentences: [0], start: 0, end: 4, text: "One.", kind: .direct,
            speaker: .init(text: "he", start: 5, end: 7, resolved: "Sam Reyes"), cue: .init(text: "said", lemma: "say", start: 8, end: 12),
            types: ["quantity"], stance: .hedges, quantities: [Quantity(text: "3", value: 3, unit: nil, start: 0, end: 1)], checkworthiness: 0.5)
        #expect(try Claim(json: JSONParser.parse(c.json.serialized())) == c)
    }

    /// Records write their own bytes for speed; they must be the bytes of their `json`.
    @Test func recordsWriteTheBytesOfTheirJSON() throws {
        func same(_ r: some JSONRecord) -> Bool {
            var direct: [UInt8] = []
            r.writeJSON(into: &direct)
            var generic: [UInt8] = []
            JSONSerializer.write(r.json, into: &generic)
            return direct == generic
        }
        let doc = try CleanStage().process(try Fixtures.raw("tariff-talks.txt"))
        let segmented = SegmentStage().process(doc)
        let claims = try ClaimsStage().process(segmented).claims
        #expect(same(doc))
        #expect(segmented.sentences.allSatisfy(same))
        #expect(claims.count > 10 && claims.allSatisfy(same))
        var bare = doc
        (bare.title, bare.byline, bare.published, bare.site, bare.url, bare.lang) = (nil, nil, nil, nil, nil, nil)
        bare.paragraphs = []
        #expect(same(bare))
        let odd = Claim(
            doc: "a\"b", id: "x", sentences: [], start: -3, end: 1_234_567_890_123, text: "\u{1}\n", kind: .direct,
            speaker: Claim.Speaker(text: "s", start: 0, end: 1, resolved: nil), cue: nil, types: [], stance: .denies,
            quantities: [Quantity(text: "1.5", value: 1.5, unit: nil, start: 0, end: 3)], checkworthiness: 0.1234)
        #expect(same(odd))
    }

    @Test func sha256MatchesKnownDigests() {
        #expect(SHA256.hex(of: Array("".utf8)) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(SHA256.hex(of: Array("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        let million = [UInt8](repeating: UInt8(ascii: "a"), count: 1_000_000)
        #expect(SHA256.hex(of: million) == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
        let twoBlocks = Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8)
        #expect(SHA256.hex(of: twoBlocks) == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
    }

    /// The SHA instructions (when this CPU has them) and the Swift rounds agree on every length
    /// around the block size, and when fed in pieces.
    @Test func sha256HardwareAndSoftwareAgree() {
        var generator = SystemRandomNumberGenerator()
        let data = (0..<5000).map { _ in UInt8.random(in: 0...255, using: &generator) }
        for n in [0, 1, 55, 56, 63, 64, 65, 119, 127, 128, 129, 1000, 5000] {
            let bytes = Array(data[0..<n])
            #expect(SHA256.hex(of: bytes, hardware: SHA256.hardware) == SHA256.hex(of: bytes, hardware: false), "\(n) bytes")
        }
        var pieces = SHA256()
        for chunk in stride(from: 0, to: 5000, by: 777) { pieces.update(data[chunk..<min(chunk + 777, 5000)]) }
        #expect(pieces.finalizeHex() == SHA256.hex(of: data, hardware: false))
    }
}
