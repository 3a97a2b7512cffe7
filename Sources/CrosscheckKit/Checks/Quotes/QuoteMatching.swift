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
    /// A run of words found in more quotes than this is a set phrase and says nothing about a pair.
    static let commonRun = 50

    /// Every pair of quotes from different articles that shares a three-word run (not a set phrase) and is at
    /// least `minimumSimilarity` alike and that `keep` accepts, in quote order. Words are numbered and each run packed into one integer,
    /// and the runs are sorted rather than hashed, so the index holds no strings and no array per run; reading
    /// the quotes and comparing the candidate pairs run on every core.
    static func pairs(in quotes: [Quote], minimumSimilarity: Double,
                      keeping keep: @Sendable (Pair) -> Bool = { _ in true }) -> [Pair] {
        let words = parallelCompactMap(Array(quotes.indices)) { QuoteWords(quotes[$0].text) }
        var numbers: [String: UInt64] = [:]
        var runs: [(run: UInt64, quote: Int32)] = []
        for (position, quoteWords) in words.enumerated() {
            let plain = quoteWords.words
            guard plain.count >= minimumWords else { continue }
            let ids = plain.map { word -> UInt64 in
                if let id = numbers[word] { return id }
                let id = UInt64(numbers.count) & 0x1F_FFFF
                numbers[word] = id
                return id
            }
            for start in 0...(ids.count - 3) {
                runs.append((ids[start] << 42 | ids[start + 1] << 21 | ids[start + 2], Int32(position)))
            }
        }
        runs.sort { ($0.run, $0.quote) < ($1.run, $1.quote) }
        var candidates: [UInt64] = []
        var start = 0
        while start < runs.count {
            var end = start + 1
            while end < runs.count, runs[end].run == runs[start].run { end += 1 }
            // The quotes holding this run, each once (a quote may repeat a run).
            var holders: [Int32] = []
            for index in start..<end where holders.last != runs[index].quote { holders.append(runs[index].quote) }
            if holders.count > 1, holders.count <= commonRun {
                for (offset, a) in holders.enumerated() {
                    for b in holders[(offset + 1)...] { candidates.append(UInt64(a) << 32 | UInt64(b)) }
                }
            }
            start = end
        }
        candidates.sort()
        var unique: [UInt64] = []
        for candidate in candidates where unique.last != candidate { unique.append(candidate) }

        return parallelCompactMap(unique) { candidate -> Pair? in
            let a = Int(candidate >> 32), b = Int(candidate & 0xFFFF_FFFF)
            let first = quotes[a], second = quotes[b]
            guard first.path != second.path || first.recordID != second.recordID else { return nil }
            // The same words from the same speaker: no check reports them, and no diff is needed to know it.
            if first.speaker == second.speaker, words[a] == words[b] { return nil }
            let comparison = QuoteComparison(words[a], words[b])
            guard comparison.similarity >= minimumSimilarity else { return nil }
            let pair = Pair(first: first, second: second, comparison: comparison)
            return keep(pair) ? pair : nil
        }
    }

    /// `transform` over every element on every core, the non-nil results in input order. Nil results take no
    /// room: there may be millions of candidate pairs and few kept.
    static func parallelCompactMap<Element: Sendable, Result: Sendable>(_ elements: [Element],
                                                                        _ transform: @Sendable (Element) -> Result?) -> [Result] {
        let chunkSize = 4_096
        let chunks = (elements.count + chunkSize - 1) / chunkSize
        let done = Locked<[Int: [Result]]>([:])
        DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
            let results = elements[(chunk * chunkSize)..<min(elements.count, (chunk + 1) * chunkSize)].compactMap(transform)
            done.withLock { $0[chunk] = results }
        }
        return done.withLock { all in (0..<chunks).flatMap { all[$0]! } }
    }
}

extension Quote {
    /// Where the quote stands, for messages: `file.txt` or `file.jsonl#id`.
    var place: String {
        (path.split(separator: "/").last.map(String.init) ?? path) + (recordID.map { "#\($0)" } ?? "")
    }

    var evidence: Evidence { Evidence(item, path: path, recordID: recordID) }
}
