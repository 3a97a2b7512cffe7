/// JUnit XML for CI systems that show test reports: one test case per article, failed by its findings at or above
/// the threshold, with the others listed as output.
public enum ReportJUnit {
    public static func render(_ result: CheckRun.Result, failOn: Severity) -> String {
        var byArticle: [String: [Finding]] = [:]
        for finding in result.findings where finding.suppression == nil {
            for path in Set(finding.evidence.map(\.path)) { byArticle[path, default: []].append(finding) }
        }
        let articles = Array(Set(result.articles.map(\.path))).sorted()
        let failures = articles.filter { path in (byArticle[path] ?? []).contains { $0.severity >= failOn } }.count
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        xml += "<testsuites name=\"crosscheck\" tests=\"\(articles.count)\" failures=\"\(failures)\" errors=\"0\">\n"
        xml += "  <testsuite name=\"crosscheck\" tests=\"\(articles.count)\" failures=\"\(failures)\" errors=\"0\" skipped=\"0\">\n"
        for path in articles {
            let findings = byArticle[path] ?? []
            xml += "    <testcase classname=\"crosscheck\" name=\"\(escape(path))\">\n"
            let failing = findings.filter { $0.severity >= failOn }
            if !failing.isEmpty {
                let body = failing.map(line).joined(separator: "\n")
                xml += "      <failure message=\"\(failing.count) finding(s) at or above \(failOn.rawValue)\" type=\"crosscheck\">\(escape(body))</failure>\n"
            }
            let others = findings.filter { $0.severity < failOn }
            if !others.isEmpty { xml += "      <system-out>\(escape(others.map(line).joined(separator: "\n")))</system-out>\n" }
            xml += "    </testcase>\n"
        }
        xml += "  </testsuite>\n</testsuites>\n"
        return xml
    }

    private static func line(_ finding: Finding) -> String {
        let place = finding.evidence.first.map { "\($0.path):\($0.line):\($0.column): " } ?? ""
        return "\(place)\(finding.severity.rawValue) [\(finding.check)] \(finding.message)"
    }

    static func escape(_ text: String) -> String {
        var escaped = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"": escaped += "&quot;"
            case "'": escaped += "&apos;"
            case _ where scalar.value < 0x20 && scalar != "\n" && scalar != "\t": escaped += " "
            default: escaped.unicodeScalars.append(scalar)
            }
        }
        return escaped
    }
}
