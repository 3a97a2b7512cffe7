/// Turns one document's rule matches into facts: figures as intervals, times resolved against the year the
/// article's content supports, and claims keyed by canonical names.
public struct FactExtractor: Sendable {
    let normalizer: FigureNormalizer
    let claimBuilder: ClaimBuilder
    let eventYears: Lexicon?
    let speakerLexicons: SpeakerLexicons
    /// These rules and this version of the code: what an archive records as having made an article's facts.
    public let fingerprint: String
    /// Raise it with any change to the code that changes the facts extracted from the same text and rules.
    /// 2: the prefilter trie lets a rule run at every one of its words ("Dr." before, hidden by "dr").
    /// 3: a name the quote and attribution rules found as a speaker speaks for later pronouns.
    /// 4: "he" and "she" skip names that end like a firm's or an office's; messages read `speaker2` as `speaker`.
    /// 5: "the official" nobody named is anonymous; quoted words with no speaker go to their sentence's subject.
    /// 6: "the company" or "the bank" is the firm of that kind named before, found by the new organisation rules.
    /// 7: a speaker is the person named where it stands; a firm named by its first word is the firm named in full;
    ///    a body's name keeps "Labour" or "Democratic"; unnamed sources take where they work ("traders in London");
    ///    "they" is a named group of people or nobody.
    /// 8: "they" may be unnamed sources quoted before, and is then anonymous.
    /// 9: a person named again by surname as a speaker ("Mahlmann told reporters") is who a later "he" stands for.
    /// 10: "he" or "she" may be one unnamed source quoted since the last person speaking, and is then anonymous.
    /// 11: a plural source noun opening a sentence ("Dealers said") is unnamed sources, not a person.
    /// 12: a speaker that ends a firm's name the organisation rule found whole ("Systems Inc") is that firm.
    /// 13: a claim's value reads "12%" and counted units ("882 tonnes"); a measure may be of one thing ("wheat
    ///     imports"); two rules reading one statement give one claim.
    /// 14: a claim dated by its article holds as of its date; the year so far and quarters written as three months
    ///     are periods; the growth of an economy; a claim's own time that cannot be placed leaves it undated, and
    ///     the time of what it is compared with is not its time; a claim with no owner in its words ("Imports rose
    ///     5 pct") is about the one country its title names; a bare "8.61 billion" takes its sentence's currency.
    /// 15: periods named by their first and last months ("the October/December quarter", "January-May"); "the last
    ///     quarter" with no year is the one before the article's.
    /// 16: what a claim is compared with, for a time its words give, is a claim of its own, and no time after it
    ///     dates the claim; a bare "Growth" after a sentence naming another measure of an amount is that measure's.
    /// 17: a scale gives the decimal written ("34,030.3 billion").
    /// 18: growth of gross domestic product, of gross national product and of "the economy" are three measures.
    /// 19: a country's name is the state it stood for at the claim's time ("Germany" in 1987 is West Germany).
    /// 20: the clean text reads every Unicode space and line separator as a space or a line break.
    static let version = 20

    public init(book: RuleBook) {
        fingerprint = "\(book.fingerprint)-v\(FactExtractor.version)"
        normalizer = FigureNormalizer(book: book)
        claimBuilder = ClaimBuilder(book: book)
        eventYears = book.lexicons["dated_event"]
        speakerLexicons = SpeakerLexicons(book: book)
    }

