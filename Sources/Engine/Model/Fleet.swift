/// A group of ships that moves and fights together.
public struct Fleet: Sendable, Codable, Equatable, Identifiable {
    public var id: String
    public var ownerHouseID: String
    public var locationSystemID: String
    public var name: String?
    /// Ships sorted by id.
    public var ships: [Ship]
    /// The order the fleet keeps following on turns it gets no new order
    /// (an unfinished move, a patrol, a blockade...). Nil: it holds.
    public var standingOrder: FleetCommand?

    public init(
        id: String, ownerHouseID: String, locationSystemID: String, name: String? = nil, ships: [Ship],
        standingOrder: FleetCommand? = nil
    ) {
        self.id = id
        self.ownerHouseID = ownerHouseID
        self.locationSystemID = locationSystemID
        self.name = name
        self.ships = ships
        self.standingOrder = standingOrder
    }

    public func count(of type: ShipType) -> Int { ships.count { $0.type == type } }

    /// Only fleets made purely of undamaged Military ships may cross Restricted lanes.
    public var mayUseRestrictedLanes: Bool {
        !ships.isEmpty && ships.allSatisfy { $0.type == .military && !$0.isDamaged }
    }

    public var hasMilitary: Bool { ships.contains { $0.type == .military } }
    public var hasSpacelift: Bool { ships.contains { $0.type == .spacelift } }
}

public struct Ship: Sendable, Codable, Equatable, Identifiable {
    public var id: String
    public var type: ShipType
    public var hullPoints: Int
    public var maxHullPoints: Int

    public init(id: String, type: ShipType, hullPoints: Int, maxHullPoints: Int) {
        self.id = id
        self.type = type
        self.hullPoints = hullPoints
        self.maxHullPoints = maxHullPoints
    }

    /// Crippled: at or below half hull.
    public var isCrippled: Bool { hullPoints * 2 <= maxHullPoints }
    public var isDamaged: Bool { hullPoints < maxHullPoints }
}
