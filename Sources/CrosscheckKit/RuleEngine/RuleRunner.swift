/// One match of one rule in a document, as byte ranges in the document's clean text.
public struct RuleMatch: Sendable {
    public let rule: Rule
    public let range: Range<Int>
    public let captures: [String: Range<Int>]
}

/// Runs a rule book over documents. Each rule runs only on the paragraphs where one of its prefilter words occurs,
/// found by a single walk of the book's prefilter trie; a rule with a `reach` runs only just before
/// those words.
public struct RuleRunner: Sendable {
    public let book: RuleBook
    /// When set, every rule's time and matches are added up here.
    public let profile: RuleProfile?

    /// The book's rules that find people and bodies, by index, and the others.
    private let speakerRules: [Int]
    private let otherRules: [Int]

    public init(book: RuleBook, profile: RuleProfile? = nil) {
        self.book = book
        self.profile = profile
        speakerRules = book.rules.indices.filter { book.rules[$0].kind.namesSpeakers }
        otherRules = book.rules.indices.filter { !book.rules[$0].kind.namesSpeakers }
    }

    /// The most matches one rule may make in one article (or part of a large file): far more than any real
    /// article has figures, and few enough that a rule matching every word cannot exhaust memory.
    static let matchesPerRule = 20_000

    /// All matches in the document, ordered by position then rule id; a rule that hits a match limit is reported
    /// (naming the rule and the paragraph) and skipped for that paragraph, so one bad rule cannot hang a run.
    /// Person and organisation rules run only in an article where a quote or attribution rule matched.
    public func run(on document: Document, matcher: Matcher) -> (matches: [RuleMatch], failures: [Diagnostic]) {
        var matches: [RuleMatch] = []
        var failures: [Diagnostic] = []
        let prefilterStarted = profile == nil ? 0 : RuleProfile.now()
        let hits = prefilterHits(in: document, matcher: matcher)
        profile?.record(rule: RuleProfile.prefilterEntry, nanoseconds: RuleProfile.now() - prefilterStarted,
                        matches: hits?.reduce(0) { $0 + $1.count } ?? 0)
        run(otherRules, on: document, hits: hits, matcher: matcher, into: &matches, failures: &failures)
        if matches.contains(where: { $0.rule.kind.hasSpeakers }) {
            run(speakerRules, on: document, hits: hits, matcher: matcher, into: &matches, failures: &failures)
        }
        matches.sort { ($0.range.lowerBound, $0.rule.id) < ($1.range.lowerBound, $1.rule.id) }
        return (matches, failures)
    }

    /// Runs the rules at `ruleIndices` of the book over the document, adding their matches and failures.
    private func run(_ ruleIndices: [Int], on document: Document, hits: [[Int]]?, matcher: Matcher,
                     into matches: inout [RuleMatch], failures: inout [Diagnostic]) {
        document.bytes.withUnsafeBufferPointer { subject in
            for ruleIndex in ruleIndices {
                let rule = book.rules[ruleIndex]
                let started = profile == nil ? 0 : RuleProfile.now()
                let before = matches.count
                defer {
                    profile?.record(rule: rule.id, nanoseconds: RuleProfile.now() - started, matches: matches.count - before)
                }
                let ruleHits = rule.prefilter.isEmpty ? nil : hits?[ruleIndex]
                var nextHit = 0
                for paragraph in document.paragraphs {
                    var windows: StartWindows?
                    if let ruleHits {
                        while nextHit < ruleHits.count, ruleHits[nextHit] < paragraph.lowerBound { nextHit += 1 }
                        let first = nextHit
                        while nextHit < ruleHits.count, ruleHits[nextHit] < paragraph.upperBound { nextHit += 1 }
                        if first == nextHit { continue }
                        if let reach = rule.reach {
                            windows = StartWindows(hits: ruleHits[first..<nextHit], reach: reach, paragraph: paragraph, of: subject)
                        }
                    }
                    let limit = RuleRunner.matchesPerRule - (matches.count - before)
                    func keep(_ match: PatternMatch) {
                        guard !match.range.isEmpty else { return }
                        matches.append(RuleMatch(rule: rule, range: match.range, captures: match.groups))
                    }
                    do throws(MatchFailure) {
                        if let windows {
                            try windows.forEachMatch(of: rule.pattern, in: subject, subjectIsASCII: document.isASCII,
                                                     matcher: matcher, limit: limit, keep)
                        } else {
                            try matcher.forEachMatch(of: rule.pattern, in: subject, subjectIsASCII: document.isASCII,
                                                     range: paragraph, limit: limit, keep)
                        }
                    } catch {
                        // Each search is given what is left of the article's limit; the message names the limit.
                        let failure = if case .tooManyMatches = error { MatchFailure.tooManyMatches(RuleRunner.matchesPerRule) } else { error }
                        let place = document.location(ofByte: paragraph.lowerBound)
                        failures.append(Diagnostic(path: place.path, line: place.line, column: place.column,
                                                   "rule '\(rule.id)' stopped: \(failure.description)"))
                        if case .tooManyMatches = error { break }
                    }
                }
            }
        }
    }

    /// For each rule, where its prefilter words start; nil when every rule may run everywhere: no rule has a
    /// prefilter, or the prefilter could not finish (then it filters nothing).
    private func prefilterHits(in document: Document, matcher: Matcher) -> [[Int]]? {
        guard book.hasPrefilter else { return nil }
        return document.bytes.withUnsafeBufferPointer { subject in
            try? book.prefilterHits(in: subject, matcher: matcher)
        }
    }
}
