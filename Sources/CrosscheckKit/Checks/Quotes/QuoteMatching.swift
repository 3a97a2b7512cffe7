import Foundation

/// Finds pairs of quotes from different articles that share words, through an index of three-word runs,
/// so that hundreds of thousands of quotes are never compared all against all.
struct QuoteMatching {
    struct Pair: Sendable {
        let first: Quote
        let second: Quote
        let comparison: QuoteComparison
    }

    /// Quotes shorter than this are phrases ("in Chinese colors"), too common to compare.
    static let minimumWords = 5
    /// Whether a quote is long enough to be paired at all; a run without sources keeps only these. Pairing splits
    /// the words again, once per distinct text: keeping them with every quote of a large run would cost more
    /// memory than the second split costs time.
    static func canPair(_ quote: Quote) -> Bool { QuoteWords.wordCount(quote.text) >= minimumWords }

    /// A run of words found in more quotes than this is a set phrase and says nothing about a pair.
    static let commonRun = 50
    /// How many top bits of a run key choose its bucket.
    static let bucketBits = 4

    /// Every pair of quotes from different articles that shares a three-word run (not a set phrase) and is at
    /// least `minimumSimilarity` alike and that `keep` accepts, ordered by the first quote, then the second.
    ///
    /// Quotes with the same text are folded into one class first, so a quote repeated across many articles
    /// (wire copy, syndication) is indexed and compared once, and candidate pairs grow with the number of
    /// distinct quotes, not with the square of the copies. Each run of three words becomes one integer with its
    /// class (a hash collision only adds a candidate that the comparison then drops), and the integers are
    /// sorted rather than hashed, so the index holds no strings and no array per run; reading the quotes,
    /// hashing their runs and comparing the candidate classes run on every core.
    static func pairs(in quotes: [Quote], spelling: SpellingVariants, minimumSimilarity: Double,
                      keeping keep: @Sendable (Pair) -> Bool = { _ in true }) -> [Pair] {
        let classes = QuoteClasses(quotes, spelling: spelling)
        // Each key is a run's hash with the class number in its low bits, so sorting plain integers groups the
        // classes by run. The class takes as few bits as the count needs; the hash keeps the rest. The keys are
        // spread over buckets by their top bits, and each bucket is sorted and scanned on its own core.
        let classBits = max(1, UInt64.bitWidth - UInt64(classes.count).leadingZeroBitCount)
        let classKeys = Parallel.compactMap(Array(0..<classes.count)) { quoteClass -> [UInt64]? in
            let hashes = classes.wordHashes(quoteClass)
            guard hashes.count >= minimumWords else { return [] }
            return (hashes.startIndex...(hashes.endIndex - 3)).map { start in
                let run = QuoteMatching.mix(QuoteMatching.mix(hashes[start]) ^ hashes[start + 1]) ^ hashes[start + 2]
                return (QuoteMatching.mix(run) >> classBits) << classBits | UInt64(quoteClass)
            }
        }
        var buckets = [[UInt64]](repeating: [], count: 1 << bucketBits)
        for keys in classKeys {
            for key in keys { buckets[Int(key >> UInt64(UInt64.bitWidth - bucketBits))].append(key) }
        }
        let candidates = Parallel.compactMap(buckets, chunkSize: 1) { bucket -> [UInt64]? in
            QuoteMatching.candidatePairs(sortedKeys: bucket.sorted(), classBits: classBits)
        }.flatMap { $0 }.sorted()
        var unique: [UInt64] = []
        for candidate in candidates where unique.last != candidate { unique.append(candidate) }
        // A class is also paired with itself: the same words from two different speakers.
        let repeated = (0..<classes.count).filter { quoteClass in
            classes.members(quoteClass).count > 1 && classes.wordHashes(quoteClass).count >= minimumWords
        }.map { UInt64($0) << 32 | UInt64($0) }

        @Sendable func pair(_ a: Int, _ b: Int, _ comparison: QuoteComparison) -> Pair? {
            let first = quotes[a], second = quotes[b]
            guard first.path != second.path || first.recordID != second.recordID else { return nil }
            let pair = Pair(first: first, second: second, comparison: comparison)
            return keep(pair) ? pair : nil
        }
        let found = Parallel.compactMap(unique + repeated) { candidate -> [(Int, Int, Pair)]? in
            let oneClass = Int(candidate >> 32), otherClass = Int(candidate & 0xFFFF_FFFF)
            let one = classes.members(oneClass), other = classes.members(otherClass)
            var kept: [(Int, Int, Pair)] = []
            if oneClass == otherClass {
                var comparison: QuoteComparison?
                for (offset, a) in one.enumerated() {
                    // The same words from the same speaker: no check reports them, and no diff is needed to know it.
                    for b in one.dropFirst(offset + 1) where quotes[a].speaker != quotes[b].speaker {
                        if comparison == nil {
                            let words = classes.words(oneClass)
                            comparison = QuoteComparison(words, words)
                        }
                        if let pair = pair(a, b, comparison!) { kept.append((a, b, pair)) }
                    }
                }
                return kept.isEmpty ? nil : kept
            }
            guard QuoteMatching.similarityBound(classes.sortedWordHashes(oneClass), classes.sortedWordHashes(otherClass)) >= minimumSimilarity
            else { return nil }
            let oneWords = classes.words(oneClass), otherWords = classes.words(otherClass)
            let forward = QuoteComparison(oneWords, otherWords)
            guard forward.similarity >= minimumSimilarity else { return nil }
            // Members of the later class may stand before members of the earlier one; the pair keeps quote order.
            var backward: QuoteComparison?
            for a in one {
                for b in other {
                    if a < b {
                        if let pair = pair(a, b, forward) { kept.append((a, b, pair)) }
                    } else {
                        backward = backward ?? QuoteComparison(otherWords, oneWords)
                        if let pair = pair(b, a, backward!) { kept.append((b, a, pair)) }
                    }
                }
            }
            return kept.isEmpty ? nil : kept
        }
        let all = found.flatMap { $0 }
        return all.indices.sorted { (all[$0].0, all[$0].1) < (all[$1].0, all[$1].1) }.map { all[$0].2 }
    }

