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
        /// Turns still to be played, this one included (with a turn limit, while the game goes on).
        public var turnsLeft: Int?
        /// True when order files need no token.
        public var open: Bool?
        /// How the game is won.
        public var win: String
        /// Slug of the winner, once the game is completed.
        public var winner: String?

        enum CodingKeys: String, CodingKey {
            case id, name, turn, year, month, phase, deadline
            case turnLimit = "turn_limit"
            case turnsLeft = "turns_left"
            case open, win, winner
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
        /// Place among the houses by prestige, then colonies (1 = first; ties share it).
        public var rank: Int
        public var eliminated: Bool?
    }

    /// Public facts about a house, and its relation to the viewer. Once the
    /// game is over, the houses by `rank` are the final standings.
    public struct HouseEntry: Sendable, Codable, Equatable {
        public var slug: String
        public var name: String
        public var id: String
        public var prestige: Int
        /// How many colonies it holds (public).
        public var colonies: Int
        /// Place by prestige, then colonies (1 = first; ties share it).
        public var rank: Int
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

    /// A fleet's ships below full hull: how many of each type, and their hull points together.
    public struct DamagedShips: Sendable, Codable, Equatable {
        public var military: Int?
        public var spacelift: Int?
        /// Hull points the damaged ships have left, together.
        public var hp: Int
        /// Their full hull points, together.
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
        /// Only for fleets that may use restricted lanes (military ships only, none damaged).
        public var restricted: Bool?
        /// Only for fleets that may not use restricted lanes.
        public var unrestricted: Bool?

        enum CodingKeys: String, CodingKey {
            case to
            case toName = "to_name"
            case lane, via, restricted, unrestricted
        }
    }

    /// `{"<place>": [moves]}`: one list per system where the house has fleets, sorted by place.
    public struct MoveTable: Sendable, Codable, Equatable {
        public var places: [(at: String, moves: [Move])]

        public init(places: [(at: String, moves: [Move])]) {
            self.places = places.sorted { $0.at < $1.at }
        }

        public subscript(at: String) -> [Move] { places.first { $0.at == at }?.moves ?? [] }

        public static func == (lhs: MoveTable, rhs: MoveTable) -> Bool {
            lhs.places.map(\.at) == rhs.places.map(\.at) && lhs.places.map(\.moves) == rhs.places.map(\.moves)
        }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: DynamicKey.self)
            for place in places { try container.encode(place.moves, forKey: DynamicKey(stringValue: place.at)) }
        }

        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: DynamicKey.self)
            self.init(places: try container.allKeys.map { (at: $0.stringValue, moves: try container.decode([Move].self, forKey: $0)) })
        }
    }

    public struct OwnFleet: Sendable, Codable, Equatable {
        public var id: String
        public var name: String?
        public var at: String
        public var atName: String
        public var ships: ShipTally
        /// Ships below full hull (a fleet with any cannot use restricted lanes).
        public var damaged: DamagedShips?
        /// What the fleet does if it gets no new order.
        public var standing: StandingOrder?
        /// The order kinds this fleet may be given besides hold, move, patrol and
        /// rendezvous, which every fleet may: colonize, join, blockade, invade.
        public var can: [String]

        enum CodingKeys: String, CodingKey {
            case id, name, at
            case atName = "at_name"
            case ships, damaged, standing, can
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
        /// Ships of this house the event took away: destroyed, or used up founding or taking a colony.
        public var lost: ShipTally?
        /// Ships the event added to this house's fleets (a build delivered).
        public var gained: ShipTally?
        /// For a battle: who fought with what, what each lost, the colony's guns, who won.
        public var battle: BattleReport?
    }

    public struct BattleReport: Sendable, Codable, Equatable {
        public var rounds: Int
        /// Every house that fought, sorted by slug.
        public var sides: [BattleSide]
        /// The colony in the system, if there is one: its defences and starbase before and after.
        public var colony: BattleColony?
        /// The houses left holding the field (the defender, after an undecided battle); empty when no side is left.
        public var winners: [String]
    }

    public struct BattleSide: Sendable, Codable, Equatable {
        public var house: String
        public var before: ShipTally
        public var lost: ShipTally
    }

    public struct BattleColony: Sendable, Codable, Equatable {
        public var owner: String
        public var before: Guns
        public var after: Guns
    }

    public struct Guns: Sendable, Codable, Equatable {
        public var defenses: Int
        public var starbase: Int
    }

    /// What the house sees of a system: `owned`, `occupied`, `adjacent` (now)
    /// or `scouted` (before, `age` turns ago). Systems never seen are left out.
    public struct SeenSystem: Sendable, Codable, Equatable {
        public var id: String
        public var vis: String
        /// For scouted systems: turns since last seen.
        public var age: Int?
    }
}
