import CrosscheckKit
import Foundation

/// A progress bar on standard error for long runs on a terminal; silent when standard error is not a terminal.
final class ProgressBar: Sendable {
    private let lastDrawn = Locked<(percent: Int, time: Double)>((-1, 0))
    let enabled: Bool

    init(enabled: Bool = isatty(2) == 1) { self.enabled = enabled }

    /// Redraws at most ten times a second, and only when the percentage moved.
    func update(done: Int, total: Int) {
        guard enabled, total > 0 else { return }
        let percent = done * 100 / total
        let now = Date().timeIntervalSince1970
        let draw = lastDrawn.withLock { last -> Bool in
            guard percent != last.percent, now - last.time > 0.1 || done == total else { return false }
            last = (percent, now)
            return true
        }
        guard draw else { return }
        let filled = percent * 30 / 100
        let bar = String(repeating: "#", count: filled) + String(repeating: " ", count: 30 - filled)
        let megabytes = String(format: "%.1f/%.1f MB", Double(done) / 1e6, Double(total) / 1e6)
        FileHandleOutput.writeToStandardError("\r[\(bar)] \(percent)% (\(megabytes))" + (done == total ? "\r\u{1B}[K" : ""))
    }
}
