import ArgumentParser
import ClaimlineCore
import Foundation

struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run the pipeline (read → clean → segment → claims) over a folder of articles.")

    @Option(name: .long, help: "Pipeline description (default: pipeline.json if present).")
    var config: String?

    @Option(name: .long, help: "Input folder (overrides the config).")
    var input: String?

    @Option(name: .long, help: "Output folder (overrides the config).")
    var output: String?

    @Option(name: .long, help: "Run only this stage, from the previous stage's file: clean, segment or claims.")
    var stage: String?

    @Option(name: .long, help: "Run this stage and every stage after it.")
    var from: String?

    @Option(name: .long, help: "Workers for every stage (overrides the config).")
    var workers: Int?

    @Flag(name: .long, help: "Rerun stages even when they are up to date.")
    var force = false

    @Flag(name: .long, help: "No progress line and no summary.")
    var quiet = false

    func stageName(_ s: String, flag: String) throws -> StageName {
        guard let n = StageName(rawValue: s) else {
            throw ValidationError("--\(flag): unknown stage \"\(s)\" (expected one of: read, clean, segment, claims)")
        }
        return n
    }

    func run() throws {
        var cfg = PipelineConfig()
        let path = config ?? (FileManager.default.fileExists(atPath: "pipeline.json") ? "pipeline.json" : nil)
        if let path {
            do {
                cfg = try PipelineConfig.load(path: path)
            } catch {
                FileHandle.standardError.write(Data("\(error.description)\n".utf8))
                throw ExitCode(2)
            }
        }
        if let input { cfg.input = input }
        if let output { cfg.output = output }
        if let workers {
            guard workers >= 1 else { throw ValidationError("--workers must be at least 1") }
            for s in StageName.allCases { cfg.workers[s] = workers }
        }
        if stage != nil && from != nil { throw ValidationError("--stage and --from cannot be used together") }
        var selection = StageSelection.outdated
        if let stage { selection = .only(try stageName(stage, flag: "stage")) }
        if let from { selection = .from(try stageName(from, flag: "from")) }

        Self.returnFreedMemory()
        let quiet = self.quiet
        let runner = PipelineRunner(
            config: cfg, selection: selection, force: force, progress: quiet ? nil : ProgressReporter(),
            log: { line in if !quiet { FileHandle.standardError.write(Data((line + "\n").utf8)) } })
        let summary: RunSummary
        do {
            summary = try runner.run()
        } catch {
            FileHandle.standardError.write(Data("claimline: \(error)\n".utf8))
            throw ExitCode(1)
        }
        if !quiet { print(SummaryFormatter.text(summary, output: cfg.output)) }
    }

    static func returnFreedMemory() {
        MemorySettings.returnFreedMemory()
    }
}
