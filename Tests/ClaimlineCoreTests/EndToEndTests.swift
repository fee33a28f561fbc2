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

    /// The micro-benchmark's figures are consistent (speed itself is never asserted): the
    /// fastest round is no slower than the mean, and each stage ran at least once.
    @Test func benchReportsTheMeanAndTheFastestRound() throws {
        let r = try claimline(["bench", "--input", Fixtures.path("corpus"), "--json", "--seconds", "0.05", "--only", "claims"])
        #expect(r.code == 0, "\(r.err)")
        guard case let .object(figures) = try JSONParser.parse(r.out.trimmingCharacters(in: .whitespacesAndNewlines)) else {
            Issue.record("not a JSON object: \(r.out)")
            return
        }
        #expect(Set(figures.keys) == ["libxml2 parse only", "clean (html)", "segment", "claims", "JSON writing"])
        for (name, figure) in figures {
            func number(_ v: JSON?) -> Double? {
                switch v {
                case let .double(d)?: d
                case let .int(i)?: Double(i)
                default: nil
                }
            }
            guard case let .object(f) = figure, let mean = number(f["mb_per_s"]), let best = number(f["best_mb_per_s"]),
                  case let .int(rounds)? = f["rounds"] else {
                Issue.record("\(name): fields missing in \(figure.serialized())")
                continue
            }
            #expect(rounds >= 1, "\(name)")
            #expect(best >= mean * 0.999, "\(name): best \(best) below mean \(mean)")
        }
        guard case let .object(claims)? = figures["claims"], case let .int(rounds)? = claims["rounds"] else { return }
        #expect(rounds > 1, "claims ran for 0.05 s: more than one round")
    }
}
