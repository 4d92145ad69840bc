public import Engine
public import Foundation

/// Builds a house's fog-of-war view from the state (DESIGN.md §4 and §6);
/// the public map is `PublicMap.make`, the Markdown brief `ViewBrief`.
/// Pure: no I/O, no clock; the same inputs always give the same view, and
/// `encode` turns it into the same bytes.
///
/// What a house may know follows `HouseKnowledge` and RULES.md §8: its own
/// house, colonies and fleets in full; the public map, houses, prestige and
/// relations; proposals made by or to it; its intel (foreign fleets and
/// colonies as last seen, with their age); and the events it may see.
public enum ViewBuilder {
    /// - Parameters:
    ///   - houseID: the house's id (its slug is accepted too). Must be a house of the game.
    ///   - lastTurnEvents: every event of the turn just resolved; only those the house may see are kept.
    ///   - submittedSlugs: houses whose orders for the current turn are in.
    ///   - deadline: Unix time at which the turn resolves with what is in (nil: none).
    ///   - open: whether order files need no token.
    ///   - stateHash, validator: `StateHash.of(state)` and `OrderValidator(state:)` when the caller
    ///     already has them; building every house's view of a large game should make them once.
    public static func view(
        of houseID: String, state: GameState, lastTurnEvents: [TurnEvent], submittedSlugs: [String], deadline: Int64?,
        open: Bool, stateHash knownHash: String? = nil, validator knownValidator: OrderValidator? = nil
    ) -> HouseView {
        guard let house = state.house(houseID) ?? state.house(slug: houseID) else {
            preconditionFailure("ViewBuilder: no house \(houseID) in game \(state.game.id)")
        }
        let context = ViewContext(state: state, viewer: house)
        let stateHash = knownHash ?? StateHash.of(state)
        let over = state.game.phase == .completed
        return HouseView(
            guide: ViewGuide.lines(slug: house.slug, completed: over, winner: state.game.winnerHouseID.map(context.slug)),
            game: context.gameSummary(deadline: deadline, open: open),
            stateHash: stateHash,
            house: context.ownHouse(),
            submitted: Array(Set(submittedSlugs)).sorted(),
            houses: context.houseEntries(),
            diplomacy: context.diplomacySummary(),
            colonies: context.ownColonies(),
            fleets: context.ownFleets(),
            moves: context.moveTable(),
            intel: context.intel(),
            systems: context.seenSystems(),
            events: context.events(from: lastTurnEvents),
            // A finished game, or a house that is out, takes no more orders.
            ordersTemplate: over || house.eliminated
                ? nil
                : OrdersTemplate.make(
                    for: house, state: state, stateHash: stateHash, open: open, validator: knownValidator ?? OrderValidator(state: state),
                    systemName: context.shortSystem.callAsFunction
                )
        )
    }

    /// The views of every house of the game (eliminated ones too: they may
    /// still read how the game goes on), sorted by slug.
    public static func views(
        state: GameState, lastTurnEvents: [TurnEvent], submittedSlugs: [String], deadline: Int64?, open: Bool
    ) -> [(slug: String, view: HouseView)] {
        let stateHash = StateHash.of(state)
        let validator = OrderValidator(state: state)
        return state.houses.sorted { $0.slug < $1.slug }.map { house in
            (
                house.slug,
                view(
                    of: house.id, state: state, lastTurnEvents: lastTurnEvents, submittedSlugs: submittedSlugs, deadline: deadline,
                    open: open, stateHash: stateHash, validator: validator
                )
            )
        }
    }

    /// The view as compact JSON, keys in declaration order, no nulls.
    public static func encode(_ view: HouseView) -> Data {
        Data(encodedBytes(view))
    }

    public static func encodedBytes(_ view: HouseView) -> [UInt8] {
        // A view holds only strings, whole numbers and flags, which always encode.
        guard let bytes = try? CanonicalJSON.encode(view) else {
            preconditionFailure("a HouseView always encodes")
        }
        return bytes
    }
}
