/// A group of ships that moves and fights together.
public struct Fleet: Sendable, Codable, Equatable, Identifiable {
    public var id: String
    public var ownerHouseID: String
    public var locationSystemID: String
    public var name: String?
    /// Ships sorted by id.
    public var ships: [Ship]

    public init(id: String, ownerHouseID: String, locationSystemID: String, name: String? = nil, ships: [Ship]) {
        self.id = id
        self.ownerHouseID = ownerHouseID
        self.locationSystemID = locationSystemID
        self.name = name
        self.ships = ships
    }

    public func count(of type: ShipType) -> Int { ships.count { $0.type == type } }
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
