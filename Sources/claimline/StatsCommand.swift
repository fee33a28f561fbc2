import ArgumentParser
import ClaimlineCore
import Foundation

struct StatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: "Counts of an output folder: per stage, claim kinds and types, top speakers, errors by code.")

    @Argument(help: "The output folder.") var output = "out"
    @Option(help: "How many speakers to list.") var top = 10

    func run() throws {
        guard FileManager.default.fileExists(atPath: output + "/manifest.json") || FileManager.default.fileExists(atPath: output + "/documents.jsonl") else {
            FileHandle.standardError.write(Data("claimline: \(output) holds no claimline output (run `claimline run` first)\n".utf8))
            throw ExitCode(1)
        }
        do {
            print(try OutputStats.collect(outputFolder: output).text(top: top))
        } catch {
            FileHandle.standardError.write(Data("claimline: \(error)\n".utf8))
            throw ExitCode(1)
        }
    }
}
