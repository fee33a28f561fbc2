import Foundation
import Testing
@testable import ClaimlineCore

/// Runs the built `claimline` binary as a user would.
@Suite(.serialized) struct EndToEndTests {
    static let binary = Fixtures.packageRoot + "/.build/debug/claimline"

    @discardableResult
    func claimline(_ args: [String], cwd: String? = nil) throws -> (code: Int32, out: String, err: String) {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: Self.binary)
        p.arguments = args
        if let cwd { p.currentDirectoryURL = URL(fileURLWithPath: cwd) }
        let out = Pipe()
        let err = Pipe()
        p.standardOutput = out
        p.standardError = err
        try p.run()
        let o = out.fileHandleForReading.readDataToEndOfFile()
        let e = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return (p.terminationStatus, String(decoding: o, as: UTF8.self), String(decoding: e, as: UTF8.self))
    }

    @Test func runsOverAFolderAndWritesEveryFile() throws {
        let out = Fixtures.temporaryFolder()
        let r = try claimline(["run", "--input", Fixtures.path("corpus"), "--output", out])
        #expect(r.code == 0, "\(r.err)")
        #expect(r.out.contains("5 files → 3 documents, 2 errors"))
        for f in ["documents.jsonl", "sentences.jsonl", "claims.jsonl", "errors.jsonl", "manifest.json"] {
            #expect(FileManager.default.fileExists(atPath: out + "/" + f), "\(f) missing")
        }
        // Every line of every file is a JSON object with sorted keys.
        for f in ["documents.jsonl", "sentences.jsonl", "claims.jsonl", "errors.jsonl"] {
            let text = try String(contentsOfFile: out + "/" + f, encoding: .utf8)
            for line in text.split(separator: "\n") {
                let json = try JSONParser.parse(String(line))
                #expect(json.serialized() == String(line))
            }
        }
        let again = try claimline(["run", "--input", Fixtures.path("corpus"), "--output", out])
        #expect(again.err.contains("clean: up to date (skipped)"))

        let stats = try claimline(["stats", out])
        #expect(stats.code == 0)
        #expect(stats.out.contains("errors by code: empty 1, not-text 1"))
        let inspect = try claimline(["inspect", out + "/claims.jsonl", "--kind", "direct"])
        #expect(inspect.code == 0)
        #expect(inspect.out.split(separator: "\n").allSatisfy { $0.contains("\"kind\":\"direct\"") })
        #expect(inspect.out.contains("Ana Lima"))
        let show = try claimline(["show", "b-story.txt", "--output", out, "--no-color"])
        #expect(show.code == 0)
        #expect(show.out.contains("speaker: Finance Minister Ana Lima → Ana Lima"))
    }

    @Test func badConfigExitsTwoWithOneLine() throws {
        let dir = Fixtures.temporaryFolder()
        try #"{"version":1,"stages":[{"name":"clean","options":{"minChars":"x"}}]}"#.write(toFile: dir + "/pipeline.json", atomically: true, encoding: .utf8)
        let r = try claimline(["run"], cwd: dir)
        #expect(r.code == 2)
        #expect(r.err == "pipeline.json: stages[0].options.minChars: expected a number, got \"x\"\n")
    }

    @Test func missingInputFolderIsAClearError() throws {
        let r = try claimline(["run", "--input", "/nonexistent/folder", "--output", Fixtures.temporaryFolder()])
        #expect(r.code == 1)
        #expect(r.err.contains("/nonexistent/folder"))
    }
}