    public func facts(for document: Document, matches: [RuleMatch]) -> DocumentFacts {
        // One pass sorts the matches by kind, keeping their order.
        var byKind: [RuleKind: [RuleMatch]] = [:]
        for match in matches { byKind[match.rule.kind, default: []].append(match) }
        func ofKind(_ kind: RuleKind) -> [RuleMatch] { byKind[kind] ?? [] }
        func items(_ kind: RuleKind) -> [(item: ExtractedItem, range: Range<Int>)] {
            ofKind(kind).map { (ExtractedItem(match: $0, in: document), $0.range) }
        }
        let figures = FactExtractor.longestFirst(ofKind(.figure)).compactMap { match -> (figure: Figure, range: Range<Int>)? in
            normalizer.figure(for: ExtractedItem(match: match, in: document)).map { ($0, match.range) }
        }
        let timeItems = items(.time)
        let amounts = figures.filter { normalizer.isCurrency($0.figure.quantity.unit) }
        let dating = ArticleDating(dateline: document.metadata.date, times: timeItems, amounts: amounts,
                                   document: document, eventYears: eventYears)
        let times = timeItems.map { TimeResolver.resolve($0.item, range: $0.range, articleYear: dating.effectiveYear) }
        let quoteMatches = ofKind(.quote)
        let quoteBuilder = QuoteBuilder(document: document, people: ofKind(.person), organisations: ofKind(.organisation),
                                        quotes: quoteMatches, attributions: ofKind(.attribution), lexicons: speakerLexicons)
        let quotes = quoteBuilder.quotes(from: quoteMatches)
        let attributions = quoteBuilder.attributions(from: ofKind(.attribution), excluding: quotes)
        // Most articles have no claim match: the title and the amounts are read only for those that do.
        let claimItems = items(.claim)
        let ownerless = claimItems.contains { $0.item.captures["unowned"] != nil }
        let context = ClaimContext(document: document, times: times, dating: dating,
                                   titleCountry: ownerless ? claimBuilder.titleCountry.country(in: document.metadata.title) : nil,
                                   amounts: claimItems.isEmpty ? [] : amounts.map { ($0.figure.quantity.unit, $0.range.lowerBound) })
        let claims = FactExtractor.onePerStatement(claimItems.compactMap { claimBuilder.claim(from: $0.item, in: context) })
            .map { FactExtractor.attributed($0, attributions: attributions, quotes: quotes) }
            .flatMap { claim in [claim] + [claimBuilder.earlierClaim(of: claim, in: context)].compactMap { $0 } }
        return DocumentFacts(path: document.path, recordID: document.recordID, metadata: document.metadata, dating: dating,
                             figures: figures.map(\.figure), quotes: quotes, attributions: attributions, claims: claims, times: times,
                             suppressions: document.suppressions)
    }

    /// A claim carried inside reported speech or a quote takes its speaker as its source.
    static func attributed(_ claim: Claim, attributions: [Attribution], quotes: [Quote]) -> Claim {
        let speaker = attributions.first { $0.item.sentence == claim.item.sentence }?.speaker
            ?? quotes.first { $0.item.sentence == claim.item.sentence }?.speaker
        guard let speaker else { return claim }
        var claim = claim
        claim.attribution = speaker.name ?? speaker.mention
        claim.anonymous = speaker.anonymous
        return claim
    }

    /// Two rules may read one statement ("Spanish unemployment fell to 14 percent" is a change and a value): of
    /// claims with one key over overlapping words, the one from the longer match is kept, so the statement is
    /// counted and compared once.
    static func onePerStatement(_ claims: [Claim]) -> [Claim] {
        longestOfOverlapping(claims, range: \.item.range, rule: \.item.rule) { $0.key == $1.key }
    }

    /// Figures may be found by several rules at once (`$1 billion` is money and a count); the longest one wins,
    /// so every figure in the text is reported once.
    static func longestFirst(_ matches: [RuleMatch]) -> [RuleMatch] {
        longestOfOverlapping(matches, range: \.range, rule: \.rule.id) { _, _ in true }
    }

    /// Of items over overlapping bytes that `same` calls one, the longest is kept (then the earlier, then the
    /// first rule by id); the kept items come back in text order.
    private static func longestOfOverlapping<Item>(_ items: [Item], range: (Item) -> Range<Int>, rule: (Item) -> String,
                                                   same: (Item, Item) -> Bool) -> [Item] {
        let ranked = items.sorted {
            (range($0).count, -range($0).lowerBound, rule($1)) > (range($1).count, -range($1).lowerBound, rule($0))
        }
        var kept: [Item] = []
        for item in ranked where !kept.contains(where: { range($0).overlaps(range(item)) && same($0, item) }) { kept.append(item) }
        return kept.sorted { (range($0).lowerBound, rule($0)) < (range($1).lowerBound, rule($1)) }
    }
}
