import Dispatch

/// Time spent in each rule over a run (`--profile`), so a user sees which rule, a custom one say, is slow.
public final class RuleProfile: Sendable {
    public struct Entry: Sendable, Equatable {
        public let rule: String
        public let seconds: Double
        public let matches: Int
    }

    /// The entry for the one search of every rule's prefilter words, which decides where the rules run; its
    /// matches are the hits summed over the rules.
    static let prefilterEntry = "(prefilter)"

    private let totals = Locked<[String: (nanoseconds: UInt64, matches: Int)]>([:])

    public init() {}

    func record(rule: String, nanoseconds: UInt64, matches: Int) {
        totals.withLock { all in
            let old = all[rule] ?? (0, 0)
            all[rule] = (old.nanoseconds + nanoseconds, old.matches + matches)
        }
    }

    /// Rules from slowest to fastest.
    public var entries: [Entry] {
        totals.withLock { all in
            all.map { Entry(rule: $0.key, seconds: Double($0.value.nanoseconds) / 1e9, matches: $0.value.matches) }
        }.sorted { ($0.seconds, $1.rule) > ($1.seconds, $0.rule) }
    }

    /// A table for standard error: rule, seconds, share of the rules' time, matches.
    public var table: String {
        let entries = self.entries
        let total = max(entries.reduce(0) { $0 + $1.seconds }, 1e-9)
        var text = "rule                          seconds   share  matches\n"
        for entry in entries {
            let name = entry.rule.padding(toLength: 28, withPad: " ", startingAt: 0)
            text += name + "  " + String(format: "%7.3f  %5.1f%%  %7d", entry.seconds, entry.seconds / total * 100, entry.matches) + "\n"
        }
        return text
    }

    static func now() -> UInt64 { DispatchTime.now().uptimeNanoseconds }
}