    /// Pairs of classes (first class in the high half) that hold the same run, from keys sorted so that each
    /// run's classes stand together; a run held by more than `commonRun` classes is a set phrase and skipped.
    static func candidatePairs(sortedKeys keys: [UInt64], classBits: Int) -> [UInt64] {
        let classMask: UInt64 = (1 << classBits) - 1
        var candidates: [UInt64] = []
        var start = 0
        while start < keys.count {
            var end = start + 1
            while end < keys.count, keys[end] >> classBits == keys[start] >> classBits { end += 1 }
            if end - start > 1 {
                // The classes holding this run, each once (a quote may repeat a run), in order.
                var holders: [UInt64] = []
                for index in start..<end where holders.last != keys[index] & classMask { holders.append(keys[index] & classMask) }
                if holders.count > 1, holders.count <= commonRun {
                    for (offset, a) in holders.enumerated() {
                        for b in holders[(offset + 1)...] { candidates.append(a << 32 | b) }
                    }
                }
            }
            start = end
        }
        return candidates
    }

    /// The most two quotes' similarity can be, from the words they share in any order: the comparison counts
    /// words common in order, never more. Far cheaper than the comparison, so most candidates stop here. Both
    /// word hash lists come sorted.
    static func similarityBound(_ a: ArraySlice<UInt64>, _ b: ArraySlice<UInt64>) -> Double {
        guard !a.isEmpty || !b.isEmpty else { return 1 }
        var i = a.startIndex, j = b.startIndex, shared = 0
        while i < a.endIndex, j < b.endIndex {
            if a[i] == b[j] { shared += 1; i += 1; j += 1 } else if a[i] < b[j] { i += 1 } else { j += 1 }
        }
        return 2 * Double(shared) / Double(a.count + b.count)
    }

    /// A 64-bit mixing step (the SplitMix64 finalizer), so runs that share words still spread over every bit.
    static func mix(_ value: UInt64) -> UInt64 {
        var z = value &+ 0x9E37_79B9_7F4A_7C15
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

}

extension Quote {
    /// Where the quote stands, for messages: `file.txt` or `file.jsonl#id`.
    var place: String { Document.place(path: path, recordID: recordID) }

    var evidence: Evidence { Evidence(item, path: path, recordID: recordID) }
}
