import Yams

/// Numbers that tune how figures are read and compared, kept in `Rules/settings.yml` rather than in code.
public struct Settings: Sendable {
    /// How a hedge turns X into an interval: each end is a factor of X, or nil for an open end.
    public struct HedgeBounds: Sendable, Equatable {
        public let low: Double?
        public let high: Double?
    }

    public private(set) var hedges: [String: HedgeBounds] = [:]
    /// Relative tolerance per canonical measure name; `default` applies to the rest.
    public private(set) var tolerances: [String: Double] = ["default": 0.02]
    /// Where each hedge was defined, to point errors at it.
    private(set) var hedgeLocations: [String: (path: String, line: Int, column: Int)] = [:]

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
    }

    static func parse(_ root: Node, reader: YAMLReader) throws(Diagnostic) -> Settings {
        let top = try reader.mapping(root, allowed: ["settings"], required: ["settings"], context: "settings file")
        let fields = try reader.mapping(top["settings"]!, allowed: ["hedges", "tolerances"], required: [], context: "settings")
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
        return settings
    }

    private static func factor(_ node: Node, reader: YAMLReader, hedge: String) throws(Diagnostic) -> Double? {
        if node.null != nil { return nil }
        guard let value = node.float, value >= 0 else { throw reader.error(at: node, "hedge '\(hedge)': bounds must be numbers or null") }
        return value
    }

    /// Every hedge group of the lexicon needs bounds, and every bound a hedge group.
    func validate(against lexicon: Lexicon?) -> [Diagnostic] {
        guard let lexicon else { return [] }
        var problems: [Diagnostic] = []
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
