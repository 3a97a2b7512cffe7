import Foundation

/// Runs the built `crosscheck` binary, as a user or CI script would.
enum BuiltCommand {
    static let binary: URL = {
        let beside = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("crosscheck")
        return FileManager.default.fileExists(atPath: beside.path)
            ? beside : Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("crosscheck")
    }()

    /// Starts the command with its output going to files (so a test may kill it mid-run without pipes filling).
    /// Standard input, when given, is read from the file `input`.
    static func start(_ arguments: [String], input: URL? = nil) throws -> (process: Process, output: URL, errors: URL) {
        let scratch = try TestFiles.scratch()
        let output = scratch.appendingPathComponent("stdout"), errors = scratch.appendingPathComponent("stderr")
        _ = FileManager.default.createFile(atPath: output.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errors.path, contents: nil)
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.standardOutput = try FileHandle(forWritingTo: output)
        process.standardError = try FileHandle(forWritingTo: errors)
        if let input { process.standardInput = try FileHandle(forReadingFrom: input) }
        try process.run()
        return (process, output, errors)
    }

    /// Runs the command to the end.
    static func run(_ arguments: [String], input: URL? = nil) throws -> (status: Int32, output: String, errors: String) {
        let started = try start(arguments, input: input)
        started.process.waitUntilExit()
        return (started.process.terminationStatus, try String(contentsOf: started.output, encoding: .utf8),
                try String(contentsOf: started.errors, encoding: .utf8))
    }
}
