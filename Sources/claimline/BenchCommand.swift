import ArgumentParser
import ClaimlineCore
import Foundation

struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Time each stage's core function on in-memory input, one thread (used by `make bench`).")

    @Option(help: "Folder of sample articles to load into memory.") var input: String
    @Option(help: "Seconds to repeat each measurement for, at least.") var seconds = 1.0
    @Flag(help: "Print the figures as one JSON object.") var json = false
    @Option(help: "Repeat only this measurement (parse, clean, segment, claims, json); the others run once.") var only: String?

    func run() throws {
        let files = try InputLister.list(input)
        let figures = MicroBenchmark.run(files: files, minSeconds: seconds, only: only)
        if json {
            let obj = JSON.object(Dictionary(uniqueKeysWithValues: figures.map {
                ($0.name, JSON.object(["basis": .string($0.basis), "docs": .int($0.docs), "bytes": .int($0.bytes), "seconds": .double($0.seconds), "mb_per_s": .double($0.mbPerSecond), "docs_per_s": .double($0.docsPerSecond),
                                     "rounds": .int($0.rounds), "best_mb_per_s": .double($0.bestMBPerSecond)]))
            }))
            print(obj.serialized())
        } else {
            for f in figures {
                print("\(f.name.padding(toLength: 20, withPad: " ", startingAt: 0)) \(SummaryFormatter.format(f.mbPerSecond, 1)) MB/s of \(f.basis)  \(SummaryFormatter.format(f.docsPerSecond, 0)) docs/s"
                      + "  best of \(f.rounds) rounds \(SummaryFormatter.format(f.bestMBPerSecond, 1)) MB/s")
            }
        }
    }
}
