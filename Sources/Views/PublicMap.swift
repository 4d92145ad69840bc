public import Engine

/// The public star map and everything else about a game that does not
/// change from turn to turn: `map.json`, written when the game is created,
/// the same bytes for every house (also `public/map.json`). A house reads
/// it once; its `view.json` then names systems by the same short ids.
public struct PublicMap: Sendable, Codable, Equatable {
    public static let currentFormat = 2

    public var format: Int
    public var game: String
    public var name: String
    /// How to read the view and answer it; docs/players.md says it at length.
    public var guide: [String]
    /// Every number of the rules (names as in RULES.md).
    public var rules: GameConfig
    /// Every system, sorted by id.
    public var systems: [MapSystem]

    public init(format: Int = PublicMap.currentFormat, game: String, name: String, guide: [String], rules: GameConfig, systems: [MapSystem]) {
        self.format = format
        self.game = game
        self.name = name
        self.guide = guide
        self.rules = rules
        self.systems = systems
    }

    /// A system: its short id, public name, hex coordinates and lanes.
    public struct MapSystem: Sendable, Codable, Equatable {
        public var id: String
        public var name: String
        public var q: Int
        public var r: Int
        public var lanes: LaneTable
    }

    /// The lanes of a system: `{"<neighbour id>": "major", ...}`, sorted by neighbour id.
    public struct LaneTable: Sendable, Codable, Equatable {
        public struct Entry: Sendable, Equatable {
            public var to: String
            public var type: String
        }

        public var entries: [Entry]

        public init(entries: [Entry]) {
            self.entries = entries.sorted { $0.to < $1.to }
        }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: DynamicKey.self)
            for entry in entries { try container.encode(entry.type, forKey: DynamicKey(stringValue: entry.to)) }
        }

        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: DynamicKey.self)
            self.init(entries: try container.allKeys.map { Entry(to: $0.stringValue, type: try container.decode(String.self, forKey: $0)) })
        }
    }

    /// A system's name by its short id (the id itself when unknown).
    public func name(of id: String) -> String { systems.first { $0.id == id }?.name ?? id }
}

extension PublicMap {
    /// The map of a game: public, so the same for every house.
    public static func make(state: GameState) -> PublicMap {
        let short = ShortIDs(ids: state.systems.map(\.id))
        let graph = StarGraph(state: state)
        let systems = state.systems.sorted { $0.id < $1.id }.map { star in
            MapSystem(
                id: short(star.id), name: star.name, q: star.coord.q, r: star.coord.r,
                lanes: LaneTable(entries: graph.neighbours(of: star.id).map { LaneTable.Entry(to: short($0.to), type: ViewContext.name(of: $0.type)) })
            )
        }
        return PublicMap(game: state.game.id, name: state.game.name, guide: ViewGuide.mapLines, rules: state.config, systems: systems)
    }

    /// The map as compact JSON, keys in declaration order.
    public static func encode(_ map: PublicMap) -> [UInt8] {
        guard let bytes = try? CanonicalJSON.encode(map) else { preconditionFailure("a PublicMap always encodes") }
        return bytes
    }
}
