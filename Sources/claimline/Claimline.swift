import ArgumentParser

@main
struct Claimline: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "claimline",
        abstract: "Turn a folder of news articles into claims: who said what, and what is worth checking.",
        version: "0.1.0",
        subcommands: [RunCommand.self, InspectCommand.self, ShowCommand.self, StatsCommand.self, BenchCommand.self],
        defaultSubcommand: nil
    )
}
