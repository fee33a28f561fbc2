import ArgumentParser
import ClaimlineCore
import Foundation

struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show one article with its claims marked, their speakers and cues.")

    @Argument(help: "The document id (its path relative to the input folder).")
    var doc: String

    @Option(help: "The output folder.") var output = "out"
    @Flag(name: .customLong("attributed-only"), help: "Hide the article's own (unattributed) claims.") var attributedOnly = false
    @Flag(name: .customLong("no-color"), help: "Plain text, even on a terminal.") var noColor = false

    func run() throws {
        do {
            let docs = try JSONLinesReader(path: output + "/documents.jsonl")
            var document: Document?
            while document == nil, let d = try docs.next(Document.self) {
                if d.id == doc || d.source.hasSuffix(doc) { document = d }
            }
            guard let document else {
                FileHandle.standardError.write(Data("claimline: no document \"\(doc)\" in \(output)/documents.jsonl\n".utf8))
                throw ExitCode(1)
            }
            var claims: [Claim] = []
            if let reader = try? JSONLinesReader(path: output + "/claims.jsonl") {
                while let c = try reader.next(Claim.self) {
                    if c.doc == document.id { claims.append(c) } else if !claims.isEmpty { break }
                }
            }
            let color = !noColor && isatty(1) != 0
            print(ArticleView.render(document: document, claims: claims, style: .init(color: color), includeUnattributed: !attributedOnly))
        } catch let e as JSONLinesReader.ReadError {
            FileHandle.standardError.write(Data("claimline: \(e)\n".utf8))
            throw ExitCode(1)
        }
    }
}
