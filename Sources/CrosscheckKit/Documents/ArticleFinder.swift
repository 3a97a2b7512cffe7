import Foundation

/// Finds the article files under the paths a user gives, in a stable order. Folders are walked without
/// recursion (a deep tree cannot exhaust the stack) and symbolic links to folders are not followed (so a link
/// loop cannot trap the walk); a folder that cannot be read is reported and the walk goes on.
public enum ArticleFinder {
    public static let articleExtensions: Set<String> = ["txt", "text", "md", "markdown", "html", "htm", "jsonl"]

    public struct Found: Sendable {
        public var paths: [String] = []
        public var diagnostics: [Diagnostic] = []
    }

    /// Article files under `paths`: files given by name whatever their extension, and in folders, files with an
    /// article extension, sorted within each folder given; each file once. A path that does not exist is an error.
    public static func articlePaths(in paths: [String]) throws(Diagnostic) -> Found {
        var found = Found()
        for path in paths {
            var status = stat()
            guard stat(path, &status) == 0 else { throw Diagnostic(path: path, "no such file or directory") }
            guard status.st_mode & S_IFMT == S_IFDIR else { found.paths.append(path); continue }
            var inFolder: [String] = []
            var pending = [path.hasSuffix("/") ? String(path.dropLast()) : path]
            while let folder = pending.popLast() {
                guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else {
                    found.diagnostics.append(Diagnostic(path: folder, "cannot read the folder; skipped"))
                    continue
                }
                for name in names where !name.hasPrefix(".") {
                    let full = folder + "/" + name
                    var entry = stat()
                    guard lstat(full, &entry) == 0 else { continue }
                    switch entry.st_mode & S_IFMT {
                    case S_IFDIR: pending.append(full)
                    case S_IFREG, S_IFLNK:
                        // A link counts when it leads to a file; links to folders are not followed.
                        if entry.st_mode & S_IFMT == S_IFLNK, stat(full, &entry) != 0 || entry.st_mode & S_IFMT != S_IFREG { continue }
                        if articleExtensions.contains((name as NSString).pathExtension.lowercased()) { inFolder.append(full) }
                    default: continue
                    }
                }
            }
            found.paths += inFolder.sorted()
        }
        // A file named twice, or named and inside a folder also given, is one article, read once. Paths are
        // compared as written, with "." and ".." taken out: `standardizingPath` would also resolve symbolic
        // links, and two links to one file are two articles (a newsroom's mirrors, the benchmark's copies).
        var seen: Set<String> = []
        found.paths = found.paths.filter { seen.insert(URL(fileURLWithPath: $0).standardized.path).inserted }
        return found
    }
}
