import Foundation
import Yams

/// `crosscheck.yml`: the settings a newsroom keeps with its articles, found by walking up from the working
/// directory (or named with `--config`). Paths in it are relative to the file. Every key and value is checked:
/// a mistake is an error naming the file, line and column.
public struct Configuration: Sendable, Equatable {
    public var path: String?
    public var ruleDirectories: [String] = []
    public var sourceDirectories: [String] = []
    public var disabledChecks: Set<String> = []
    public var severities: [String: Severity] = [:]
    public var tolerances: [String: Double] = [:]
    public var formats: [String] = []
    public var failOn: Severity?
    public var output: String?

    public static let fileName = "crosscheck.yml"
    public static let formatNames = ["terminal", "markdown", "json", "sarif", "junit", "html"]
    static let keys = ["rules", "sources", "disable", "severity", "tolerances", "formats", "fail-on", "output"]

    public init() {}

    /// The nearest `crosscheck.yml` in `directory` or above it.
    public static func find(from directory: String = FileManager.default.currentDirectoryPath) -> String? {
        var url = URL(fileURLWithPath: directory).standardizedFileURL
        while true {
            let candidate = url.appendingPathComponent(fileName).path
            if FileManager.default.fileExists(atPath: candidate) { return candidate }
            let parent = url.deletingLastPathComponent()
            if parent.path == url.path { return nil }
            url = parent
        }
    }

    public static func load(path: String) throws(Diagnostic) -> Configuration {
        guard let data = FileManager.default.contents(atPath: path) else { throw Diagnostic(path: path, "cannot read the configuration file") }
        guard let text = String(validating: [UInt8](data), as: UTF8.self) else { throw Diagnostic(path: path, "configuration is not valid UTF-8") }
        var configuration = Configuration()
        configuration.path = path
        guard !text.trimmed.isEmpty else { return configuration }
        let reader = YAMLReader(path: path)
        let fields = try reader.mapping(try reader.parse(text), allowed: keys, required: [], context: "configuration")
        let base = URL(fileURLWithPath: path).deletingLastPathComponent()
        func paths(_ key: String) throws(Diagnostic) -> [String] {
            try reader.strings(fields[key], field: key, context: "configuration").map { base.appendingPathComponent($0).path }
        }
        configuration.ruleDirectories = try paths("rules")
        configuration.sourceDirectories = try paths("sources")
        let checks = Set(CheckRegistry.all.map(\.id))
        for check in try reader.strings(fields["disable"], field: "disable", context: "configuration") {
            guard checks.contains(check) else { throw reader.error(at: fields["disable"], "configuration: unknown check '\(check)' in 'disable'") }
            configuration.disabledChecks.insert(check)
        }
        if let node = fields["severity"] {
            guard case let .mapping(mapping) = node else { throw reader.error(at: node, "configuration: 'severity' must map checks to severities") }
            for (key, value) in mapping {
                let check = try reader.string(key, field: "severity", context: "configuration")
                guard checks.contains(check) else { throw reader.error(at: key, "configuration: unknown check '\(check)' in 'severity'") }
                guard let severity = value.string.flatMap(Severity.init(rawValue:)) else {
                    throw reader.error(at: value, "configuration: severity of '\(check)' must be info, warning or error")
                }
                configuration.severities[check] = severity
            }
        }
        configuration.tolerances = try reader.tolerances(fields["tolerances"], context: "configuration")
        for format in try reader.strings(fields["formats"], field: "formats", context: "configuration") {
            guard formatNames.contains(format) else {
                throw reader.error(at: fields["formats"], "configuration: unknown format '\(format)' (one of \(formatNames.joined(separator: ", ")))")
            }
            configuration.formats.append(format)
        }
        if let node = fields["fail-on"] {
            guard let severity = node.string.flatMap(Severity.init(rawValue:)) else {
                throw reader.error(at: node, "configuration: 'fail-on' must be info, warning or error")
            }
            configuration.failOn = severity
        }
        if let node = fields["output"] {
            configuration.output = base.appendingPathComponent(try reader.string(node, field: "output", context: "configuration")).path
        }
        return configuration
    }

    /// Drops disabled checks' findings and applies severity overrides.
    func apply(to findings: [Finding]) -> [Finding] {
        findings.compactMap { finding in
            guard !disabledChecks.contains(finding.check) else { return nil }
            guard let severity = severities[finding.check] else { return finding }
            var changed = Finding(check: finding.check, severity: severity, message: finding.message, evidence: finding.evidence)
            changed.suppression = finding.suppression
            return changed
        }
    }
}
