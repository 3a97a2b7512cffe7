import Yams

/// The line, column and problem of a Yams parse error.
struct YAMLErrorPosition {
    let line: Int?
    let column: Int?
    let problem: String

    init(_ error: Error) {
        if let yamlError = error as? YamlError {
            switch yamlError {
            case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _),
                 let .composer(context, problem, mark, _):
                line = mark.line
                column = mark.column
                self.problem = [context?.text, problem].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: " ")
                return
            case let .reader(problem, _, _, _):
                line = nil; column = nil; self.problem = problem
                return
            default: break
            }
        }
        line = nil
        column = nil
        problem = "\(error)"
    }
}
