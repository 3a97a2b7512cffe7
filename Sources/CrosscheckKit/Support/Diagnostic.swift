import Glibc

/// A place in an input file, 1-based; `column` counts Unicode scalars so multi-byte characters count once.
public struct SourceLocation: Sendable, Hashable, Codable, Comparable {
    public let path: String
    public let line: Int
    public let column: Int

    public init(path: String, line: Int, column: Int) {
        self.path = path
        self.line = line
        self.column = column
    }

    public static func < (a: SourceLocation, b: SourceLocation) -> Bool {
        (a.path, a.line, a.column) < (b.path, b.line, b.column)
    }

    /// `path:line:column`, the form editors and CI annotations understand.
    public var description: String { "\(path):\(line):\(column)" }
}

/// A problem with an input (an article, a rule file): where it is and what is wrong.
public struct Diagnostic: Error, Sendable, Hashable, CustomStringConvertible {
    public enum Severity: String, Sendable { case error, warning }
    public let severity: Severity
    /// The file; line and column are nil when the problem is with the file as a whole.
    public let path: String
    public let line: Int?
    public let column: Int?
    public let message: String

    public init(_ severity: Severity = .error, path: String, line: Int? = nil, column: Int? = nil, _ message: String) {
        self.severity = severity
        self.path = path
        self.line = line
        self.column = column
        self.message = message
    }

    public var description: String {
        var place = path
        if let line { place += ":\(line)" }
        if let column { place += ":\(column)" }
        return "\(place): \(severity.rawValue): \(message)"
    }
}

/// Several diagnostics raised together, so a user sees every broken rule in one run.
public struct DiagnosticList: Error, Sendable, CustomStringConvertible {
    public let diagnostics: [Diagnostic]
    public init(_ diagnostics: [Diagnostic]) { self.diagnostics = diagnostics }
    public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}

/// Writes whole strings straight to a file descriptor: `print` goes character by character through a lock,
/// which cost more than rendering a large JSON report.
public enum FileHandleOutput {
    public static func writeToStandardOutput(_ text: String) { write(text, to: 1) }
    public static func writeToStandardError(_ text: String) { write(text, to: 2) }

    private static func write(_ text: String, to descriptor: Int32) {
        var text = text
        text.withUTF8 { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = Glibc.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written <= 0 { return }
                offset += written
            }
        }
    }
}
