import Foundation

/// Writes reports into one output folder, each atomically (a temporary file renamed into place), so an
/// interrupted run never leaves half a report, and never outside that folder.
///
/// A report is not synced to disk before the rename, as compilers leave their outputs: it is derived from the
/// articles and made again by the next run, and on this machine's disk a sync of the corpus report.json (12 MB)
/// took 0.7 s, nearly half of the whole run. The archive, which is kept, is synced by SQLite.
public struct ReportWriter: Sendable {
    public let directory: String

    public init(directory: String) { self.directory = directory }

    /// Writes `contents` as `name` inside the folder, creating the folder if needed.
    @discardableResult
    public func write(_ contents: String, named name: String) throws(Diagnostic) -> String {
        try write(named: name) { output in output.append(contents) }
    }

    /// Writes the report `produce` gives, piece by piece as it comes, as `name` inside the folder.
    @discardableResult
    public func write(named name: String, _ produce: (inout ReportOutput) throws -> Void) throws(Diagnostic) -> String {
        guard !name.contains("/"), !name.hasPrefix(".") else { throw Diagnostic(path: name, "report names must be plain file names") }
        let folder = URL(fileURLWithPath: directory)
        do { try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true) } catch {
            throw Diagnostic(path: directory, "cannot create the output folder: \(error.localizedDescription)")
        }
        let target = folder.appendingPathComponent(name)
        let temporary = folder.appendingPathComponent(".\(name).\(ProcessInfo.processInfo.processIdentifier).tmp")
        do {
            guard FileManager.default.createFile(atPath: temporary.path, contents: nil) else { throw CocoaError(.fileWriteUnknown) }
            let file = try FileHandle(forWritingTo: temporary)
            defer { try? file.close() }
            var output = ReportOutput(file: file)
            try produce(&output)
            try output.flush()
            if rename(temporary.path, target.path) != 0 { throw CocoaError(.fileWriteUnknown) }
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw Diagnostic(path: target.path, "cannot write the report: \(error.localizedDescription)")
        }
        return target.path
    }
}
