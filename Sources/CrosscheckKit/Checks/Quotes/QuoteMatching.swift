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

    static func pairs(in quotes: [Quote], minimumSimilarity: Double) -> [Pair] {
        let words = quotes.map { QuoteWords($0.text) }
        var index: [String: [Int]] = [:]
        for (position, quoteWords) in words.enumerated() where quoteWords.words.count >= minimumWords {
            for shingle in quoteWords.shingles { index[shingle, default: []].append(position) }
        }
        var shared: [Int: [Int: Int]] = [:]
        for postings in index.values where postings.count > 1 && postings.count <= commonRun {
            for (offset, a) in postings.enumerated() {
                for b in postings[(offset + 1)...] { shared[a, default: [:]][b, default: 0] += 1 }
            }
        }
        var pairs: [Pair] = []
        for a in shared.keys.sorted() {
            for b in shared[a]!.keys.sorted() {
                let first = quotes[a], second = quotes[b]
                guard first.path != second.path || first.recordID != second.recordID else { continue }
                let comparison = QuoteComparison(words[a], words[b])
                if comparison.similarity >= minimumSimilarity { pairs.append(Pair(first: first, second: second, comparison: comparison)) }
            }
        }
        return pairs
    }
}

extension Quote {
    /// Where the quote stands, for messages: `file.txt` or `file.jsonl#id`.
    var place: String {
        (path.split(separator: "/").last.map(String.init) ?? path) + (recordID.map { "#\($0)" } ?? "")
    }

    var evidence: Evidence { Evidence(item, path: path, recordID: recordID) }
}
