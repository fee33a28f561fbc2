/// Types and stance of a claim from its words and cue.
enum ClaimClassifier {
    struct Result {
        var types: [String]
        var stance: Claim.Stance
    }

    /// `negated`: the cue has a negation before it ("did not deny", "has not ruled out"); a
    /// denial not made leaves the question open.
    static func classify(words: ArraySlice<TextToken>, quantities: [Quantity], verbClass: ReportingVerbs.Class?, negated: Bool = false) -> Result {
        var all: Lexicon.WordFlags = []
        var aboutTheFuture = false
        for i in words.indices {
            all.formUnion(words[i].flags)
            if words[i].flags.contains(.predictionBeforeTo), i + 1 < words.endIndex, words[i + 1].word == Word.to { aboutTheFuture = true }
        }
        let quantity = !quantities.isEmpty
        let prediction = verbClass == .predict || all.contains(.prediction) || aboutTheFuture
        let causal = all.contains(.causal)
        let comparison = all.contains(.comparison) || (all.contains(.than) && words.contains { $0.flags.contains(.endsInER) })
        let rule = all.contains(.rule)
        // (At most: a question whose words hedge gets no type.)
        let denialOrQuestion = verbClass == .deny && !negated || verbClass == .ask
        // Sized once (grown type by type, the array was reallocated up to three times a claim),
        // and not at all for a claim of no type.
        var types: [String] = []
        let count = [quantity, prediction, causal, comparison, rule, denialOrQuestion].reduce(0) { $0 + ($1 ? 1 : 0) }
        if count > 0 { types.reserveCapacity(count) }
        if quantity { types.append("quantity") }
        if prediction { types.append("prediction") }
        if causal { types.append("causal") }
        if comparison { types.append("comparison") }
        if rule { types.append("rule") }
        var stance = Claim.Stance.asserts
        if verbClass == .deny && negated {
            stance = .hedges
        } else if verbClass == .deny {
            stance = .denies
            types.append("denial")
        } else if verbClass == .hedge || all.contains(.hedge) {
            stance = .hedges
        } else if verbClass == .ask {
            // "asked whether …": a question asserts nothing; the nearest stance is a hedge.
            stance = .hedges
            types.append("question")
        }
        return Result(types: types, stance: stance)
    }
}
