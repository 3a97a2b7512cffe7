/// The `crosscheck extract --format json` contract (see docs/json-contract.md):
/// `{"version": 1, "documents": [{"path", "id", "title", "byline", "dateline", "date", "url", "source", "year",
/// "figures", "quotes", "attributions", "anonymousClaims", "claims", "times"}]}`. Keys are sorted and absent values are `null`, so output is stable.
public enum ExtractionJSON {
    public static let version = 1

    public static func render(_ documents: [DocumentFacts]) -> String {
        JSONValue.object(["version": .int(version), "documents": .array(documents.map(value))]).rendered()
    }

    static func value(_ facts: DocumentFacts) -> JSONValue {
        var object = header(path: facts.path, recordID: facts.recordID, metadata: facts.metadata, dating: facts.dating)
        object["figures"] = .array(facts.figures.map(value))
        object["quotes"] = .array(facts.quotes.map(value))
        object["attributions"] = .array(facts.attributions.map(value))
        object["anonymousClaims"] = .int(facts.anonymousClaims)
        object["claims"] = .array(facts.claims.map(value))
        object["times"] = .array(facts.times.map(value))
        return .object(object)
    }

    /// What names and dates an article, in `extract` and in the check report alike.
    static func header(path: String, recordID: String?, metadata: DocumentMetadata, dating: ArticleDating) -> [String: JSONValue] {
        [
            "path": .string(path),
            "id": .optional(recordID),
            "title": .optional(metadata.title),
            "byline": .optional(metadata.byline),
            "dateline": .optional(metadata.dateline),
            "date": .optional(metadata.date?.description),
            "url": .optional(metadata.url),
            "source": .optional(metadata.source),
            "year": year(dating),
        ]
    }

    /// The year the article's claims are resolved against, and where it came from.
    static func year(_ dating: ArticleDating) -> JSONValue {
        .object([
            "dateline": dating.datelineYear.map(JSONValue.int) ?? .null,
            "content": dating.contentYear.map(JSONValue.int) ?? .null,
            "effective": dating.effectiveYear.map(JSONValue.int) ?? .null,
        ])
    }

    /// What every item has: `text`, `rule`, `line`, `column`, `message`, `captures`.
    static func fields(_ item: ExtractedItem) -> [String: JSONValue] {
        [
            "text": .string(item.text),
            "rule": .string(item.rule),
            "line": .int(item.line),
            "column": .int(item.column),
            "message": .string(item.message),
            "captures": .object(item.captures.mapValues(JSONValue.string)),
        ]
    }

    static func value(_ quantity: Quantity) -> [String: JSONValue] {
        [
            "low": quantity.low.map(JSONValue.double) ?? .null,
            "high": quantity.high.map(JSONValue.double) ?? .null,
            "unit": .string(quantity.unit),
            "approximate": .bool(quantity.approximate),
        ]
    }

    static func value(_ figure: Figure) -> JSONValue {
        var object = fields(figure.item).merging(value(figure.quantity)) { $1 }
        object["conversions"] = .array(figure.conversions.map { .object(value($0)) })
        return .object(object)
    }

    static func value(_ claim: Claim) -> JSONValue {
        var object = fields(claim.item).merging(value(claim.quantity)) { $1 }
        object["subject"] = .string(claim.key.subject)
        object["measure"] = .string(claim.key.measure)
        object["owner"] = .optional(claim.key.owner)
        object["key"] = .string(claim.key.description)
        object["value"] = .string(claim.valueText)
        object["years"] = years(claim.years)
        object["period"] = .optional(claim.period)
        object["time"] = .optional(claim.timeText)
        object["timeSource"] = .string(claim.timeSource.rawValue)
        object["asOf"] = .optional(claim.asOf?.description)
        object["attribution"] = .optional(claim.attribution)
        object["anonymous"] = .bool(claim.anonymous)
        return .object(object)
    }

    static func value(_ speaker: Speaker) -> [String: JSONValue] {
        [
            "speaker": .optional(speaker.name),
            "speakerMention": .optional(speaker.mention),
            "role": .optional(speaker.role),
            "anonymous": .bool(speaker.anonymous),
            "group": .bool(speaker.group),
        ]
    }

    /// A quote's `text` is the quoted words; `match` is everything its rule matched.
    static func value(_ quote: Quote) -> JSONValue {
        var object = fields(quote.item).merging(value(quote.speaker)) { $1 }
        object["match"] = .string(quote.item.text)
        object["text"] = .string(quote.text)
        object["cue"] = .optional(quote.cue)
        object["partial"] = .bool(quote.partial)
        return .object(object)
    }

    static func value(_ attribution: Attribution) -> JSONValue {
        var object = fields(attribution.item).merging(value(attribution.speaker)) { $1 }
        object["match"] = .string(attribution.item.text)
        object["text"] = .string(attribution.content)
        object["cue"] = .optional(attribution.cue)
        return .object(object)
    }

    static func value(_ time: TimeMention) -> JSONValue {
        var object = fields(time.item)
        object["years"] = years(time.span)
        object["relative"] = .bool(time.relative)
        return .object(object)
    }

    static func years(_ span: YearSpan?) -> JSONValue {
        guard let span else { return .null }
        return .object(["first": .int(span.first), "last": .int(span.last)])
    }
}
