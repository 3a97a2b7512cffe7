/// One self-contained HTML page (no network, scripts or web fonts): the summary, each finding with its sentences
/// highlighted and word differences marked, and a chart of every claim whose value is known at several times.
public enum ReportHTML {
    public static func render(_ result: CheckRun.Result) -> String {
        let summary = ReportSummary(result)
        var html = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <title>Crosscheck report</title>
            <style>
            body { font-family: Georgia, 'Times New Roman', serif; margin: 2rem auto; max-width: 60rem; color: #222; }
            h1, h2, h3 { font-family: Helvetica, Arial, sans-serif; }
            table { border-collapse: collapse; } td, th { border: 1px solid #bbb; padding: 0.3rem 0.7rem; text-align: right; }
            section.finding { border-left: 0.4rem solid #999; padding: 0.2rem 1rem; margin: 1rem 0; background: #fafafa; }
            section.error { border-color: #c0392b; } section.warning { border-color: #e67e22; } section.info { border-color: #2980b9; }
            mark { background: #fff3a8; } del { background: #f7c6c6; } ins { background: #c8efc8; text-decoration: none; }
            figure { margin: 1rem 0; } figcaption { font-family: Helvetica, Arial, sans-serif; font-size: 0.9rem; }
            svg text { font-family: Helvetica, Arial, sans-serif; font-size: 11px; }
            </style>
            </head>
            <body>
            <h1>Crosscheck report</h1>
            <table>
            <tr><th>articles</th><th>figures</th><th>claims</th><th>quotes</th><th>errors</th><th>warnings</th><th>notes</th></tr>

            """
        html += "<tr><td>\(summary.articles)</td><td>\(summary.figures)</td><td>\(summary.claims)</td><td>\(summary.quotes)</td>"
            + "<td>\(summary.findings[.error] ?? 0)</td><td>\(summary.findings[.warning] ?? 0)</td><td>\(summary.findings[.info] ?? 0)</td></tr>\n</table>\n"
        let findings = result.findings.filter { $0.suppression == nil }
        html += "<h2>Findings</h2>\n"
        if findings.isEmpty { html += "<p>No findings.</p>\n" }
        for finding in findings {
            html += "<section class=\"finding \(finding.severity.rawValue)\">\n"
            html += "<h3>\(finding.severity.rawValue): \(escape(finding.check))</h3>\n<p>\(markDifferences(escape(finding.message)))</p>\n<ul>\n"
            for evidence in finding.evidence {
                html += "<li><a href=\"\(escape(evidence.path))#L\(evidence.line)\">\(escape(evidence.path)):\(evidence.line):\(evidence.column)</a>"
                    + "<blockquote><mark>\(escape(evidence.text))</mark></blockquote></li>\n"
            }
            html += "</ul>\n</section>\n"
        }
        let charts = ClaimChart.charts(for: result.archivedClaims + result.articles.flatMap(\.claims))
        if !charts.isEmpty {
            html += "<h2>Claims over time</h2>\n"
            for chart in charts { html += chart.html }
        }
        html += "</body>\n</html>\n"
        return html
    }

    static func escape(_ text: String) -> String {
        var escaped = ""
        for character in text {
            switch character {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"": escaped += "&quot;"
            default: escaped.append(character)
            }
        }
        return escaped
    }

    /// Word differences written `[-removed-]` and `{+added+}` become `<del>` and `<ins>`.
    static func markDifferences(_ text: String) -> String {
        var output = ""
        var rest = Substring(text)
        while let open = rest.firstIndex(where: { $0 == "[" || $0 == "{" }) {
            let isRemoval = rest[open] == "["
            let (start, end) = isRemoval ? ("[-", "-]") : ("{+", "+}")
            guard rest[open...].hasPrefix(start), let close = rest[open...].range(of: end) else {
                output += rest[...open]
                rest = rest[rest.index(after: open)...]
                continue
            }
            output += rest[..<open]
            let inner = rest[rest.index(open, offsetBy: 2)..<close.lowerBound]
            output += isRemoval ? "<del>\(inner)</del>" : "<ins>\(inner)</ins>"
            rest = rest[close.upperBound...]
        }
        return output + rest
    }
}

/// An inline SVG chart of one claim's values over time: each value is drawn as its interval, an open end as an
/// arrow, so "nearly half" in 2003 and "up to 15 percent" in 2012 read as what they are.
struct ClaimChart {
    let key: Claim.Key
    let claims: [Claim]

    static let width = 520.0, height = 240.0, left = 60.0, right = 20.0, top = 20.0, bottom = 40.0

    /// A chart for every claim key known at two or more times, in key order.
    static func charts(for claims: [Claim]) -> [ClaimChart] {
        ClaimGroups(claims).groups.compactMap { key, slots in
            guard slots.count > 1 else { return nil }
            return ClaimChart(key: key, claims: slots.compactMap(\.claims.first))
        }
    }

    var html: String {
        let years = claims.compactMap(\.years)
        let firstYear = Double((years.map(\.first).min() ?? 0) - 1), lastYear = Double((years.map(\.last).max() ?? 0) + 1)
        let values = claims.flatMap { [$0.quantity.low, $0.quantity.high].compactMap { $0 } }
        let ceiling = max(1, (values.max() ?? 1) * 1.2)
        func x(_ year: Double) -> Double { ClaimChart.left + (year - firstYear) / max(1, lastYear - firstYear) * (ClaimChart.width - ClaimChart.left - ClaimChart.right) }
        func y(_ value: Double) -> Double { ClaimChart.height - ClaimChart.bottom - value / ceiling * (ClaimChart.height - ClaimChart.top - ClaimChart.bottom) }
        func number(_ value: Double) -> String { String(format: "%.1f", value) }
        var svg = "<figure>\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(Int(ClaimChart.width))\" height=\"\(Int(ClaimChart.height))\" role=\"img\" aria-label=\"\(ReportHTML.escape(key.description))\">\n"
        let axisY = ClaimChart.height - ClaimChart.bottom
        svg += "<line x1=\"\(number(ClaimChart.left))\" y1=\"\(number(axisY))\" x2=\"\(number(ClaimChart.width - ClaimChart.right))\" y2=\"\(number(axisY))\" stroke=\"#333\"/>\n"
        svg += "<line x1=\"\(number(ClaimChart.left))\" y1=\"\(number(ClaimChart.top))\" x2=\"\(number(ClaimChart.left))\" y2=\"\(number(axisY))\" stroke=\"#333\"/>\n"
        svg += "<text x=\"4\" y=\"\(number(ClaimChart.top + 4))\">\(ReportHTML.escape(Quantity.format([ceiling], key.unit)))</text>\n"
        svg += "<text x=\"4\" y=\"\(number(axisY))\">0</text>\n"
        for claim in claims {
            guard let span = claim.years else { continue }
            let centre = x(Double(span.first + span.last) / 2)
            let low = claim.quantity.low ?? 0, high = claim.quantity.high ?? ceiling
            svg += "<line x1=\"\(number(centre))\" y1=\"\(number(y(low)))\" x2=\"\(number(centre))\" y2=\"\(number(y(high)))\" stroke=\"#c0392b\" stroke-width=\"8\" stroke-linecap=\"butt\" opacity=\"0.75\"/>\n"
            if claim.quantity.high == nil {
                svg += "<polygon points=\"\(number(centre - 8)),\(number(y(high) + 10)) \(number(centre + 8)),\(number(y(high) + 10)) \(number(centre)),\(number(y(high)))\" fill=\"#c0392b\"/>\n"
            }
            if claim.quantity.low == nil {
                svg += "<polygon points=\"\(number(centre - 8)),\(number(y(low) - 10)) \(number(centre + 8)),\(number(y(low) - 10)) \(number(centre)),\(number(y(low)))\" fill=\"#c0392b\"/>\n"
            }
            // Labels right of their bar, or left of it near the right edge, so none is cut off.
            let anchor = centre > ClaimChart.width * 0.6 ? "end" : "start"
            let labelX = anchor == "end" ? centre - 10 : centre + 10
            svg += "<text x=\"\(number(labelX))\" y=\"\(number(y((low + high) / 2)))\" text-anchor=\"\(anchor)\">\(ReportHTML.escape(claim.valueText)) (\(span))</text>\n"
            svg += "<text x=\"\(number(centre - 14))\" y=\"\(number(axisY + 16))\">\(span.first)</text>\n"
        }
        svg += "</svg>\n<figcaption>\(ReportHTML.escape(key.description.capitalizedFirst)) over time</figcaption>\n</figure>\n"
        return svg
    }
}
