/// A star system on the map.
public struct StarSystem: Sendable, Codable, Equatable, Identifiable {
    public var id: String
    public var name: String
    public var coord: HexCoord
    public var ownerHouseID: String?

    public var ring: Int { coord.ring }

    public init(id: String, name: String, coord: HexCoord, ownerHouseID: String? = nil) {
        self.id = id
        self.name = name
        self.coord = coord
        self.ownerHouseID = ownerHouseID
    }
}
