import Foundation
import Testing
@testable import ClaimlineCore

@Suite struct PipelineRunnerTests {
    func config(output: String, workers: Int) -> PipelineConfig {
        var c = PipelineConfig()
        c.input = Fixtures.path("corpus")
        c.output = output
        for s in StageName.allCases { c.workers[s] = workers }
        return c
    }

    func contents(_ folder: String) -> [String: Data] {
        var out: [String: Data] = [:]
        for f in ["documents.jsonl", "sentences.jsonl", "claims.jsonl", "errors.jsonl"] {
            out[f] = FileManager.default.contents(atPath: folder + "/" + f)
        }
        return out
    }

    @Test func outputIsByteIdenticalWhateverTheWorkerCount() throws {
        let one = Fixtures.temporaryFolder()
        let many = Fixtures.temporaryFolder()
        _ = try PipelineRunner(config: config(output: one, workers: 1)).run()
        _ = try PipelineRunner(config: config(output: many, workers: 4)).run()
        let a = contents(one)
        #expect(a.count == 4)
        #expect(a == contents(many))
    }

    @Test func everyInputEndsInExactlyOneFile() throws {
        let out = Fixtures.temporaryFolder()
        let summary = try PipelineRunner(config: config(output: out, workers: 2)).run()
        #expect(summary.files == 5)
        #expect(summary.documents + summary.errors == summary.files)
        let docs = try String(contentsOfFile: out + "/documents.jsonl", encoding: .utf8).split(separator: "\n").map { try JSONParser.parse(String($0)) }
        let errors = try String(contentsOfFile: out + "/errors.jsonl", encoding: .utf8).split(separator: "\n").map { try JSONParser.parse(String($0)) }
        let sources = Set(docs.compactMap { $0["source"]?.stringValue } + errors.compactMap { $0["source"]?.stringValue })
        #expect(sources.count == 5)
        #expect(Set(errors.compactMap { $0["code"]?.stringValue }) == ["empty", "not-text"])
        #expect(docs.map { $0["id"]?.stringValue } == ["b-story.txt", "latin1.html", "nested/a-page.html"])
    }

    @Test func skipsUpToDateStagesAndRerunsOneAlone() throws {
        let out = Fixtures.temporaryFolder()
        var c = config(output: out, workers: 2)
        _ = try PipelineRunner(config: c).run()
        let again = try PipelineRunner(config: c).run()
        let allSkipped = again.stages.allSatisfy { $0.skipped }
        #expect(allSkipped)
        let sentencesBefore = FileManager.default.contents(atPath: out + "/sentences.jsonl")
        let documentsDate = try FileManager.default.attributesOfItem(atPath: out + "/documents.jsonl")[.modificationDate] as? Date

        // Change a claims option: only claims reruns.
        c.claims.unattributed = false
        let rerun = try PipelineRunner(config: c, selection: .only(.claims)).run()
        #expect(rerun.stages.first { $0.stage == .claims }?.skipped == false)
        #expect(rerun.stages.first { $0.stage == .clean }?.skipped == true)
        let claims = try String(contentsOfFile: out + "/claims.jsonl", encoding: .utf8)
        #expect(!claims.contains("\"unattributed\""))
        #expect(FileManager.default.contents(atPath: out + "/sentences.jsonl") == sentencesBefore)
        let documentsDateAfter = try FileManager.default.attributesOfItem(atPath: out + "/documents.jsonl")[.modificationDate] as? Date
        #expect(documentsDateAfter == documentsDate)

        // The next full run finds every stage up to date.
        let after = try PipelineRunner(config: c).run()
        let allSkippedAfter = after.stages.allSatisfy { $0.skipped }
        #expect(allSkippedAfter)
        // --force reruns everything.
        let forced = try PipelineRunner(config: c, force: true).run()
        #expect(forced.stages.allSatisfy { !$0.skipped })
    }

    @Test func aChangedInputMakesTheRunStartOver() throws {
        let input = Fixtures.temporaryFolder()
        let out = Fixtures.temporaryFolder()
        try "First version of the story, with enough words to count.".write(toFile: input + "/a.txt", atomically: true, encoding: .utf8)
        var c = PipelineConfig()
        c.input = input
        c.output = out
        _ = try PipelineRunner(config: c).run()
        try "Second version of the story, now longer than before it was.".write(toFile: input + "/a.txt", atomically: true, encoding: .utf8)
        let again = try PipelineRunner(config: c).run()
        #expect(again.stages.allSatisfy { !$0.skipped })
        let documents = try String(contentsOfFile: out + "/documents.jsonl", encoding: .utf8)
        #expect(documents.contains("Second version"))
    }

    @Test func leavesNoTemporaryFilesBehind() throws {
        let out = Fixtures.temporaryFolder()
        _ = try PipelineRunner(config: config(output: out, workers: 3)).run()
        let names = try FileManager.default.contentsOfDirectory(atPath: out)
        #expect(!names.contains { $0.hasSuffix(".tmp") })
        #expect(Set(names) == ["documents.jsonl", "sentences.jsonl", "claims.jsonl", "errors.jsonl", "manifest.json"])
    }

    @Test func boundedQueueBlocksAtCapacityAndDrainsInOrder() {
        let q = BoundedQueue<Int>(capacity: 2)
        let produced = Counter(0)
        let done = DispatchSemaphore(value: 0)
        Thread {
            for i in 0..<100 {
                q.push(i)
                _ = produced.increment()
            }
            q.close()
            done.signal()
        }.start()
        Thread.sleep(forTimeInterval: 0.1)
        // Nothing consumed yet: the producer is held at the capacity.
        #expect(produced.increment() - 1 <= 2)
        var seen: [Int] = []
        while let x = q.pop() { seen.append(x) }
        done.wait()
        #expect(seen == Array(0..<100))
    }

    @Test func reordererEmitsInSequence() {
        var emitted: [Int] = []
        let r = Reorderer<Int> { emitted.append($0) }
        for seq in [3, 1, 0, 2, 5, 4] { r.complete(seq, seq) }
        #expect(emitted == [0, 1, 2, 3, 4, 5])
    }
}
