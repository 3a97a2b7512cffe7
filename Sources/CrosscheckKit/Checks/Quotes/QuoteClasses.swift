/// Quotes grouped by their text: each class lists, in quote order, the quotes with exactly the same text, and
/// its words are hashed once. A quote repeated in many articles then costs one index entry, not one per copy.
///
/// A run may hold half a million quotes, so the classes live in a few flat arrays rather than in arrays of their
/// own, and a class's words are not kept: only the few classes in a candidate pair need them, and reading those
/// again costs less than holding every quote's words.
struct QuoteClasses: Sendable {
    private let quotes: [Quote]
    private let spelling: SpellingVariants
    /// Quote indices grouped by class, classes numbered in the order their first quote appears; class `c` is
    /// `memberIndices[memberStarts[c]..<memberStarts[c + 1]]`, in quote order.
    private let memberIndices: [Int]
    private let memberStarts: [Int]
    /// The hash of each word as compared (its key), class after class in word order; the same hashes sorted
    /// within each class, for the bound on two classes' likeness that every candidate pair is tested by.
    private let hashes: [UInt64]
    private let sortedHashes: [UInt64]
    private let hashStarts: [Int]

    init(_ quotes: [Quote], spelling: SpellingVariants) {
        self.quotes = quotes
        self.spelling = spelling
        let (indices, starts) = QuoteClasses.grouped(quotes)
        memberIndices = indices
        memberStarts = starts

        // Each core hashes a slice of the classes into one array of its own.
        let sliceSize = 4_096, classes = starts.count - 1
        let slices = Parallel.compactMap(Array(stride(from: 0, to: classes, by: sliceSize)), chunkSize: 1) {
            first -> (hashes: [UInt64], sorted: [UInt64], counts: [Int])? in
            var hashes: [UInt64] = [], sorted: [UInt64] = [], counts: [Int] = []
            for quoteClass in first..<min(first + sliceSize, classes) {
                let classHashes = QuoteWords(quotes[indices[starts[quoteClass]]].text, spelling: spelling).keyHashes
                hashes += classHashes
                sorted += classHashes.sorted()
                counts.append(classHashes.count)
            }
            return (hashes, sorted, counts)
        }
        hashes = slices.flatMap(\.hashes)
        sortedHashes = slices.flatMap(\.sorted)
        var hashStarts = [0]
        hashStarts.reserveCapacity(classes + 1)
        for slice in slices {
            for count in slice.counts { hashStarts.append(hashStarts.last! + count) }
        }
        self.hashStarts = hashStarts
    }

    /// The quote indices grouped by text, as `memberIndices` and `memberStarts` hold them.
    private static func grouped(_ quotes: [Quote]) -> (indices: [Int], starts: [Int]) {
        var classOf: [String: Int] = [:]
        classOf.reserveCapacity(quotes.count)
        var classOfQuote: [Int] = []
        classOfQuote.reserveCapacity(quotes.count)
        for quote in quotes {
            if let known = classOf[quote.text] {
                classOfQuote.append(known)
            } else {
                let number = classOf.count
                classOfQuote.append(number)
                classOf[quote.text] = number
            }
        }
        // A counting sort by class keeps each class's quotes in quote order.
        var starts = [Int](repeating: 0, count: classOf.count + 1)
        for quoteClass in classOfQuote { starts[quoteClass + 1] += 1 }
        for quoteClass in 0..<classOf.count { starts[quoteClass + 1] += starts[quoteClass] }
        var next = starts, indices = [Int](repeating: 0, count: quotes.count)
        for (index, quoteClass) in classOfQuote.enumerated() {
            indices[next[quoteClass]] = index
            next[quoteClass] += 1
        }
        return (indices, starts)
    }

    /// How many classes there are.
    var count: Int { memberStarts.count - 1 }

    /// The indices of the quotes in `quoteClass`, in quote order.
    func members(_ quoteClass: Int) -> ArraySlice<Int> {
        memberIndices[memberStarts[quoteClass]..<memberStarts[quoteClass + 1]]
    }

    /// The hashes of the class's words as compared, in word order: one per word.
    func wordHashes(_ quoteClass: Int) -> ArraySlice<UInt64> { hashes[hashStarts[quoteClass]..<hashStarts[quoteClass + 1]] }

    /// The same hashes, sorted.
    func sortedWordHashes(_ quoteClass: Int) -> ArraySlice<UInt64> {
        sortedHashes[hashStarts[quoteClass]..<hashStarts[quoteClass + 1]]
    }

    /// The class's words, read again from its text.
    func words(_ quoteClass: Int) -> QuoteWords {
        QuoteWords(quotes[memberIndices[memberStarts[quoteClass]]].text, spelling: spelling)
    }
}
