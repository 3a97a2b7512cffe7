import Yams

/// Values that tune how figures are read and compared, and what a country's name stood for when, kept in
/// `Rules/settings.yml` rather than in code.
public struct Settings: Sendable {
    /// How a hedge turns X into an interval: each end is a factor of X, or nil for an open end.
    public struct HedgeBounds: Sendable, Equatable {
        public let low: Double?
        public let high: Double?
    }

    public private(set) var hedges: [String: HedgeBounds] = [:]
    /// Relative tolerance per canonical measure name; `default` applies to the rest.
    public private(set) var tolerances: [String: Double] = ["default": 0.02]

    /// A country's name that stood for another state up to a year ("Germany" was West Germany until 1990).
    public struct FormerMeaning: Sendable, Equatable {
        /// The last year the name meant `meant`.
        public let until: Int
        /// The canonical name it meant then.
        public let meant: String
    }

    /// Former meanings by the country's canonical name.
    public private(set) var formerMeanings: [String: FormerMeaning] = [:]
    /// Where each hedge was defined, to point errors at it.
    private(set) var hedgeLocations: [String: (path: String, line: Int, column: Int)] = [:]
    /// Where each former meaning was defined, to point errors at it.
    private(set) var formerMeaningLocations: [String: (path: String, line: Int, column: Int)] = [:]

    public init() {}

    public func tolerance(for measure: String) -> Double {
        tolerances[measure] ?? tolerances["default"] ?? 0
    }

    /// Tolerances from `crosscheck.yml` win over those of the rule folders.
    public mutating func overrideTolerances(_ values: [String: Double]) {
        tolerances.merge(values) { $1 }
    }

    /// A settings file of a user's rule folder overrides the values it names.
    mutating func merge(_ other: Settings) {
        hedges.merge(other.hedges) { $1 }
        tolerances.merge(other.tolerances) { $1 }
        hedgeLocations.merge(other.hedgeLocations) { $1 }
        formerMeanings.merge(other.formerMeanings) { $1 }
        formerMeaningLocations.merge(other.formerMeaningLocations) { $1 }
    }

    /// The name a country's canonical name stands for in a statement about `year`: a former meaning's state up to
    /// its last year, else the name itself.
    public func country(_ name: String, in year: Int?) -> String {
        guard let year, let former = formerMeanings[name], year <= former.until else { return name }
        return former.meant
    }

    static func parse(_ root: Node, reader: YAMLReader) throws(Diagnostic) -> Settings {
        let top = try reader.mapping(root, allowed: ["settings"], required: ["settings"], context: "settings file")
        let fields = try reader.mapping(top["settings"]!, allowed: ["hedges", "tolerances", "former_meanings"], required: [],
                                        context: "settings")
        var settings = Settings()
        if let hedges = fields["hedges"] {
            guard case let .mapping(mapping) = hedges else { throw reader.error(at: hedges, "settings: 'hedges' must map hedge names to bounds") }
            for (key, value) in mapping {
                let name = try reader.string(key, field: "hedges", context: "settings")
                let bounds = try reader.mapping(value, allowed: ["low", "high"], required: ["low", "high"], context: "hedge '\(name)'")
                settings.hedges[name] = HedgeBounds(low: try factor(bounds["low"]!, reader: reader, hedge: name),
                                                    high: try factor(bounds["high"]!, reader: reader, hedge: name))
                settings.hedgeLocations[name] = (reader.path, key.mark?.line ?? 1, key.mark?.column ?? 1)
            }
        }
        settings.tolerances.merge(try reader.tolerances(fields["tolerances"], context: "settings")) { $1 }
        if let formers = fields["former_meanings"] {
            guard case let .mapping(mapping) = formers else {
                throw reader.error(at: formers, "settings: 'former_meanings' must map countries to {until, meant}")
            }
            for (key, value) in mapping {
                let name = try reader.string(key, field: "former_meanings", context: "settings")
                let context = "former meaning of '\(name)'"
                let entry = try reader.mapping(value, allowed: ["until", "meant"], required: ["until", "meant"], context: context)
                guard let until = entry["until"]!.int else {
                    throw reader.error(at: entry["until"]!, "\(context): 'until' must be a year")
                }
                settings.formerMeanings[name] = FormerMeaning(until: until,
                                                              meant: try reader.string(entry["meant"]!, field: "meant", context: context))
                settings.formerMeaningLocations[name] = (reader.path, key.mark?.line ?? 1, key.mark?.column ?? 1)
            }
        }
        return settings
    }

    private static func factor(_ node: Node, reader: YAMLReader, hedge: String) throws(Diagnostic) -> Double? {
        if node.null != nil { return nil }
        guard let value = node.float, value >= 0 else { throw reader.error(at: node, "hedge '\(hedge)': bounds must be numbers or null") }
        return value
    }

    /// Every hedge group of the lexicon needs bounds, and every bound a hedge group; a former meaning names two
    /// countries of the country lexicon.
    func validate(hedges lexicon: Lexicon?, countries: Lexicon?) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        for name in formerMeanings.keys.sorted() {
            let place = formerMeaningLocations[name]!
            for country in [name, formerMeanings[name]!.meant] where countries?.entries[country] == nil {
                problems.append(Diagnostic(path: place.path, line: place.line, column: place.column,
                                           "settings: former meaning of '\(name)' names '\(country)', which is not a country of the 'country' lexicon"))
            }
        }
        guard let lexicon else { return problems }
        for name in lexicon.entries.keys.sorted() where hedges[name] == nil {
            problems.append(Diagnostic(path: lexicon.files[0], line: 1, column: 1,
                                       "hedge group '\(name)' has no bounds in settings 'hedges'"))
        }
        for name in hedges.keys.sorted() where lexicon.entries[name] == nil {
            let place = hedgeLocations[name]!
            problems.append(Diagnostic(path: place.path, line: place.line, column: place.column,
                                       "settings: hedge '\(name)' is not a group of the 'hedge' lexicon"))
        }
        return problems
    }
}
