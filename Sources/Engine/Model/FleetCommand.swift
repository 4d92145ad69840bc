/// A fleet order with every name resolved to a full id: what the engine
/// actually carries out, and what a fleet keeps as its standing order.
public struct FleetCommand: Sendable, Codable, Equatable, Hashable {
    public var kind: FleetOrderKind
    /// The system the order goes to (move, patrol, colonize, rendezvous, blockade, invade).
    public var targetSystemID: String?
    /// The fleet to join (join).
    public var targetFleetID: String?
    /// The ships to split off (detach); never part of a standing order.
    public var ships: ShipSelection?
    /// The new fleet's name (detach), unique among the house's fleets.
    public var name: String?

    public init(
        kind: FleetOrderKind, targetSystemID: String? = nil, targetFleetID: String? = nil, ships: ShipSelection? = nil, name: String? = nil
    ) {
        self.kind = kind
        self.targetSystemID = targetSystemID
        self.targetFleetID = targetFleetID
        self.ships = ships
        self.name = name
    }

    public static let hold = FleetCommand(kind: .hold)
}

/// The fleet orders of DESIGN.md §4, spelled as in order files.
public enum FleetOrderKind: String, Sendable, Codable, CaseIterable, Hashable {
    case hold
    case move
    case patrol
    case colonize
    case join
    case rendezvous
    case blockade
    case invade
    /// Splits ships off into a new fleet at the same place; the rest of the
    /// fleet keeps its standing order.
    case detach

    /// Orders that name a system in `to`.
    public var takesSystem: Bool {
        switch self {
        case .move, .patrol, .colonize, .rendezvous, .blockade, .invade: true
        case .hold, .join, .detach: false
        }
    }
}
