import Foundation

/// A logistic model of check-worthiness over a statement's words and a few shape features.
///
/// Fitted by `scripts/fit_checkworthiness.py` on CLEF CheckThat! 2019 task 1 (see README);
/// the built-in weights are in `CheckworthinessWeights.swift`, and pipeline.json's
/// `claims.options.checkworthinessModel` can name another weights file of the same format:
/// one `bias W`, `feature NAME W`, `word WORD W` or `context W MEAN` per line, tab-separated.
public struct CheckworthinessModel: Sendable, Equatable {
    public var bias: Double
    public var features: [String: Double]
    public var words: [String: Double]
    /// How much a statement's neighbours count: check-worthy sentences come in runs (an
    /// argument, a string of figures), so the more check-worthy of the sentences just before
    /// and after it adds `weight` times its logit, less `mean`, to the statement's logit.
    public var context: Context?

    public struct Context: Sendable, Equatable {
        public var weight: Double
        /// The neighbour's mean logit in the data the model was fitted on: an average
        /// neighbour leaves a statement's score as it is.
        public var mean: Double

        public init(weight: Double, mean: Double) {
            self.weight = weight
            self.mean = mean
        }
    }

    public init(bias: Double, features: [String: Double], words: [String: Double], context: Context? = nil) {
        self.bias = bias
        self.features = features
        self.words = words
        self.context = context
    }

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
            case ("context", 3):
                guard let weight = Double(f[1]) else { throw LoadError(path: source, reason: "line \(n + 1): context: no weight") }
                m.context = Context(weight: weight, mean: w)
            default: throw LoadError(path: source, reason: "line \(n + 1): expected bias, feature, word or context")
            }
        }
        return m
    }

    /// The model's weights over the lexicon catalog's words, computed once per model: a
    /// document then looks up only the words the catalog lacks.
    struct Prepared: Sendable {
        let model: CheckworthinessModel
        /// Each catalog word's place in `slotWeights`, or -1 for a word the model does not
        /// weigh: a statement counts its weighed words once each, and only those need telling
        /// apart (a few hundred of the catalog's thousands).
        let catalogSlots: [Int32]
        /// The weights of the catalog words the model weighs, by slot.
        let slotWeights: [Double]
        /// The model's lowercase words of up to 16 bytes by packed key, for a document's own
        /// words (which the vocabulary keeps as keys): index into `shortWeights`.
        let shortIDs: ShortWordTable
        let shortWeights: [Double]
        /// Whether any word the model weighs is outside the catalog: if none is, a document's
        /// own words weigh nothing and are not looked up.
        let weighsOwnWords: Bool
        let number: Double
        let hasNumber: Double
        let question: Double
        /// Length buckets: ≤ 5 words, 6–15, 16–30, more.
        let lengths: [Double]

        /// The next slot for weight `w`, numbered from `after`, or -1 for none: a weight of zero
        /// adds nothing, however often it is counted.
        static func slot(_ w: Double, _ weights: inout [Double], after: Int) -> Int32 {
            guard w != 0 else { return -1 }
            weights.append(w)
            return Int32(after + weights.count - 1)
        }

        init(_ model: CheckworthinessModel) {
            self.model = model
            var slotWeights: [Double] = []
            catalogSlots = Lexicon.catalog.words.map { Self.slot(model.words[$0] ?? 0, &slotWeights, after: 0) }
            self.slotWeights = slotWeights
            var ids = ShortWordTable(capacity: model.words.count)
            var weights: [Double] = []
            // A key matches any case; only words already in lowercase may answer for one.
            // Those in the catalog have their weights by number already (all of the built-in
            // model's are).
            var outside = 0
            for (word, w) in model.words where WordCatalog.isPlainWord(word) && Lexicon.catalog.id(word) == nil {
                outside += 1
                guard let key = ShortWordKey(word) else { continue }
                ids.insert(key, Int32(weights.count))
                weights.append(w)
            }
            shortIDs = ids
            shortWeights = weights
            weighsOwnWords = outside > 0
            number = model.words["<num>"] ?? 0
            hasNumber = model.features["has_number"] ?? 0
            question = model.features["question"] ?? 0
            lengths = ["len_le5", "len_6_15", "len_16_30", "len_gt30"].map { model.features[$0] ?? 0 }
        }
    }

    /// Scores statements of one document: each distinct word is looked up once per document,
    /// and counted once per statement (numbers as `<num>`, whose slot comes after the words').
    struct Scorer {
        let prepared: Prepared
        /// Each of the document's own words' slots (after the catalog's), or -1: empty when
        /// the model weighs no word outside the catalog.
        private var ownSlots: [Int32] = []
        /// The weights of the own words' slots, and of `<num>`'s.
        private var ownWeights: [Double] = []
        private var numberSlot: Int32 = -1
        /// The statement that last counted each slot's word.
        private var lastSeen: [UInt32]
        private var generation: UInt32 = 0
        private let catalogCount: Int
        private let catalogSlotCount: Int

        init(_ prepared: Prepared, vocabulary: Vocabulary) {
            self.prepared = prepared
            catalogCount = prepared.catalogSlots.count
            catalogSlotCount = prepared.slotWeights.count
            if prepared.weighsOwnWords {
                ownSlots.reserveCapacity(vocabulary.ownKeys.count)
                for (n, key) in vocabulary.ownKeys.enumerated() {
                    let w: Double
                    if key.count <= 16 {
                        w = prepared.shortIDs.value(for: key).map { prepared.shortWeights[Int($0)] } ?? 0
                    } else {
                        w = prepared.model.words[vocabulary.word(Int32(catalogCount + n))] ?? 0
                    }
                    ownSlots.append(Prepared.slot(w, &ownWeights, after: catalogSlotCount))
                }
            }
            numberSlot = Prepared.slot(prepared.number, &ownWeights, after: catalogSlotCount)
            lastSeen = [UInt32](repeating: 0, count: catalogSlotCount + ownWeights.count)
        }

        /// The model's logit for the statement made of `tokens`, its neighbours not counted.
        mutating func logit(_ tokens: ArraySlice<TextToken>, endsWithQuestion: Bool) -> Double {
            generation += 1
            var z = prepared.model.bias
            var count = 0
            var hasNumber = false
            for t in tokens where t.isWord {
                count += 1
                let slot: Int32
                if t.kind == .number {
                    hasNumber = true
                    slot = numberSlot
                } else if Int(t.word) < catalogCount {
                    slot = prepared.catalogSlots[Int(t.word)]
                } else {
                    // The document's own words have slots only when the model weighs any.
                    let own = Int(t.word) - catalogCount
                    slot = own < ownSlots.count ? ownSlots[own] : -1
                }
                guard slot >= 0 else { continue }
                let s = Int(slot)
                if lastSeen[s] != generation {
                    lastSeen[s] = generation
                    z += s < catalogSlotCount ? prepared.slotWeights[s] : ownWeights[s - catalogSlotCount]
                }
            }
            // The shape features `scripts/fit_checkworthiness.py` computes.
            if hasNumber { z += prepared.hasNumber }
            if endsWithQuestion { z += prepared.question }
            z += prepared.lengths[count <= 5 ? 0 : count <= 15 ? 1 : count <= 30 ? 2 : 3]
            return z
        }

        /// Probability-like score in [0, 1] of a statement of logit `own` between sentences
        /// of logits `previous` and `next` (nil at a document's ends).
        func score(own: Double, previous: Double?, next: Double?) -> Double {
            var z = own
            let neighbour = max(previous ?? -.infinity, next ?? -.infinity)
            if let context = prepared.model.context, neighbour > -.infinity {
                z += context.weight * (neighbour - context.mean)
            }
            return 1 / (1 + exp(-z))
        }
    }
}
