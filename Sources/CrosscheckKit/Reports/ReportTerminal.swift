/// Findings for a terminal or a CI log, grouped by article: `path:line:column: severity [check] message`,
/// the form editors and CI annotations turn into links.
public enum ReportTerminal {
    /// Colour only on a terminal, and never when `NO_COLOR` is set, whatever its value.
    public static func usesColour(environment: [String: String], isTerminal: Bool) -> Bool {
        isTerminal && environment["NO_COLOR"] == nil
    }

    static func paint(_ severity: Severity, colour: Bool) -> String {
        guard colour else { return severity.rawValue }
        let code = severity == .error ? "31" : severity == .warning ? "33" : "34"
        return "\u{1B}[1;\(code)m\(severity.rawValue)\u{1B}[0m"
    }

    public static func render(_ result: CheckRun.Result, colour: Bool = false) -> String {
        var output = ""
        var lastPath: String?
        for finding in result.findings where finding.suppression == nil {
            guard let first = finding.evidence.first else { continue }
            if first.path != lastPath {
                output += (lastPath == nil ? "" : "\n") + "\(first.path)\n"
                lastPath = first.path
            }
            output += "\(first.path):\(first.line):\(first.column): \(paint(finding.severity, colour: colour)) [\(finding.check)] \(finding.message)\n"
            for other in finding.evidence.dropFirst() {
                output += "  see \(other.path):\(other.line):\(other.column)\n"
            }
        }
        let summary = ReportSummary(result)
        output += "\(summary.articles) articles, \(summary.figures) figures, \(summary.claims) claims, \(summary.quotes) quotes: "
            + "\(summary.findings[.error] ?? 0) errors, \(summary.findings[.warning] ?? 0) warnings, \(summary.findings[.info] ?? 0) notes"
            + (summary.suppressed > 0 ? " (\(summary.suppressed) suppressed)" : "") + "\n"
        return output
    }
}
