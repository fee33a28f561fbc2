import Foundation

/// Types, stance and check-worthiness of a claim, from its words and its cue.
///
/// The score is a hand-set linear model over features a fact-checker would name: numbers,
/// comparisons, causes, rules and predictions raise it; hedges, questions and first-person
/// opinion lower it. Its weights are in `weights`, one line each.
struct ClaimClassifier {
    static let weights: [String: Double] = [
        "bias": -1.6,
        "quantity": 1.5,
        "comparison": 0.6,
        "causal": 0.4,
        "rule": 0.35,
        "prediction": 0.1,
        "denial": 0.3,
        "attributed": 0.35,
        "namedSpeaker": 0.2,
        "hedge": -0.4,
        "question": -1.2,
        "firstPerson": -0.3,
        "short": -0.8,
        "pastFact": 0.35,
    ]

    struct Result {
        var types: [String]
        var stance: Claim.Stance
        var score: Double
    }

    static let pastVerbs: Set<String> = ["voted", "passed", "signed", "created", "lost", "won", "cut", "raised", "spent", "paid", "killed", "died", "increased", "decreased", "rose", "fell", "grew", "dropped", "imposed", "approved", "rejected", "supported", "opposed", "funded", "invested", "built", "closed", "opened", "fired", "hired"]

    func classify(words: [TextToken], quantities: [Quantity], verbClass: ReportingVerbs.Class?, attributed: Bool, namedSpeaker: Bool, endsWithQuestion: Bool) -> Result {
        let lower = Set(words.map(\.lower))
        var types: [String] = []
        if !quantities.isEmpty { types.append("quantity") }
        if verbClass == .predict || !lower.isDisjoint(with: Lexicon.predictionWords) { types.append("prediction") }
        if !lower.isDisjoint(with: Lexicon.causalWords) { types.append("causal") }
        if !lower.isDisjoint(with: Lexicon.comparisonWords) || words.contains(where: { $0.lower.hasSuffix("er") && lower.contains("than") }) { types.append("comparison") }
        if !lower.isDisjoint(with: Lexicon.ruleWords) { types.append("rule") }
        var stance = Claim.Stance.asserts
        if verbClass == .deny {
            stance = .denies
            types.append("denial")
        } else if verbClass == .hedge || !lower.isDisjoint(with: Lexicon.hedgeWords) {
            stance = .hedges
        }
        let w = Self.weights
        var z = w["bias"]!
        for t in types { z += w[t] ?? 0 }
        if attributed { z += w["attributed"]! }
        if namedSpeaker { z += w["namedSpeaker"]! }
        if stance == .hedges { z += w["hedge"]! }
        if endsWithQuestion { z += w["question"]! }
        if lower.contains("i") || lower.contains("we") || lower.contains("my") { z += w["firstPerson"]! }
        if words.count < 6 { z += w["short"]! }
        if !lower.isDisjoint(with: Self.pastVerbs) { z += w["pastFact"]! }
        let score = 1 / (1 + exp(-z))
        return Result(types: types, stance: stance, score: score)
    }
}

