/// Where a rule with a `reach` may start a match in one paragraph: from `reach` bytes before each of its
/// prefilter hits up to the hit, merged where they touch. PCRE2 is then told not to start a match past a window's
/// end, so the rule skips the stretches no hit is near instead of trying every word start of the paragraph.
struct StartWindows {
    let paragraph: Range<Int>
    private(set) var windows: [ClosedRange<Int>] = []

    /// `hits` are the byte offsets, ascending, of the rule's prefilter words inside `paragraph` of `subject`.
    init(hits: some Sequence<Int>, reach: Int, paragraph: Range<Int>, of subject: UnsafeBufferPointer<UInt8>) {
        self.paragraph = paragraph
        for hit in hits {
            // A window opens on a character's first byte: PCRE2's JIT, told the text is valid UTF-8, trusts that.
            var opening = max(hit - reach, paragraph.lowerBound)
            while opening < hit, subject[opening] & 0xC0 == 0x80 { opening += 1 }
            let window = opening...hit
            if let last = windows.last, window.lowerBound <= last.upperBound + 1 {
                windows[windows.count - 1] = last.lowerBound...max(last.upperBound, hit)
            } else {
                windows.append(window)
            }
        }
    }

    /// The matches one left-to-right, non-overlapping scan of the paragraph finds, provided every one of them
    /// starts inside a window (which is what the rule's `reach` promises).
    func forEachMatch(of pattern: Pattern, in subject: UnsafeBufferPointer<UInt8>, subjectIsASCII: Bool = false,
                      matcher: Matcher, limit: Int, _ body: (PatternMatch) -> Void) throws(MatchFailure) {
        var offset = paragraph.lowerBound
        var found = 0
        for window in windows {
            offset = max(offset, window.lowerBound)
            guard offset <= window.upperBound else { continue }
            try matcher.forEachMatch(of: pattern, in: subject, subjectIsASCII: subjectIsASCII, range: offset..<paragraph.upperBound,
                                     limit: limit - found, startLimit: window.upperBound) { match in
                found += 1
                offset = max(offset, match.range.upperBound)
                body(match)
            }
        }
    }
}
