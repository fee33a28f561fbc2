import Testing
@testable import ClaimlineCore

@Suite struct PipelineConfigTests {
    func parse(_ s: String) throws(PipelineConfig.Invalid) -> PipelineConfig { try PipelineConfig.parse(Array(s.utf8)) }

    func message(_ s: String) -> String? {
        do throws(PipelineConfig.Invalid) {
            _ = try parse(s)
            return nil
        } catch {
            return error.description
        }
    }

    @Test func readsTheProjectsPipelineJSON() throws {
        let c = try PipelineConfig.load(path: Fixtures.packageRoot + "/pipeline.json")
        #expect(c.input == "data")
        #expect(c.output == "out")
    }

    @Test func appliesOptionsAndWorkers() throws {
        let c = try parse(#"{"version":1,"input":"in","stages":[{"name":"clean","workers":3,"options":{"minChars":40}},{"name":"claims","options":{"unattributed":false,"minCheckworthiness":0.25}}]}"#)
        #expect(c.input == "in")
        #expect(c.workerCount(.clean) == 3)
        #expect(c.clean.minChars == 40)
        #expect(c.claims.unattributed == false)
        #expect(c.claims.minCheckworthiness == 0.25)
    }

    @Test(arguments: [
        (#"{"version":1,"stages":[{"name":"read"},{"name":"clean"},{"name":"segment","options":{}},{"name":"claims","options":{"minChars":"x"}}]}"#,
         "pipeline.json: stages[3].options.minChars: unknown key (expected one of: unattributed, minCheckworthiness, minQuoteWords, checkworthinessModel)"),
        (#"{"version":1,"stages":[{"name":"read"},{"name":"clean","options":{"minChars":"x"}}]}"#,
         #"pipeline.json: stages[1].options.minChars: expected a number, got "x""#),
        (#"{"version":1,"stagse":[]}"#, "pipeline.json: stagse: unknown key (expected one of: version, input, output, stages)"),
        (#"{"version":1,"stages":[{"name":"clena"}]}"#, #"pipeline.json: stages[0].name: unknown stage "clena" (expected one of: read, clean, segment, claims)"#),
        (#"{"version":1,"stages":[{"name":"clean","workers":0}]}"#, "pipeline.json: stages[0].workers: must be between 1 and 256, got 0"),
        (#"{"version":2}"#, "pipeline.json: version: unsupported version 2 (this claimline reads version 1)"),
        (#"{"input":"x"}"#, "pipeline.json: version: missing (this claimline reads version 1)"),
        (#"{"version":1,"stages":[{"name":"claims"},{"name":"clean"}]}"#, #"pipeline.json: stages[1].name: stage "clean" must come before "claims" (order: read, clean, segment, claims)"#),
        (#"{"version":1,"stages":[{"name":"claims","options":{"minCheckworthiness":2}}]}"#, "pipeline.json: stages[0].options.minCheckworthiness: must be between 0.0 and 1.0, got 2"),
        (#"{"version":1,"output":""}"#, "pipeline.json: output: must not be empty"),
    ])
    func refusesWithOneLineNamingTheField(_ json: String, _ expected: String) {
        #expect(message(json) == expected)
    }

    @Test func refusesInvalidJSON() {
        let m = message("{\"version\": 1,")
        #expect(m?.hasPrefix("pipeline.json: invalid JSON at byte") == true)
    }
}
