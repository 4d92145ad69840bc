// The pieces of a `HouseView`. Optional fields are left out of the JSON when
// absent; Bool? flags are set only when true, so `false` is never written.

extension HouseView {
    public struct GameSummary: Sendable, Codable, Equatable {
        public var id: String
        public var name: String
        /// The turn the orders are for.
        public var turn: Int
        public var year: Int
        public var month: Int
        /// setup, active, paused or completed.
        public var phase: String
        /// Unix time (seconds) when the turn resolves with what is in.
        public var deadline: Int64?
        /// The game ends when this turn is resolved.
        public var turnLimit: Int?
        /// True when order files need no token.
        public var open: Bool?
        /// Slug of the winner, once the game is completed.
        public var winner: String?

        enum CodingKeys: String, CodingKey {
            case id, name, turn, year, month, phase, deadline
            case turnLimit = "turn_limit"
            case open, winner
        }
    }

    /// The house's own figures. `budget` is what all builds of this turn may
    /// cost together: treasury + production - upkeep.
    public struct OwnHouse: Sendable, Codable, Equatable {
        public var id: String
        public var name: String
        public var slug: String
        public var color: String?
        public var home: String?
        public var treasury: Int
        public var prestige: Int
        /// Income this turn's Income phase will collect from the colonies.
        public var production: Int
        /// Upkeep it will pay for the ships.
        public var upkeep: Int
        public var budget: Int
        public var eliminated: Bool?
    }

    /// Public facts about a house, and its relation to the viewer.
    public struct HouseEntry: Sendable, Codable, Equatable {
        public var slug: String
        public var name: String
        public var id: String
        public var prestige: Int
        public var eliminated: Bool?
        /// war, peace, nap or alliance with the viewer; absent for the viewer itself.
        public var relation: String?
        /// The turn that relation was set, when it was ever set (absent: the default since the start).
        public var since: Int?
    }

    public struct DiplomacySummary: Sendable, Codable, Equatable {
        /// Open offers made by or to this house.
        public var proposals: [Proposal]
        /// Relations set between two other houses (all diplomacy is public).
        public var others: [Relation]
    }

    public struct Proposal: Sendable, Codable, Equatable {
        public var from: String
        public var to: String
        public var propose: String
        public var turn: Int
        /// The last turn in which the other side can accept by proposing the same.
        public var answerBy: Int

        enum CodingKeys: String, CodingKey {
            case from, to, propose, turn
            case answerBy = "answer_by"
        }
    }

    public struct Relation: Sendable, Codable, Equatable {
        public var a: String
        public var b: String
        public var relation: String
        public var since: Int
    }

    public struct OwnColony: Sendable, Codable, Equatable {
        public var id: String
        public var at: String
        public var atName: String
        public var pop: Int
        public var industry: Int
        public var defenses: Int
        public var starbase: Int
        public var siege: Bool?
        /// What it yields in this turn's Income phase (40% under siege).
        public var production: Int

        enum CodingKeys: String, CodingKey {
            case id, at
            case atName = "at_name"
            case pop, industry, defenses, starbase, siege, production
        }
    }

    public struct ShipTally: Sendable, Codable, Equatable {
        public var military: Int
        public var spacelift: Int
    }

    public struct DamagedShip: Sendable, Codable, Equatable {
        public var type: String
        public var hp: Int
        public var max: Int
    }

    /// A fleet order in the order file's own words.
    public struct StandingOrder: Sendable, Codable, Equatable {
        public var order: String
        public var to: String?
        public var toName: String?
        public var target: String?

        enum CodingKeys: String, CodingKey {
            case order, to
            case toName = "to_name"
            case target
        }
    }

    /// A system a `move` order reaches by the end of this turn.
    public struct Move: Sendable, Codable, Equatable {
        public var to: String
        public var toName: String
        /// The lane crossed, for a single jump.
        public var lane: String?
        /// The own colony passed through, for a double jump over two major lanes.
        public var via: String?

        enum CodingKeys: String, CodingKey {
            case to
            case toName = "to_name"
            case lane, via
        }
    }

    public struct OwnFleet: Sendable, Codable, Equatable {
        public var id: String
        public var name: String?
        public var at: String
        public var atName: String
        public var ships: ShipTally
        /// Ships below full hull (a fleet with any cannot use restricted lanes).
        public var damaged: [DamagedShip]?
        /// What the fleet does if it gets no new order.
        public var standing: StandingOrder?
        /// The order kinds this fleet may be given.
        public var can: [String]
        public var moves: [Move]

        enum CodingKeys: String, CodingKey {
            case id, name, at
            case atName = "at_name"
            case ships, damaged, standing, can, moves
        }
    }

    public struct Intel: Sendable, Codable, Equatable {
        public var fleets: [SeenFleet]
        public var colonies: [SeenColony]
    }

    /// A foreign fleet as last seen.
    public struct SeenFleet: Sendable, Codable, Equatable {
        public var id: String
        public var owner: String
        public var at: String
        public var atName: String
        public var ships: ShipTally
        public var age: Int

        enum CodingKeys: String, CodingKey {
            case id, owner, at
            case atName = "at_name"
            case ships, age
        }
    }

    /// A foreign colony as last scanned.
    public struct SeenColony: Sendable, Codable, Equatable {
        public var id: String
        public var owner: String
        public var at: String
        public var atName: String
        public var pop: Int
        public var industry: Int
        public var defenses: Int
        public var starbase: Int
        public var siege: Bool?
        public var age: Int

        enum CodingKeys: String, CodingKey {
            case id, owner, at
            case atName = "at_name"
            case pop, industry, defenses, starbase, siege, age
        }
    }

    public struct EventEntry: Sendable, Codable, Equatable {
        public var type: String
        public var text: String
        public var reason: String?
        public var at: String?
        public var fleet: String?
    }

    public struct StarMap: Sendable, Codable, Equatable {
        public var systems: [MapSystem]
    }

    /// A system: public name, place and lanes; `vis` and `age` only where the
    /// house has seen it (owned, occupied, adjacent now; scouted before).
    public struct MapSystem: Sendable, Codable, Equatable {
        public var id: String
        public var name: String
        public var q: Int
        public var r: Int
        public var vis: String?
        /// For scouted systems: turns since last seen.
        public var age: Int?
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

        struct Key: CodingKey {
            var stringValue: String
            var intValue: Int? { nil }
            init(stringValue: String) { self.stringValue = stringValue }
            init?(intValue: Int) { nil }
        }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: Key.self)
            for entry in entries { try container.encode(entry.type, forKey: Key(stringValue: entry.to)) }
        }

        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: Key.self)
            self.init(entries: try container.allKeys.map { Entry(to: $0.stringValue, type: try container.decode(String.self, forKey: $0)) })
        }
    }
}
