/// One changed entity, as a row of `state_deltas`: only the fields that
/// changed this turn. `houseID` nil is a public delta.
public struct StateDelta: Sendable, Codable, Equatable {
    public var houseID: String?
    public var deltaType: String
    public var entityID: String?
    public var data: [String: JSONValue]

    public init(houseID: String?, deltaType: String, entityID: String?, data: [String: JSONValue]) {
        self.houseID = houseID
        self.deltaType = deltaType
        self.entityID = entityID
        self.data = data
    }
}
