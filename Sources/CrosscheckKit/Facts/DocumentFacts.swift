/// Everything extracted from one article: its metadata, the year its content supports, and its facts.
public struct DocumentFacts: Sendable, Equatable {
    public let path: String
    public let recordID: String?
    public let metadata: DocumentMetadata
    public let dating: ArticleDating
    public let figures: [Figure]
    public let quotes: [ExtractedItem]
    public let claims: [Claim]
    public let times: [TimeMention]

    /// `path#id` for a JSON Lines record, the path otherwise.
    public var name: String { path + (recordID.map { "#\($0)" } ?? "") }
}

/// Turns one document's rule matches into facts: figures as intervals, times resolved against the year the
/// article's content supports, and claims keyed by canonical names.
public struct FactExtractor: Sendable {
    let normalizer: FigureNormalizer
    let claimBuilder: ClaimBuilder
    let eventYears: Lexicon?

    public init(book: RuleBook) {
        normalizer = FigureNormalizer(book: book)
        claimBuilder = ClaimBuilder(book: book)
        eventYears = book.lexicons["dated_event"]
    }

    public func facts(for document: Document, matches: [RuleMatch]) -> DocumentFacts {
        func items(_ kind: RuleKind) -> [(item: ExtractedItem, range: Range<Int>)] {
            matches.filter { $0.rule.kind == kind }.map { (ExtractedItem(match: $0, in: document), $0.range) }
        }
        let figures = FactExtractor.longestFirst(matches.filter { $0.rule.kind == .figure }).compactMap { match -> (figure: Figure, range: Range<Int>)? in
            normalizer.figure(for: ExtractedItem(match: match, in: document)).map { ($0, match.range) }
        }
        let timeItems = items(.time)
        let dating = ArticleDating(dateline: document.metadata.date, times: timeItems, figures: figures,
                                   document: document, eventYears: eventYears)
        let times = timeItems.map { TimeResolver.resolve($0.item, range: $0.range, articleYear: dating.effectiveYear) }
        let claims = items(.claim).compactMap {
            claimBuilder.claim(from: $0.item, times: times, dating: dating, path: document.path, recordID: document.recordID)
        }
        return DocumentFacts(path: document.path, recordID: document.recordID, metadata: document.metadata, dating: dating,
                             figures: figures.map(\.figure), quotes: items(.quote).map(\.item), claims: claims, times: times)
    }

    /// Figures may be found by several rules at once (`$1 billion` is money and a count); the longest one wins,
    /// so every figure in the text is reported once.
    static func longestFirst(_ matches: [RuleMatch]) -> [RuleMatch] {
        let ranked = matches.sorted {
            ($0.range.count, -$0.range.lowerBound, $1.rule.id) > ($1.range.count, -$1.range.lowerBound, $0.rule.id)
        }
        var kept: [RuleMatch] = []
        for match in ranked where !kept.contains(where: { $0.range.overlaps(match.range) }) { kept.append(match) }
        return kept.sorted { $0.range.lowerBound < $1.range.lowerBound }
    }
}
