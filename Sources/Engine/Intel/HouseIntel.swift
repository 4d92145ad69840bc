/// What one house knows beyond its own entities. Kept in `GameState.intel`
/// (one entry per house, sorted by house id) and mapped 1:1 to the storage
/// tables `intel_systems`, `intel_fleets` and `intel_colonies`.
public struct HouseIntel: Sendable, Codable, Equatable {
    public var houseID: String
    /// Sorted by system id.
    public var systems: [SystemIntel]
    /// Foreign fleets once detected, sorted by fleet id.
    public var fleets: [FleetIntel]
    /// Foreign colonies once scanned, sorted by colony id.
    public var colonies: [ColonyIntel]

    public init(houseID: String, systems: [SystemIntel] = [], fleets: [FleetIntel] = [], colonies: [ColonyIntel] = []) {
        self.houseID = houseID
        self.systems = systems
        self.fleets = fleets
        self.colonies = colonies
    }
}

/// How well a house sees a system right now (storage `visibility_level`).
public enum SystemVisibility: String, Sendable, Codable, CaseIterable, Comparable {
    /// The house has a colony there.
    case owned
    /// The house has a fleet there.
    case occupied
    /// Seen before (or reported by an ally this turn); may be stale.
    case scouted
    /// One lane away from an owned or occupied system.
    case adjacent

    var rank: Int {
        switch self {
        case .owned: 0
        case .occupied: 1
        case .scouted: 2
        case .adjacent: 3
        }
    }

    /// Better visibility sorts first.
    public static func < (lhs: SystemVisibility, rhs: SystemVisibility) -> Bool { lhs.rank < rhs.rank }
}

public struct SystemIntel: Sendable, Codable, Equatable {
    public var systemID: String
    public var visibility: SystemVisibility
    /// The last turn the house had eyes on the system (owned, occupied,
    /// adjacent, or an ally's report). Age = current turn − this.
    public var lastSeenTurn: Int

    public init(systemID: String, visibility: SystemVisibility, lastSeenTurn: Int) {
        self.systemID = systemID
        self.visibility = visibility
        self.lastSeenTurn = lastSeenTurn
    }
}

/// Ship counts by type; encoded as `{"Military": n, "Spacelift": m}` like `intel_fleets.ship_types`.
public struct ShipCounts: Sendable, Codable, Equatable {
    public var military: Int
    public var spacelift: Int

    public init(military: Int = 0, spacelift: Int = 0) {
        self.military = military
        self.spacelift = spacelift
    }

    public var total: Int { military + spacelift }

    enum CodingKeys: String, CodingKey {
        case military = "Military"
        case spacelift = "Spacelift"
    }

    public init(_ ships: [Ship]) {
        self.init()
        for ship in ships {
            switch ship.type {
            case .military: military += 1
            case .spacelift: spacelift += 1
            }
        }
    }
}

public struct FleetIntel: Sendable, Codable, Equatable {
    public var fleetID: String
    public var ownerHouseID: String
    /// Where it was last seen.
    public var systemID: String
    public var detectedTurn: Int
    public var shipCount: Int
    public var shipTypes: ShipCounts
    /// Storage `intel_quality`: always "visual" (seen in the same system) in this engine.
    public var quality: String

    public init(fleetID: String, ownerHouseID: String, systemID: String, detectedTurn: Int, shipTypes: ShipCounts, quality: String = "visual") {
        self.fleetID = fleetID
        self.ownerHouseID = ownerHouseID
        self.systemID = systemID
        self.detectedTurn = detectedTurn
        shipCount = shipTypes.total
        self.shipTypes = shipTypes
        self.quality = quality
    }
}

public struct ColonyIntel: Sendable, Codable, Equatable {
    public var colonyID: String
    public var systemID: String
    public var ownerHouseID: String
    public var intelTurn: Int
    public var population: Int
    public var industry: Int
    public var defenses: Int
    public var starbaseLevel: Int
    public var underSiege: Bool
    /// Storage `intel_source`: "scan" (a fleet or colony of the house, or an ally, was there).
    public var source: String

    public init(colony: Colony, turn: Int, source: String = "scan") {
        colonyID = colony.id
        systemID = colony.systemID
        ownerHouseID = colony.ownerHouseID
        intelTurn = turn
        population = colony.population
        industry = colony.industry
        defenses = colony.defenses
        starbaseLevel = colony.starbaseLevel
        underSiege = colony.underSiege
        self.source = source
    }
}
