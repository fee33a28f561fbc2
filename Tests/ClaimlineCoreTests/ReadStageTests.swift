import Foundation
import Testing
@testable import ClaimlineCore

@Suite struct ReadStageTests {
    func write(_ bytes: [UInt8], _ name: String) -> InputFile {
        let dir = Fixtures.temporaryFolder()
        _ = FileManager.default.createFile(atPath: dir + "/" + name, contents: Data(bytes))
        return InputFile(id: name, path: dir + "/" + name)
    }

    @Test func listsInputsRecursivelySortedWithRelativeIDs() throws {
        let files = try InputLister.list(Fixtures.path("corpus"))
        #expect(files.map(\.id) == ["b-story.txt", "binary.htm", "empty.html", "latin1.html", "nested/a-page.html"])
    }

    @Test func aLinkBackUpTheTreeIsWalkedOnce() throws {
        let dir = Fixtures.temporaryFolder()
        try FileManager.default.createDirectory(atPath: dir + "/a", withIntermediateDirectories: true)
        try "A story with enough words.".write(toFile: dir + "/a/story.txt", atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: dir + "/a/loop", withDestinationPath: dir)
        let files = try InputLister.list(dir)
        #expect(files.map(\.id) == ["a/story.txt"])
    }

    @Test func decodesDeclaredLatin1AsWindows1252() throws {
        let raw = try ReadStage().process(InputFile(id: "latin1.html", path: Fixtures.path("corpus/latin1.html")))
        #expect(raw.encoding == "windows-1252")
        #expect(raw.text.contains("café on Main Street"))
    }

    @Test func fallsBackToWindows1252ForInvalidUTF8() throws {
        let raw = try ReadStage().process(write([0x93, 0x48, 0x69, 0x94, 0x20, 0x80, 0x35], "x.txt"))
        #expect(raw.encoding == "windows-1252")
        #expect(raw.text == "“Hi” €5")
    }

    @Test(arguments: [
        ([0x41, 0xC3, 0xA9, 0x42] as [UInt8], true),  // é
        ([0xF0, 0x9F, 0x98, 0x80], true),  // 😀
        (Array("plain ascii text, longer than eight bytes".utf8), true),
        ([0xC0, 0xAF], false),  // overlong /
        ([0xED, 0xA0, 0x80], false),  // surrogate
        ([0xE2, 0x82], false),  // truncated €
        ([0xF4, 0x90, 0x80, 0x80], false),  // past U+10FFFF
        ([0x41, 0x42, 0x43, 0x44, 0x45, 0x46, 0x47, 0x48, 0x93], false),  // Windows-1252 quote after ASCII
    ])
    func validatesUTF8(_ bytes: [UInt8], _ valid: Bool) {
        #expect(TextDecoder.isValidUTF8(bytes) == valid)
        #expect(TextDecoder.isValidUTF8(bytes) == (String(validating: bytes, as: UTF8.self) != nil))
    }

    @Test func honoursByteOrderMarks() throws {
        let utf16: [UInt8] = [0xFF, 0xFE] + Array("Hé".utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        #expect(try ReadStage().process(write(utf16, "u.txt")).text == "Hé")
        #expect(try ReadStage().process(write([0xEF, 0xBB, 0xBF] + Array("ok".utf8), "b.txt")).text == "ok")
    }

    @Test func refusesEmptyBinaryAndOversizedFiles() {
        #expect(throws: InputError.self) { try ReadStage().process(write([], "e.html")) }
        do {
            _ = try ReadStage().process(write([0x41, 0x00, 0x42], "n.html"))
            Issue.record("binary accepted")
        } catch {
            #expect(error.code == .notText)
            #expect(error.message.contains("offset 1"))
        }
        do {
            _ = try ReadStage(options: .init(maxBytes: 4)).process(write(Array("hello world".utf8), "big.txt"))
            Issue.record("oversized accepted")
        } catch {
            #expect(error.code == .tooLarge)
        }
        do {
            _ = try ReadStage().process(InputFile(id: "gone.txt", path: "/nonexistent/gone.txt"))
            Issue.record("missing file accepted")
        } catch {
            #expect(error.code == .unreadable)
            #expect(error.source == "/nonexistent/gone.txt")
        }
    }
}
