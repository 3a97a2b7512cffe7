import CPCRE2

/// One match: its byte range in the subject and the byte ranges of the named groups that took part.
public struct PatternMatch: Sendable, Equatable {
    public let range: Range<Int>
    public let groups: [String: Range<Int>]
}

/// Limits that stop a runaway pattern quickly instead of letting it hang a run.
public struct MatchLimits: Sendable, Equatable {
    public var matchLimit: UInt32
    public var depthLimit: UInt32
    public var jitStackBytes: Int

    public init(matchLimit: UInt32 = 1_000_000, depthLimit: UInt32 = 100_000, jitStackBytes: Int = 32 << 20) {
        self.matchLimit = matchLimit
        self.depthLimit = depthLimit
        self.jitStackBytes = jitStackBytes
    }
}

/// Per-thread matching state: match context, JIT stack and match data.
///
/// PCRE2 match data and JIT stacks must not be shared between threads, so each worker owns a `Matcher`.
public final class Matcher {
    private let context: OpaquePointer
    private let jitStack: OpaquePointer?
    private var matchData: OpaquePointer
    private var matchDataPairs: Int

    public init(limits: MatchLimits = MatchLimits()) {
        context = pcre2_match_context_create_8(nil)
        pcre2_set_match_limit_8(context, limits.matchLimit)
        pcre2_set_depth_limit_8(context, limits.depthLimit)
        jitStack = pcre2_jit_stack_create_8(32 * 1024, limits.jitStackBytes, nil)
        pcre2_jit_stack_assign_8(context, nil, UnsafeMutableRawPointer(jitStack))
        matchDataPairs = 64
        matchData = pcre2_match_data_create_8(UInt32(matchDataPairs), nil)
    }

    deinit {
        pcre2_match_data_free_8(matchData)
        if let jitStack { pcre2_jit_stack_free_8(jitStack) }
        pcre2_match_context_free_8(context)
    }

    /// Calls `body` for every match (with `overlapping`, one per start position; else non-overlapping) of `pattern` that starts and ends inside `range` of `subject`.
    /// With a `startLimit` (the pattern must be compiled with `.startLimit`), only matches starting at or before it.
    ///
    /// The subject must be valid UTF-8: it is validated once when a document is loaded, so matching skips
    /// PCRE2's own check (which would otherwise re-scan the rest of the subject on every call). With
    /// `subjectIsASCII`, the caller vouches that no byte of the whole subject is above 0x7F, and the pattern's
    /// ASCII form runs.
    public func forEachMatch(
        of pattern: Pattern,
        in subject: UnsafeBufferPointer<UInt8>,
        subjectIsASCII: Bool = false,
        range: Range<Int>? = nil,
        overlapping: Bool = false,
        limit: Int = .max,
        startLimit: Int? = nil,
        _ body: (PatternMatch) -> Void
    ) throws(MatchFailure) {
        ensureCapacity(for: pattern)
        // Set on every call, so a limit never carries over to the next search.
        pcre2_set_offset_limit_8(context, startLimit ?? cpcre2_unset())
        let range = range ?? 0..<subject.count
        guard let base = subject.baseAddress ?? UnsafePointer(bitPattern: 1) else { return }
        let ovector = pcre2_get_ovector_pointer_8(matchData)!
        let unset = cpcre2_unset()
        var offset = range.lowerBound
        var retryOptions: UInt32 = 0
        var count = 0
        let compiled = pattern.compiled(forASCII: subjectIsASCII)
        // The JIT entry trusts its caller not to start a search past the start limit.
        let lastStart = min(startLimit ?? range.upperBound, range.upperBound)
        while offset <= lastStart {
            // The JIT entry skips the interpreter's checks, but takes no ANCHORED option: retries go the long way.
            let rc = compiled.isJITCompiled && retryOptions == 0
                ? pcre2_jit_match_8(compiled.code, base, range.upperBound, offset, 0, matchData, context)
                : pcre2_match_8(compiled.code, base, range.upperBound, offset,
                                UInt32(PCRE2_NO_UTF_CHECK) | retryOptions, matchData, context)
            if rc == PCRE2_ERROR_NOMATCH {
                guard retryOptions != 0, offset < lastStart else { return }
                // The empty match at `offset` had no non-empty alternative: step over one UTF-8 character.
                offset = Matcher.nextCharacter(after: offset, in: subject, limit: range.upperBound)
                retryOptions = 0
                continue
            }
            if rc < 0 { throw MatchFailure(code: rc) }
            if count == limit { throw MatchFailure.tooManyMatches(limit) }
            count += 1
            let start = ovector[0], end = ovector[1]
            var groups: [String: Range<Int>] = [:]
            for (name, number) in pattern.groupNames {
                let groupStart = ovector[2 * number]
                if groupStart != unset { groups[name] = groupStart..<ovector[2 * number + 1] }
            }
            body(PatternMatch(range: start..<end, groups: groups))
            if overlapping, start < range.upperBound {
                offset = Matcher.nextCharacter(after: start, in: subject, limit: range.upperBound)
                retryOptions = 0
                continue
            }
            offset = end
            retryOptions = start == end ? UInt32(PCRE2_NOTEMPTY_ATSTART) | UInt32(PCRE2_ANCHORED) : 0
        }
    }

    /// Every match of `pattern` in a Swift string; used by rule examples and tests, not on documents.
    public func matches(of pattern: Pattern, in text: String) throws(MatchFailure) -> [PatternMatch] {
        var found: [PatternMatch] = []
        var text = text
        var failure: MatchFailure?
        text.withUTF8 { buffer in
            let isASCII = buffer.allSatisfy { $0 < 0x80 }
            do throws(MatchFailure) {
                try forEachMatch(of: pattern, in: buffer, subjectIsASCII: isASCII) { found.append($0) }
            } catch { failure = error }
        }
        if let failure { throw failure }
        return found
    }

    private func ensureCapacity(for pattern: Pattern) {
        let needed = pattern.captureCount + 1
        guard needed > matchDataPairs else { return }
        pcre2_match_data_free_8(matchData)
        matchDataPairs = needed
        matchData = pcre2_match_data_create_8(UInt32(needed), nil)
    }

    private static func nextCharacter(after offset: Int, in subject: UnsafeBufferPointer<UInt8>, limit: Int) -> Int {
        var next = offset + 1
        while next < limit, subject[next] & 0xC0 == 0x80 { next += 1 }
        return next
    }
}
