/// The legacy map after repair: systems and distinct lanes in id order, plus what was changed.
public struct LegacyMap: Sendable, Hashable, Codable {
    /// Sorted by legacy id.
    public var systems: [LegacySystem]
    /// Sorted by (lowerID, higherID); one per unordered pair.
    public var lanes: [LegacyMapLane]
    /// Sorted by systems, then kind.
    public var repairs: [LegacyRepair]

    public init(systems: [LegacySystem], lanes: [LegacyMapLane], repairs: [LegacyRepair]) {
        self.systems = systems
        self.lanes = lanes
        self.repairs = repairs
    }

    /// Home systems ordered by player index.
    public var homes: [LegacySystem] {
        systems.filter(\.isHome).sorted { ($0.player ?? 0) < ($1.player ?? 0) }
    }

    public func repairs(of kind: LegacyRepair.Kind) -> [LegacyRepair] {
        repairs.filter { $0.kind == kind }
    }
}
