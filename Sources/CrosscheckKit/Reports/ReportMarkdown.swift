/// `Reports/report.md`: a summary table and each finding with its evidence quoted and linked to `path#Lline`,
/// fit for a GitHub job summary.
public enum ReportMarkdown {
    public static func render(_ result: CheckRun.Result) -> String {
        let summary = ReportSummary(result)
        var output = "# Crosscheck report\n\n"
        output += "| articles | figures | claims | quotes | errors | warnings | notes |\n"
        output += "| ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n"
        output += "| \(summary.articles) | \(summary.figures) | \(summary.claims) | \(summary.quotes) | "
            + "\(summary.findings[.error] ?? 0) | \(summary.findings[.warning] ?? 0) | \(summary.findings[.info] ?? 0) |\n\n"
        let anonymous = result.articles.filter { $0.anonymousClaims > 0 }
        if !anonymous.isEmpty {
            output += "## Claims resting on anonymous sources\n\n| article | claims |\n| --- | ---: |\n"
            for document in anonymous { output += "| \(escape(document.name)) | \(document.anonymousClaims) |\n" }
            output += "\n"
        }
        let findings = result.findings.filter { $0.suppression == nil }
        if summary.suppressed > 0 { output += "\(summary.suppressed) suppressed findings are not listed.\n\n" }
        guard !findings.isEmpty else { return output + "No findings.\n" }
        output += "## Findings\n"
        for finding in findings {
            output += "\n### \(finding.severity.rawValue): \(finding.check)\n\n\(escape(finding.message))\n\n"
            for evidence in finding.evidence {
                let name = evidence.path + (evidence.recordID.map { " (record \($0))" } ?? "")
                output += "- [\(escape(name)):\(evidence.line):\(evidence.column)](\(link(evidence.path))#L\(evidence.line))\n"
                output += "  > \(escape(evidence.text))\n"
            }
        }
        return output
    }

    /// Markdown characters in article text must not turn into formatting.
    static func escape(_ text: String) -> String {
        var escaped = ""
        for character in text {
            if "\\`*_[]<>|#".contains(character) { escaped.append("\\") }
            escaped.append(character)
        }
        return escaped
    }

    static func link(_ path: String) -> String {
        path.replacingOccurrences(of: " ", with: "%20").replacingOccurrences(of: "(", with: "%28").replacingOccurrences(of: ")", with: "%29")
    }
}
