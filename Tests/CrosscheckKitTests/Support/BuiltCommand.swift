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

    /// The Python parent did not report a status and a peak; `printed` is what it wrote instead.
    struct MeasuringFailed: Error {
        let printed: String
    }

    /// Runs the command to the end under a small Python parent, its output discarded, and returns its exit code and
    /// peak resident memory. The peak cannot be read from a child of the test runner: Linux starts a process's
    /// `ru_maxrss` at its parent's own peak when it calls exec, so it would measure the runner, which holds every
    /// test running beside this one.
    static func runMeasuringPeakMemory(_ arguments: [String]) throws -> (status: Int32, peakMegabytes: Double) {
        let parent = """
            import os, sys
            pid = os.fork()
            if pid == 0:
                null = os.open(os.devnull, os.O_WRONLY)
                os.dup2(null, 1)
                os.dup2(null, 2)
                os.execv(sys.argv[1], sys.argv[1:])
            _, status, usage = os.wait4(pid, 0)
            print(os.waitstatus_to_exitcode(status), usage.ru_maxrss)
            """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", parent, binary.path] + arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let printed = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        let fields = printed.split(separator: " ").compactMap { Double($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
        guard process.terminationStatus == 0, fields.count == 2 else {
            throw MeasuringFailed(printed: printed)
        }
        return (Int32(fields[0]), fields[1] / 1024)
    }
}
