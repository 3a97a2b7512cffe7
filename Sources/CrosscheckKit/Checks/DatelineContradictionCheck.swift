/// The text contradicts the dateline: it names the year it was written in by other means (`this year's war in
/// Iraq`, `next year` for a figure elsewhere set in 2004). Claims are then resolved against the content's year.
public struct DatelineContradictionCheck: DocumentCheck {
    public let id = "dateline-contradiction"
    public let summary = "The article's text reads as written in another year than its dateline gives."
    public let help = "The text names the year it was written in by other means than its dateline. Check the dateline. Known events and their years are in Rules/lexicons/dated-events.yml."
    public let severity = Severity.warning

    public init() {}

    public func findings(in document: DocumentFacts, settings: Settings) -> [Finding] {
        let dating = document.dating
        guard dating.contradictsDateline, let contentYear = dating.contentYear, let datelineYear = dating.datelineYear else { return [] }
        let supporting = dating.evidence.filter { $0.impliedYear == contentYear }
        let reasons = supporting.map(\.reason).joined(separator: "; ")
        let message = "The dateline says \(datelineYear)\(document.metadata.dateline.map { " (\($0))" } ?? ""), "
            + "but the text reads as written in \(contentYear): \(reasons). Its claims are dated \(contentYear)."
        var evidence = supporting.map { Evidence($0.item, path: document.path, recordID: document.recordID) }
        if let place = document.metadata.datelineLocation, let dateline = document.metadata.dateline {
            evidence.insert(Evidence(path: place.path, recordID: document.recordID, line: place.line, column: place.column,
                                     text: dateline), at: 0)
        }
        return [Finding(check: id, severity: severity, message: message, evidence: evidence)]
    }
}
