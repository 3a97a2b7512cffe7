/// One match of one rule in a document, as byte ranges in the document's clean text.
public struct RuleMatch: Sendable {
    public let rule: Rule
    public let range: Range<Int>
    public let captures: [String: Range<Int>]
}

/// Runs a rule book over documents. Each rule runs only on the paragraphs where one of its prefilter words occurs,
/// found by a single pass of the book's combined prefilter pattern.
public struct RuleRunner: Sendable {
    public let book: RuleBook
    /// When set, every rule's time and matches are added up here.
    public let profile: RuleProfile?

    public init(book: RuleBook, profile: RuleProfile? = nil) {
        self.book = book
        self.profile = profile
    }

    /// The most matches one rule may make in one article (or part of a large file): far more than any real
    /// article has figures, and few enough that a rule matching every word cannot exhaust memory.
    static let matchesPerRule = 20_000

    /// All matches in the document, ordered by position then rule id; a rule that hits a match limit is reported
    /// (naming the rule and the paragraph) and skipped for that paragraph, so one bad rule cannot hang a run.
    public func run(on document: Document, matcher: Matcher) -> (matches: [RuleMatch], failures: [Diagnostic]) {
        var matches: [RuleMatch] = []
        var failures: [Diagnostic] = []
        let allowed = paragraphsAllowed(in: document, matcher: matcher)
        document.bytes.withUnsafeBufferPointer { subject in
            for (ruleIndex, rule) in book.rules.enumerated() {
                let started = profile == nil ? 0 : RuleProfile.now()
                let before = matches.count
                defer {
                    profile?.record(rule: rule.id, nanoseconds: RuleProfile.now() - started, matches: matches.count - before)
                }
                for (paragraphIndex, paragraph) in document.paragraphs.enumerated() {
                    if let allowed, !rule.prefilter.isEmpty,
                       !allowed[paragraphIndex * book.rules.count + ruleIndex] { continue }
                    do throws(MatchFailure) {
                        try matcher.forEachMatch(of: rule.pattern, in: subject, range: paragraph,
                                                 limit: RuleRunner.matchesPerRule - (matches.count - before)) { match in
                            guard !match.range.isEmpty else { return }
                            matches.append(RuleMatch(rule: rule, range: match.range, captures: match.groups))
                        }
                    } catch {
                        let place = document.location(ofByte: paragraph.lowerBound)
                        failures.append(Diagnostic(path: place.path, line: place.line, column: place.column,
                                                   "rule '\(rule.id)' stopped: \(error.description)"))
                        if case .tooManyMatches = error { break }
                    }
                }
            }
        }
        matches.sort { ($0.range.lowerBound, $0.rule.id) < ($1.range.lowerBound, $1.rule.id) }
        return (matches, failures)
    }

    /// A paragraphs x rules table of which rules may match where; nil when every rule may run everywhere.
    private func paragraphsAllowed(in document: Document, matcher: Matcher) -> [Bool]? {
        guard book.prefilter != nil else { return nil }
        let ruleCount = book.rules.count
        var allowed = [Bool](repeating: false, count: document.paragraphs.count * ruleCount)
        var paragraphIndex = 0
        var complete = true
        document.bytes.withUnsafeBufferPointer { subject in
            do throws(MatchFailure) {
                try book.forEachPrefilterHit(in: subject, matcher: matcher) { hit, rules in
                    while paragraphIndex < document.paragraphs.count,
                          document.paragraphs[paragraphIndex].upperBound <= hit.lowerBound { paragraphIndex += 1 }
                    guard paragraphIndex < document.paragraphs.count else { return }
                    for rule in rules { allowed[paragraphIndex * ruleCount + rule] = true }
                }
            } catch {
                complete = false
            }
        }
        // A prefilter that could not finish filters nothing: every rule runs everywhere.
        return complete ? allowed : nil
    }
}
