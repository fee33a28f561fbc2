import Foundation

/// Times each stage's core function alone on in-memory input, one thread, so a slow stage is
/// found without the rest of the pipeline (`claimline bench`).
public enum MicroBenchmark {
    public struct Figure: Sendable {
        public var name: String
        /// What the MB figure counts: raw input bytes, or cleaned text bytes.
        public var basis: String
        public var docs: Int
        public var bytes: Int
        /// The mean time of a round.
        public var seconds: Double
        /// The fastest round's time: on a shared machine other work only ever adds to a
        /// round, so this is the closest to what the code itself costs, and the mean is what
        /// a run at that moment got.
        public var bestSeconds: Double
        public var rounds: Int
        public var mbPerSecond: Double { Double(bytes) / 1e6 / max(seconds, 1e-9) }
        public var bestMBPerSecond: Double { Double(bytes) / 1e6 / max(bestSeconds, 1e-9) }
        public var docsPerSecond: Double { Double(docs) / max(seconds, 1e-9) }

        init(name: String, basis: String, docs: Int, bytes: Int, _ timing: (mean: Double, best: Double, rounds: Int)) {
            self.name = name
            self.basis = basis
            self.docs = docs
            self.bytes = bytes
            seconds = timing.mean
            bestSeconds = timing.best
            rounds = timing.rounds
        }
    }

    /// How long `body` takes: the mean and the fastest of the rounds run in `minSeconds`
    /// (one round when it is 0).
    static func time(_ minSeconds: Double, _ body: () -> Void) -> (mean: Double, best: Double, rounds: Int) {
        var rounds = 0
        var best = Double.infinity
        let start = DispatchTime.now().uptimeNanoseconds
        var elapsed = 0.0
        repeat {
            let roundStart = DispatchTime.now().uptimeNanoseconds
            body()
            let now = DispatchTime.now().uptimeNanoseconds
            best = min(best, Double(now - roundStart) / 1e9)
            rounds += 1
            elapsed = Double(now - start) / 1e9
        } while elapsed < minSeconds
        return (elapsed / Double(rounds), best, rounds)
    }

    public static func run(files: [InputFile], minSeconds: Double = 1.0, only: String? = nil) -> [Figure] {
        let reader = ReadStage()
        let raws = files.compactMap { try? reader.process($0) }
        let html = raws.filter { $0.format == .html }
        let htmlBytes = html.reduce(0) { $0 + $1.utf8.count }
        var figures: [Figure] = []

        func budget(_ name: String) -> Double { only == nil || only == name ? minSeconds : 0 }
        let parse = time(budget("parse")) { for r in html { _ = HTMLTreeWalker.parseOnly(r.utf8) } }
        figures.append(Figure(name: "libxml2 parse only", basis: "html", docs: html.count, bytes: htmlBytes, parse))

        let clean = CleanStage()
        var documents: [Document] = []
        let cleanHTML = time(budget("clean")) { documents = html.compactMap { try? clean.process($0) } }
        figures.append(Figure(name: "clean (html)", basis: "html", docs: html.count, bytes: htmlBytes, cleanHTML))
        documents = raws.compactMap { try? clean.process($0) }
        let textBytes = documents.reduce(0) { $0 + $1.text.utf8.count }

        let segment = SegmentStage()
        var segmented: [SegmentedDocument] = []
        let seg = time(budget("segment")) { segmented = documents.map { segment.process($0) } }
        figures.append(Figure(name: "segment", basis: "text", docs: documents.count, bytes: textBytes, seg))

        let claims = try! ClaimsStage()
        var claimed: [[Claim]] = []
        let cl = time(budget("claims")) { claimed = segmented.map { claims.process($0).claims } }
        figures.append(Figure(name: "claims", basis: "text", docs: documents.count, bytes: textBytes, cl))

        var written = 0
        let js = time(budget("json")) {
            written = 0
            for d in documents { written += JSONLinesWriter.lines([d]).count }
            for s in segmented { written += JSONLinesWriter.lines(s.sentences).count }
            for c in claimed { written += JSONLinesWriter.lines(c).count }
        }
        figures.append(Figure(name: "JSON writing", basis: "json", docs: documents.count, bytes: written, js))
        return figures
    }
}
