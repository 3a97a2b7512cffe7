/// The whole pipeline: documents -> rule matches -> facts -> findings.
public struct CheckRun: Sendable {
    public let extraction: Extraction
    public let settings: Settings

    public init(book: RuleBook, threads: Int? = nil) {
        extraction = threads.map { Extraction(book: book, threads: $0) } ?? Extraction(book: book)
        settings = book.settings
    }

    public struct Result: Sendable {
        public let documents: [DocumentFacts]
        public let findings: [Finding]
        public let diagnostics: [Diagnostic]
    }

    public func run(paths: [String]) throws(Diagnostic) -> Result {
        let extracted = try extraction.run(paths: paths)
        let findings = CheckRegistry.run(on: extracted.documents, settings: settings)
        return Result(documents: extracted.documents, findings: findings, diagnostics: extracted.diagnostics)
    }
}
