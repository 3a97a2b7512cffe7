/// Every built-in check, in one list, so reports and `explain` know them all.
public enum CheckRegistry {
    public static let documentChecks: [any DocumentCheck] = [
        DatelineContradictionCheck(), SharesOverWholeCheck(), FigureRestatedCheck(),
    ]
    public static let collectionChecks: [any CollectionCheck] = [
        ClaimConflictCheck(), ClaimChangeCheck(), QuoteAlteredCheck(), QuoteMisattributedCheck(),
    ]
    /// Every check a report can mention, the sources check included.
    public static var all: [any Check] {
        documentChecks + collectionChecks + [QuoteSourceCheck(sources: .none)]
    }

    /// Runs every check on articles all in memory, and returns the findings in report order.
    public static func run(on documents: [DocumentFacts], settings: Settings, spelling: SpellingVariants) -> [Finding] {
        let collection = CheckCollection(claims: documents.flatMap(\.claims), quotes: documents.flatMap(\.quotes),
                                         spelling: spelling)
        return Finding.ordered(documents.flatMap { findings(in: $0, settings: settings) }
            + findings(in: collection, settings: settings))
    }

    /// The findings of the checks that look inside one article.
    public static func findings(in document: DocumentFacts, settings: Settings) -> [Finding] {
        documentChecks.flatMap { $0.findings(in: document, settings: settings) }
    }

    /// The findings of the cross-article checks, and of `additional` ones (the sources check, when sources
    /// were given).
    public static func findings(in collection: CheckCollection, settings: Settings,
                                additional: [any CollectionCheck] = []) -> [Finding] {
        // Each check on its own core; the findings stay in check order.
        Parallel.compactMap(collectionChecks + additional, chunkSize: 1) { $0.findings(in: collection, settings: settings) }
            .flatMap { $0 }
    }
}
