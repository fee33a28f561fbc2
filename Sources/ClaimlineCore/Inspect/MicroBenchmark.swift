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
        public var seconds: Double
        public var mbPerSecond: Double { Double(bytes) / 1e6 / max(seconds, 1e-9) }
        public var docsPerSecond: Double { Double(docs) / max(seconds, 1e-9) }
    }

    static func time(_ minSeconds: Double, _ body: () -> Void) -> (Double, Int) {
        if minSeconds <= 0 {
            let start = DispatchTime.now().uptimeNanoseconds
            body()
            return (Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9, 1)
        }
        var rounds = 0
        let start = DispatchTime.now().uptimeNanoseconds
        var elapsed = 0.0
        repeat {
            body()
            rounds += 1
            elapsed = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        } while elapsed < minSeconds
        return (elapsed / Double(rounds), rounds)
    }

    public static func run(files: [InputFile], minSeconds: Double = 1.0, only: String? = nil) -> [Figure] {
        let reader = ReadStage()
        let raws = files.compactMap { try? reader.process($0) }
        let html = raws.filter { $0.format == .html }
        let htmlBytes = html.reduce(0) { $0 + $1.utf8.count }
        var figures: [Figure] = []

        func budget(_ name: String) -> Double { only == nil || only == name ? minSeconds : 0 }
        let (parse, _) = time(budget("parse")) { for r in html { _ = HTMLTreeWalker.parseOnly(r.utf8) } }
        figures.append(Figure(name: "libxml2 parse only", basis: "html", docs: html.count, bytes: htmlBytes, seconds: parse))

        let clean = CleanStage()
        var documents: [Document] = []
        let (cleanHTML, _) = time(budget("clean")) { documents = html.compactMap { try? clean.process($0) } }
        figures.append(Figure(name: "clean (html)", basis: "html", docs: html.count, bytes: htmlBytes, seconds: cleanHTML))
        documents = raws.compactMap { try? clean.process($0) }
        let textBytes = documents.reduce(0) { $0 + $1.text.utf8.count }

        let segment = SegmentStage()
        var segmented: [SegmentedDocument] = []
        let (seg, _) = time(budget("segment")) { segmented = documents.map { segment.process($0) } }
        figures.append(Figure(name: "segment", basis: "text", docs: documents.count, bytes: textBytes, seconds: seg))

        let claims = try! ClaimsStage()
        var claimed: [[Claim]] = []
        let (cl, _) = time(budget("claims")) { claimed = segmented.map { claims.process($0).claims } }
        figures.append(Figure(name: "claims", basis: "text", docs: documents.count, bytes: textBytes, seconds: cl))

        var written = 0
        let (js, _) = time(budget("json")) {
            written = 0
            for d in documents { written += JSONLinesWriter.lines([d]).count }
            for s in segmented { written += JSONLinesWriter.lines(s.sentences).count }
            for c in claimed { written += JSONLinesWriter.lines(c).count }
        }
        figures.append(Figure(name: "JSON writing", basis: "json", docs: documents.count, bytes: written, seconds: js))
        return figures
    }
}
