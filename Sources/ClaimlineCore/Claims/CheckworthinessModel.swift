import Foundation

/// A logistic model of check-worthiness over a statement's words and a few shape features.
///
/// Fitted by `scripts/fit_checkworthiness.py` on CLEF CheckThat! 2019 task 1 (see README);
/// the built-in weights are in `CheckworthinessWeights.swift`, and pipeline.json's
/// `claims.options.checkworthinessModel` can name another weights file of the same format:
/// one `bias W`, `feature NAME W` or `word WORD W` per line, tab-separated.
public struct CheckworthinessModel: Sendable, Equatable {
    public var bias: Double
    public var features: [String: Double]
    public var words: [String: Double]

    public struct LoadError: Error, CustomStringConvertible {
        public var path: String
        public var reason: String
        public var description: String { "\(path): \(reason)" }
    }

    public static let builtIn: CheckworthinessModel = {
        do { return try parse(CheckworthinessWeights.tsv, source: "built-in weights") } catch { fatalError("\(error)") }
    }()

    public static func load(path: String) throws(LoadError) -> CheckworthinessModel {
        guard let data = FileManager.default.contents(atPath: path) else { throw LoadError(path: path, reason: "cannot read the weights file") }
        return try parse(String(decoding: data, as: UTF8.self), source: path)
    }

    static func parse(_ text: String, source: String) throws(LoadError) -> CheckworthinessModel {
        var m = CheckworthinessModel(bias: 0, features: [:], words: [:])
        for (n, line) in text.split(separator: "\n").enumerated() where !line.hasPrefix("#") {
            let f = line.split(separator: "\t")
            guard let w = f.last.flatMap({ Double($0) }) else { throw LoadError(path: source, reason: "line \(n + 1): no weight") }
            switch (f.first, f.count) {
            case ("bias", 2): m.bias = w
            case ("feature", 3): m.features[String(f[1])] = w
            case ("word", 3): m.words[String(f[1])] = w
            default: throw LoadError(path: source, reason: "line \(n + 1): expected bias, feature or word")
            }
        }
        return m
    }

    /// The shape features of a statement; `scripts/fit_checkworthiness.py` computes the same.
    static func shapeFeatures(wordCount: Int, hasNumber: Bool, endsWithQuestion: Bool) -> [String] {
        var f: [String] = []
        if hasNumber { f.append("has_number") }
        if endsWithQuestion { f.append("question") }
        switch wordCount {
        case ..<6: f.append("len_le5")
        case 6...15: f.append("len_6_15")
        case 16...30: f.append("len_16_30")
        default: f.append("len_gt30")
        }
        return f
    }

    /// Scores statements of one document: each distinct word is looked up once per document,
    /// and counted once per statement (numbers as `<num>`, the id after the vocabulary's).
    struct Scorer {
        let model: CheckworthinessModel
        private var wordID: [Int32]
        private var weight: [Double] = []
        private var lastSeen: [Int] = []
        private var generation = 0

        init(model: CheckworthinessModel, tokens: [TextToken], vocabulary: Vocabulary) {
            self.model = model
            weight = vocabulary.words.map { model.words[$0] ?? 0 }
            let number = Int32(weight.count)
            weight.append(model.words["<num>"] ?? 0)
            wordID = tokens.map { $0.kind == .number ? number : $0.word }
            lastSeen = [Int](repeating: -1, count: weight.count)
        }

        /// Probability-like score in [0, 1] of the statement made of `tokens[range]`.
        mutating func score(_ tokens: ArraySlice<TextToken>, endsWithQuestion: Bool) -> Double {
            generation += 1
            var z = model.bias
            var count = 0
            var hasNumber = false
            for i in tokens.indices where tokens[i].isWord {
                count += 1
                if tokens[i].kind == .number { hasNumber = true }
                let id = Int(wordID[i])
                if lastSeen[id] != generation {
                    lastSeen[id] = generation
                    z += weight[id]
                }
            }
            for f in CheckworthinessModel.shapeFeatures(wordCount: count, hasNumber: hasNumber, endsWithQuestion: endsWithQuestion) { z += model.features[f] ?? 0 }
            return 1 / (1 + exp(-z))
        }
    }
}
