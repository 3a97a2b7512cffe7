import Yams

/// Reads a YAML rule file node by node, turning every problem into a diagnostic with the file, line and column.
struct YAMLReader {
    let path: String

    func parse(_ text: String) throws(Diagnostic) -> Node {
        do {
            guard let node = try Yams.compose(yaml: text) else { throw Diagnostic(path: path, line: 1, column: 1, "empty rule file") }
            return node
        } catch let diagnostic as Diagnostic {
            throw diagnostic
        } catch {
            let position = YAMLErrorPosition(error)
            throw Diagnostic(path: path, line: position.line, column: position.column, "invalid YAML: \(position.problem)")
        }
    }

    func error(at node: Node?, _ message: String) -> Diagnostic {
        Diagnostic(path: path, line: node?.mark?.line, column: node?.mark?.column, message)
    }

    /// The pairs of a mapping, after checking every key is one of `allowed` and every `required` key is present.
    func mapping(_ node: Node, allowed: [String], required: [String], context: String) throws(Diagnostic) -> [String: Node] {
        guard case let .mapping(mapping) = node else { throw error(at: node, "\(context) must be a mapping") }
        var values: [String: Node] = [:]
        for (key, value) in mapping {
            guard let name = key.string, allowed.contains(name) else {
                throw error(at: key, "\(context): unknown key '\(key.string ?? "?")' (allowed: \(allowed.joined(separator: ", ")))")
            }
            values[name] = value
        }
        for name in required where values[name] == nil {
            throw error(at: node, "\(context): missing required field '\(name)'")
        }
        return values
    }

    func string(_ node: Node?, field: String, context: String) throws(Diagnostic) -> String {
        guard let node, case let .scalar(scalar) = node, !scalar.string.isEmpty else {
            throw error(at: node, "\(context): '\(field)' must be a non-empty string")
        }
        return scalar.string
    }

    func strings(_ node: Node?, field: String, context: String) throws(Diagnostic) -> [String] {
        guard let node else { return [] }
        if case .scalar = node { return [try string(node, field: field, context: context)] }
        guard case let .sequence(sequence) = node else { throw error(at: node, "\(context): '\(field)' must be a list of strings") }
        var result: [String] = []
        for item in sequence { result.append(try string(item, field: field, context: context)) }
        return result
    }

    func bool(_ node: Node?, field: String, context: String) throws(Diagnostic) -> Bool {
        guard let node else { return false }
        guard let value = node.bool else { throw error(at: node, "\(context): '\(field)' must be true or false") }
        return value
    }

    /// A whole number from `range`, or nil when the field is absent.
    func integer(_ node: Node?, in range: ClosedRange<Int>, field: String, context: String) throws(Diagnostic) -> Int? {
        guard let node else { return nil }
        guard let value = node.int, range.contains(value) else {
            throw error(at: node, "\(context): '\(field)' must be a whole number from \(range.lowerBound) to \(range.upperBound)")
        }
        return value
    }

    /// A mapping of measures to tolerances, each a fraction from 0 to 1 (`Rules/settings.yml`, `crosscheck.yml`).
    func tolerances(_ node: Node?, context: String) throws(Diagnostic) -> [String: Double] {
        guard let node else { return [:] }
        guard case let .mapping(mapping) = node else { throw error(at: node, "\(context): 'tolerances' must map measures to fractions") }
        var tolerances: [String: Double] = [:]
        for (key, value) in mapping {
            let measure = try string(key, field: "tolerances", context: context)
            guard let number = value.float, number >= 0, number < 1 else {
                throw error(at: value, "\(context): tolerance for '\(measure)' must be a number from 0 to 1")
            }
            tolerances[measure] = number
        }
        return tolerances
    }

    /// The file position of byte `offset` inside a scalar's text, following its YAML style
    /// (plain or quoted on one line, or a `|` / `>` block on the lines below its key).
    func position(ofByte offset: Int, in node: Node, fileLines: [Substring]) -> (line: Int, column: Int) {
        guard case let .scalar(scalar) = node, let mark = scalar.mark else { return (node.mark?.line ?? 1, node.mark?.column ?? 1) }
        let before = String(decoding: scalar.string.utf8.prefix(offset), as: UTF8.self)
        let newlines = before.filter { $0 == "\n" }.count
        let lastLine = before.split(separator: "\n", omittingEmptySubsequences: false).last ?? ""
        switch scalar.style {
        case .literal, .folded:
            let firstContent = mark.line + 1 + newlines
            let text = firstContent - 1 < fileLines.count ? fileLines[firstContent - 1] : ""
            let indent = text.prefix { $0 == " " }.count
            return (firstContent, indent + lastLine.count + 1)
        case .singleQuoted, .doubleQuoted:
            return (mark.line + newlines, (newlines == 0 ? mark.column + 1 : 1) + lastLine.count)
        default:
            return (mark.line + newlines, (newlines == 0 ? mark.column : 1) + lastLine.count)
        }
    }
}
