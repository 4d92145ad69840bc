/// A fleet order with every name resolved to a full id: what the engine
/// actually carries out, and what a fleet keeps as its standing order.
public struct FleetCommand: Sendable, Codable, Equatable, Hashable {
    public var kind: FleetOrderKind
    /// The system the order goes to (move, patrol, colonize, rendezvous, blockade, invade).
    public var targetSystemID: String?
    /// The fleet to join (join).
    public var targetFleetID: String?

    public init(kind: FleetOrderKind, targetSystemID: String? = nil, targetFleetID: String? = nil) {
        self.kind = kind
        self.targetSystemID = targetSystemID
        self.targetFleetID = targetFleetID
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

    /// Orders that name a system in `to`.
    public var takesSystem: Bool {
        switch self {
        case .move, .patrol, .colonize, .rendezvous, .blockade, .invade: true
        case .hold, .join: false
        }
    }
}
