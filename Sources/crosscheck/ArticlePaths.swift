import ArgumentParser
import CrosscheckKit
import Foundation

/// The articles a command reads: files and folders given as arguments, and those a `--paths-from` list names, one
/// per line (`-` reads standard input). A list suits a run over thousands of files: the argument parser takes
/// time that grows with the square of the number of arguments (12 s for 22,000 files), and a command line has a
/// length limit.
struct ArticlePaths: ParsableArguments {
    @Argument(help: "Article files or folders (.txt, .md, .html, .jsonl).")
    var paths: [String] = []

    @Option(name: .customLong("paths-from"), help: "A file listing article files or folders, one per line (- for standard input).")
    var pathsFrom: String?

    func validate() throws {
        if paths.isEmpty && pathsFrom == nil {
            throw ValidationError("Give at least one article file or folder, or --paths-from FILE.")
        }
    }

    /// The paths given as arguments, then those listed, in order; empty lines are skipped, and a line ends at
    /// "\n" or "\r\n".
    func all() throws(Diagnostic) -> [String] {
        guard let pathsFrom else { return paths }
        let data: Data?
        if pathsFrom == "-" {
            data = try? FileHandle.standardInput.readToEnd() ?? Data()
        } else {
            data = FileManager.default.contents(atPath: pathsFrom)
        }
        guard let data else { throw Diagnostic(path: pathsFrom, "cannot read the list of paths") }
        guard let text = String(data: data, encoding: .utf8) else {
            throw Diagnostic(path: pathsFrom, "the list of paths is not UTF-8 text")
        }
        // "\r\n" is one Character, which a split at "\n" would not cut.
        let listed = text.split(whereSeparator: \.isNewline).map(String.init)
        guard !listed.isEmpty || !paths.isEmpty else { throw Diagnostic(path: pathsFrom, "the list of paths is empty") }
        return paths + listed
    }
}
