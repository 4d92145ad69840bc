/// An offer of peace, a non-aggression pact or an alliance, waiting for the
/// other house to propose the same. War is never proposed: it is declared.
public struct DiplomaticProposal: Sendable, Codable, Equatable {
    public var fromHouseID: String
    public var toHouseID: String
    public var relation: DiplomaticRelation
    public var turnProposed: Int

    public init(from: String, to: String, relation: DiplomaticRelation, turnProposed: Int) {
        fromHouseID = from
        toHouseID = to
        self.relation = relation
        self.turnProposed = turnProposed
    }
}
