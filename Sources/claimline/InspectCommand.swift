import ArgumentParser
import ClaimlineCore
import Foundation

struct InspectCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "inspect",
        abstract: "Print the records of an output file that match the filters, as JSON Lines.")

    @Argument(help: "A JSON Lines file from the output folder (claims.jsonl, sentences.jsonl …).")
    var file: String

    @Option(help: "Only this document id.") var doc: String?
    @Option(help: "Only claims of this kind: direct, indirect, mixed, unattributed.") var kind: String?
    @Option(help: "Only claims with this type: quantity, prediction, causal, comparison, rule, denial.") var type: String?
    @Option(help: "Only claims whose speaker (text or resolved) contains this.") var speaker: String?
    @Option(name: .customLong("min-score"), help: "Only claims at least this check-worthy (0–1).") var minScore: Double?
    @Option(help: "At most this many records.") var limit: Int?

    func run() throws {
        if let kind, Claim.Kind(rawValue: kind) == nil {
            throw ValidationError("--kind: expected one of direct, indirect, mixed, unattributed")
        }
        let query = OutputQuery(doc: doc, kind: kind, type: type, speaker: speaker, minScore: minScore, limit: limit)
        do {
            try query.run(path: file) { print($0) }
        } catch {
            FileHandle.standardError.write(Data("claimline: \(error)\n".utf8))
            throw ExitCode(1)
        }
    }
}
