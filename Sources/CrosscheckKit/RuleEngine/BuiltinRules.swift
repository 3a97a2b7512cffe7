import Foundation

/// Finds the built-in `Rules/` folder: `$CROSSCHECK_RULES` if set, else the `Rules` folder of the checkout the
/// executable was built in (found by walking up from the executable), so `swift run` works from any directory.
public enum BuiltinRules {
    public static func directory(executablePath: String = Bundle.main.executablePath ?? CommandLine.arguments[0]) -> String? {
        if let override = ProcessInfo.processInfo.environment["CROSSCHECK_RULES"], !override.isEmpty { return override }
        var url = URL(fileURLWithPath: executablePath).resolvingSymlinksInPath().deletingLastPathComponent()
        for _ in 0..<8 {
            let candidate = url.appendingPathComponent("Rules")
            let marker = candidate.appendingPathComponent("fragments")
            if FileManager.default.fileExists(atPath: marker.path) { return candidate.path }
            url.deleteLastPathComponent()
        }
        return nil
    }
}
