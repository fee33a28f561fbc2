/// One article with its claims marked, for a terminal: `claimline show`.
public enum ArticleView {
    public struct Style: Sendable {
        public var color: Bool
        public init(color: Bool) { self.color = color }
        func wrap(_ s: String, _ code: String) -> String { color ? "\u{1B}[\(code)m\(s)\u{1B}[0m" : s }
    }

    public static func render(document: Document, claims: [Claim], style: Style, includeUnattributed: Bool = true) -> String {
        let text = Array(document.text.unicodeScalars)
        let shown = claims.filter { includeUnattributed || $0.kind != .unattributed }
        var out: [String] = []
        out.append(style.wrap(document.title ?? document.id, "1"))
        let meta = [document.byline.map { "by \($0)" }, document.published, document.site, document.url].compactMap { $0 }
        if !meta.isEmpty { out.append(meta.joined(separator: " · ")) }
        out.append("")
        // Marks: an opening and closing bracket per claim; speakers and cues highlighted.
        var opens: [Int: [Int]] = [:]
        var closes: [Int: [Int]] = [:]
        var speakerAt: [Int: Int] = [:]
        var cueAt: [Int: Int] = [:]
        for (n, c) in shown.enumerated() {
            opens[c.start, default: []].append(n + 1)
            closes[c.end, default: []].append(n + 1)
            if let s = c.speaker { for i in s.start..<s.end { speakerAt[i] = n + 1 } }
            if let q = c.cue { for i in q.start..<q.end { cueAt[i] = n + 1 } }
        }
        for (n, p) in document.paragraphs.enumerated() {
            // A text file's headline is already printed as the title.
            if n == 0, let title = document.title, scalarString(text, p) == title { continue }
            var line = ""
            var i = p.lowerBound
            while i <= p.upperBound {
                for n in closes[i] ?? [] { line += style.wrap("⟧\(n)", "2") }
                guard i < p.upperBound else { break }
                for _ in opens[i] ?? [] { line += style.wrap("⟦", "2") }
                var run = String.UnicodeScalarView()
                let kind = speakerAt[i] != nil ? 1 : cueAt[i] != nil ? 2 : 0
                var j = i
                while j < p.upperBound, (speakerAt[j] != nil ? 1 : cueAt[j] != nil ? 2 : 0) == kind, j == i || (opens[j] == nil && closes[j] == nil) {
                    run.append(text[j])
                    j += 1
                }
                let s = String(run)
                line += kind == 1 ? style.wrap(s, "1;36") : kind == 2 ? style.wrap(s, "33") : s
                i = j
            }
            out.append(line)
            out.append("")
        }
        out.append(style.wrap("Claims", "1"))
        for (n, c) in shown.enumerated() {
            var parts = ["[\(n + 1)] \(c.kind.rawValue)"]
            if let s = c.speaker {
                parts.append("speaker: \(s.text)" + (s.resolved.map { $0 != s.text ? " → \($0)" : "" } ?? ""))
            }
            if let cue = c.cue { parts.append("cue: \(cue.text)") }
            if !c.types.isEmpty { parts.append("types: \(c.types.joined(separator: ", "))") }
            if c.stance != .asserts { parts.append("stance: \(c.stance.rawValue)") }
            if !c.quantities.isEmpty { parts.append("quantities: \(c.quantities.map(\.text).joined(separator: ", "))") }
            parts.append("check-worthiness \(SummaryFormatter.format(c.checkworthiness, 2))")
            out.append(parts.joined(separator: " · "))
        }
        return out.joined(separator: "\n")
    }
}
