/// Everything one resolved turn produced, for the storage writer.
public struct TurnResult: Sendable, Codable, Equatable {
    /// The turn that was resolved (the new state is at `resolvedTurn + 1`).
    public var resolvedTurn: Int
    /// The state after the turn: clock advanced, intel updated, arrays sorted.
    public var state: GameState
    /// In the order they happened.
    public var events: [TurnEvent]
    /// Changed fields only, per house (and public ones with `houseID` nil).
    public var deltas: [StateDelta]
    /// The intel rows that changed this turn, per house (upsert these; delete the removed ids).
    public var intelUpdates: [IntelUpdate]
    /// One row per house, sorted by house id.
    public var metrics: [HouseMetrics]
    /// Every submitted order and every standing order followed, with its fate.
    public var orderOutcomes: [OrderOutcome]
    /// `StateHash.of(state)`.
    public var stateHash: String

    public init(
        resolvedTurn: Int, state: GameState, events: [TurnEvent], deltas: [StateDelta], intelUpdates: [IntelUpdate],
        metrics: [HouseMetrics], orderOutcomes: [OrderOutcome], stateHash: String
    ) {
        self.resolvedTurn = resolvedTurn
        self.state = state
        self.events = events
        self.deltas = deltas
        self.intelUpdates = intelUpdates
        self.metrics = metrics
        self.orderOutcomes = orderOutcomes
        self.stateHash = stateHash
    }

    /// The events a house may see.
    public func events(visibleTo houseID: String) -> [TurnEvent] { events.filter { $0.isVisible(to: houseID) } }
}

/// The intel rows of one house that are new or changed this turn, and the ones to delete.
public struct IntelUpdate: Sendable, Codable, Equatable {
    public var houseID: String
    public var systems: [SystemIntel]
    public var fleets: [FleetIntel]
    public var colonies: [ColonyIntel]
    public var removedFleetIDs: [String]
    public var removedColonyIDs: [String]

    public var isEmpty: Bool {
        systems.isEmpty && fleets.isEmpty && colonies.isEmpty && removedFleetIDs.isEmpty && removedColonyIDs.isEmpty
    }
}
