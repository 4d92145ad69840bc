/// The standing relation between two houses, stored once per pair with the
/// smaller house id first.
public struct Diplomacy: Sendable, Codable, Equatable {
    public var houseA: String
    public var houseB: String
    public var relation: DiplomaticRelation
    public var turnEstablished: Int

    public init(between a: String, and b: String, relation: DiplomaticRelation, turnEstablished: Int) {
        houseA = min(a, b)
        houseB = max(a, b)
        self.relation = relation
        self.turnEstablished = turnEstablished
    }

    public func involves(_ houseID: String) -> Bool { houseA == houseID || houseB == houseID }
}
