/// SARIF 2.1.0 for code scanning: every check and rule as a `reportingDescriptor`, every finding as a result with
/// its level, message, relative location and a fingerprint stable across runs.
public enum ReportSARIF {
    public static let toolVersion = "0.4.0"

    public static func render(_ result: CheckRun.Result, rules: [Rule]) -> String {
        let checks = CheckRegistry.all
        var descriptors: [JSONValue] = checks.map { check in
            descriptor(id: check.id, short: check.summary, full: check.summary, help: check.help, level: level(check.severity))
        }
        descriptors += rules.map { rule in
            descriptor(id: rule.id, short: rule.description, full: "\(rule.kind.rawValue) rule: \(rule.description)",
                       help: "Defined in \(rule.file); run `crosscheck explain \(rule.id)` for its examples.", level: level(rule.severity))
        }
        let ids = checks.map(\.id) + rules.map(\.id)
        let results: [JSONValue] = result.findings.map { finding in
            var object: [String: JSONValue] = [
                "ruleId": .string(finding.check),
                "level": .string(level(finding.severity)),
                "message": .object(["text": .string(finding.message)]),
                "locations": .array(finding.evidence.prefix(1).map(location)),
                "partialFingerprints": .object(["crosscheckEvidence/v1": .string(finding.fingerprint)]),
            ]
            if let index = ids.firstIndex(of: finding.check) { object["ruleIndex"] = .int(index) }
            if finding.evidence.count > 1 {
                object["relatedLocations"] = .array(finding.evidence.dropFirst().enumerated().map { offset, evidence in
                    guard case var .object(fields) = location(evidence) else { return location(evidence) }
                    fields["id"] = .int(offset + 1)
                    return .object(fields)
                })
            }
            if let suppression = finding.suppression {
                object["suppressions"] = .array([.object(["kind": .string(suppression.kind), "justification": .string(suppression.reason)])])
            }
            return .object(object)
        }
        let run: JSONValue = .object([
            "tool": .object(["driver": .object([
                "name": .string("Crosscheck"),
                "version": .string(toolVersion),
                "rules": .array(descriptors),
            ])]),
            "columnKind": .string("unicodeCodePoints"),
            "results": .array(results),
        ])
        return JSONValue.object([
            "$schema": .string("https://json.schemastore.org/sarif-2.1.0.json"),
            "version": .string("2.1.0"),
            "runs": .array([run]),
        ]).rendered()
    }

    static func level(_ severity: Severity) -> String {
        switch severity {
        case .error: return "error"
        case .warning: return "warning"
        case .info: return "note"
        }
    }

    static func descriptor(id: String, short: String, full: String, help: String, level: String) -> JSONValue {
        .object([
            "id": .string(id),
            "shortDescription": .object(["text": .string(short)]),
            "fullDescription": .object(["text": .string(full)]),
            "help": .object(["text": .string(help)]),
            "defaultConfiguration": .object(["level": .string(level)]),
        ])
    }

    static func location(_ evidence: Evidence) -> JSONValue {
        .object(["physicalLocation": .object([
            "artifactLocation": .object(["uri": .string(uri(evidence.path))]),
            "region": .object([
                "startLine": .int(evidence.line),
                "startColumn": .int(evidence.column),
                "snippet": .object(["text": .string(evidence.text)]),
            ]),
        ])])
    }

    /// A relative URI reference for a path as given: `./` dropped, characters outside URIs percent-encoded.
    static func uri(_ path: String) -> String {
        var path = path
        while path.hasPrefix("./") { path.removeFirst(2) }
        var encoded = ""
        for byte in path.utf8 {
            let character = Character(Unicode.Scalar(byte))
            if byte < 0x80, character.isLetter || character.isNumber || "-._~/".contains(character) {
                encoded.append(character)
            } else {
                let hex = String(byte, radix: 16, uppercase: true)
                encoded += "%" + (hex.count == 1 ? "0" : "") + hex
            }
        }
        return encoded
    }
}
