/// How the reference bots answer offers (RULES.md, "The reference bots"):
/// a bot accepts peace or a non-aggression pact offered to it by a house
/// whose prestige is at least its own, or by a house none of whose colonies
/// it knows (a stronger rival is better kept quiet, and there is nothing to
/// take from one it has never found). It never accepts an alliance and never
/// offers anything itself beyond what its strategy does. Accepting is
/// proposing the same back, which signs the treaty.
struct DiplomaticAnswer {
    let knowledge: HouseKnowledge

    /// The answers to add to `orders`: one line per house the orders say nothing to yet.
    func lines(besides orders: Orders) -> [DiplomacyOrder] {
        let me = knowledge.house
        let spoken = Set(orders.diplomacy.map { $0.house.lowercased() })
        let knownColonyOwners = Set(knowledge.intel.colonies.map(\.ownerHouseID))
        var answers: [DiplomacyOrder] = []
        for offer in knowledge.proposals.sorted(by: { ($0.fromHouseID, $0.relation.rawValue) < ($1.fromHouseID, $1.relation.rawValue) })
        where offer.toHouseID == me.id && (offer.relation == .peace || offer.relation == .nap) {
            guard let proposer = knowledge.houses.first(where: { $0.id == offer.fromHouseID }), !proposer.eliminated,
                !spoken.contains(proposer.slug), !answers.contains(where: { $0.house == proposer.slug }),
                knowledge.relation(with: proposer.id) != offer.relation
            else { continue }
            if proposer.prestige >= me.prestige || !knownColonyOwners.contains(proposer.id) {
                answers.append(DiplomacyOrder(house: proposer.slug, offer.relation))
            }
        }
        return answers
    }
}
