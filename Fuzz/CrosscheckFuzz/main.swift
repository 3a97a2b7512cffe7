import CrosscheckKit
import Foundation

// One libFuzzer executable for every target: `crosscheck-fuzz TARGET [libFuzzer options...]`. It is built only
// with `CROSSCHECK_FUZZ=1` and `-sanitize=fuzzer` (see scripts/fuzz.sh); libFuzzer's driver takes over from here.

/// libFuzzer's driver, linked in by `-sanitize=fuzzer`.
@_silgen_name("LLVMFuzzerRunDriver")
func runFuzzerDriver(_ argc: UnsafeMutablePointer<CInt>,
                     _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
                     _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt) -> CInt

let targets: [String: @Sendable ([UInt8]) -> Void] = [
    "article": FuzzEntryPoints.article, "rule-file": FuzzEntryPoints.ruleFile, "figure": FuzzEntryPoints.figure,
]
let arguments = CommandLine.arguments
guard arguments.count > 1, let chosen = targets[arguments[1]] else {
    print("usage: crosscheck-fuzz \(targets.keys.sorted().joined(separator: "|")) [libFuzzer options]")
    exit(2)
}
/// The chosen target, read by the C callback, which cannot capture.
nonisolated(unsafe) var target: @Sendable ([UInt8]) -> Void = chosen

var argc = CInt(arguments.count - 1)
var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = UnsafeMutablePointer.allocate(capacity: arguments.count)
argv![0] = strdup(arguments[0])
for (index, argument) in arguments.dropFirst(2).enumerated() { argv![index + 1] = strdup(argument) }
argv![arguments.count - 1] = nil
exit(runFuzzerDriver(&argc, &argv) { data, count in
    target(data.map { Array(UnsafeBufferPointer(start: $0, count: count)) } ?? [])
    return 0
})
