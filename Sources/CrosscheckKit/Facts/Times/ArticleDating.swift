/// Works out which year an article was written in from its content, and whether that contradicts its dateline.
///
/// Two kinds of evidence pin the year: a known event named relative to the article (`this year's war in Iraq`,
/// with its year in the `dated_event` lexicon), which weighs two, and the same money amount stated in one sentence
/// with an explicit year and in another with a relative one (`$2 billion ... in 2004` and `next year ... its
/// $2 billion`), which weighs one. A year needs a weight of two: one repeated amount can be a coincidence.
public struct ArticleDating: Sendable, Equatable {
    public struct Evidence: Sendable, Equatable {
        public let impliedYear: Int
        public let item: ExtractedItem
        public let reason: String
        let weight: Int
    }

    static let requiredWeight = 2

    /// The date the dateline, front matter or record gives.
    public let datelineDate: CalendarDate?
    public var datelineYear: Int? { datelineDate?.year }
    /// The dateline's month, to place a month named without a year ("in December", written in March).
    public var articleMonth: Int? { datelineDate?.month }
    /// The year the content supports, when it supports one.
    public let contentYear: Int?
    public let evidence: [Evidence]

    /// The year claims are resolved against: the content's when it contradicts the dateline, else the dateline's.
    public var effectiveYear: Int? { contentYear ?? datelineYear }
    public var contradictsDateline: Bool {
        guard let contentYear, let datelineYear else { return false }
        return contentYear != datelineYear
    }

    /// `amounts`: the article's money figures.
    init(dateline: CalendarDate?, times: [(item: ExtractedItem, range: Range<Int>)], amounts: [(figure: Figure, range: Range<Int>)],
         document: Document, eventYears: Lexicon?) {
        datelineDate = dateline
        var evidence: [Evidence] = []
        for (item, _) in times where item.rule == "dated-event" || item.captures["event"] != nil {
            guard let event = item.captures["event"], let yearText = eventYears?.canonical(for: event),
                  let eventYear = Int(yearText), let when = item.captures["when"]?.lowercased() else { continue }
            let offset = when.hasPrefix("last") ? 1 : when.hasPrefix("next") ? -1 : 0
            evidence.append(Evidence(impliedYear: eventYear + offset, item: item,
                                     reason: "\"\(item.text)\" names an event of \(eventYear)", weight: 2))
        }
        evidence += ArticleDating.coreferentFigures(times: times, amounts: amounts, document: document)
        self.evidence = evidence
        // The content's year is the one with the most weight (ties: the earliest, for a stable answer).
        let weights = Dictionary(grouping: evidence, by: \.impliedYear).mapValues { $0.reduce(0) { $0 + $1.weight } }
        let best = weights.max { ($0.value, -$0.key) < ($1.value, -$1.key) }
        contentYear = best.flatMap { $0.value >= ArticleDating.requiredWeight ? $0.key : nil }
    }

    /// An amount repeated more often than this in one article is boilerplate, not one figure mentioned twice.
    static let repeatedAmountLimit = 20

    /// An amount whose sentence gives an explicit year, repeated in a sentence with a relative year.
    private static func coreferentFigures(times: [(item: ExtractedItem, range: Range<Int>)],
                                          amounts: [(figure: Figure, range: Range<Int>)],
                                          document: Document) -> [Evidence] {
        let timesInOrder = times.sorted { $0.range.lowerBound < $1.range.lowerBound }
        func timesInSentence(of range: Range<Int>) -> [ExtractedItem] {
            let sentence = document.sentence(containing: range.lowerBound)
            var low = 0, high = timesInOrder.count
            while low < high {
                let middle = (low + high) / 2
                if timesInOrder[middle].range.lowerBound < sentence.lowerBound { low = middle + 1 } else { high = middle }
            }
            return timesInOrder[low...].prefix { sentence.contains($0.range.lowerBound) }.map(\.item)
        }
        var evidence: [Evidence] = []
        var seen = Set<Int>()
        let sameAmount = Dictionary(grouping: amounts.indices, by: { amounts[$0].figure.quantity })
        for (index, first) in amounts.enumerated() {
            guard let group = sameAmount[first.figure.quantity], group.count > 1,
                  group.count <= ArticleDating.repeatedAmountLimit else { continue }
            let explicitYears = timesInSentence(of: first.range).compactMap { item -> Int? in
                guard item.rule == "explicit-year", item.captures["preposition"]?.lowercased() == "in",
                      let when = item.captures["when"], when.count == 4 else { return nil }
                return Int(when)
            }
            guard let year = explicitYears.first else { continue }
            let sentence = document.sentence(containing: first.range.lowerBound)
            for second in (group.filter { $0 > index } + group.filter { $0 < index }).map({ amounts[$0] })
            where !sentence.contains(second.range.lowerBound) {
                for item in timesInSentence(of: second.range) where item.rule == "relative-time" {
                    let when = (item.captures["when"] ?? item.text).lowercased()
                    guard when.hasSuffix("year") || when.hasSuffix("year's") else { continue }
                    let offset = when.hasPrefix("next") ? -1 : when.hasPrefix("last") ? 1 : when.hasPrefix("this") ? 0 : nil
                    guard let offset, seen.insert(second.range.lowerBound).inserted else { continue }
                    evidence.append(Evidence(impliedYear: year + offset, item: item,
                        reason: "\(first.figure.item.text) is set \"in \(year)\" at line \(first.figure.item.line) and \"\(when)\" at line \(item.line)",
                        weight: 1))
                }
            }
        }
        return evidence
    }
}
