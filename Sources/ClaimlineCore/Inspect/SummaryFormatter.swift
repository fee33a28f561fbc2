/// The end-of-run summary, as the user reads it.
public enum SummaryFormatter {
    public static func text(_ s: RunSummary, output: String) -> String {
        var lines: [String] = []
        lines.append("\(s.files) files → \(s.documents) documents, \(s.errors) errors · \(s.sentences) sentences · \(s.claims) claims")
        for st in s.stages {
            let what: String
            switch st.stage {
            case .read: what = "files"
            case .clean: what = "documents"
            case .segment: what = "sentences"
            case .claims: what = "claims"
            }
            if st.skipped {
                lines.append("  \(pad(st.stage.rawValue, 8)) up to date (skipped)")
            } else {
                lines.append("  \(pad(st.stage.rawValue, 8)) \(pad("\(st.countOut) \(what)", 18)) \(format(st.busySeconds, 3)) s of CPU")
            }
        }
        if !s.errorsByCode.isEmpty {
            lines.append("  errors: " + s.errorsByCode.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ") + " (see \(output)/errors.jsonl)")
        }
        if s.inputBytes > 0 {
            let mb = Double(s.inputBytes) / 1e6
            lines.append("  \(format(mb, 2)) MB in \(format(s.wallSeconds, 2)) s (\(format(mb / max(s.wallSeconds, 1e-6), 1)) MB/s)")
        } else {
            lines.append("  \(format(s.wallSeconds, 2)) s")
        }
        lines.append("  → \(output)/")
        return lines.joined(separator: "\n")
    }

    static func pad(_ s: String, _ n: Int) -> String { s.count >= n ? s : s + String(repeating: " ", count: n - s.count) }

    public static func format(_ x: Double, _ digits: Int) -> String {
        var p = 1.0
        for _ in 0..<digits { p *= 10 }
        let v = (x * p).rounded() / p
        var s = "\(v)"
        if let dot = s.firstIndex(of: ".") {
            let decimals = s.distance(from: dot, to: s.endIndex) - 1
            if decimals < digits { s += String(repeating: "0", count: digits - decimals) }
            if digits == 0 { s = String(s[..<dot]) }
        }
        return s
    }
}
