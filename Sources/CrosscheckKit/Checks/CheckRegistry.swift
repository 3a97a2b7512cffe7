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
        documentChecks + collectionChecks + [QuoteSourceCheck(sources: QuoteSources(documents: []))]
    }

    /// Runs every check, and `additional` ones (the sources check, when sources were given), and returns the
    /// findings in report order.
    public static func run(on documents: [DocumentFacts], settings: Settings,
                           additional: [any CollectionCheck] = []) -> [Finding] {
        var findings = documents.flatMap { document in
            documentChecks.flatMap { $0.findings(in: document, settings: settings) }
        }
        let collection = CheckCollection(documents)
        findings += (collectionChecks + additional).flatMap { $0.findings(in: collection, settings: settings) }
        return Finding.ordered(findings)
    }
}
