/// One change the map repair made to the listed lanes, in a form that goes straight into
/// the JSON migration report.
public struct LegacyRepair: Sendable, Hashable, Codable {
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        /// A pair listed more than once with the same type became one lane.
        case duplicateLaneMerged = "duplicate_lane_merged"
        /// A pair listed more than once with different types became one lane of the most restrictive type.
        case conflictingLaneType = "conflicting_lane_type"
        /// A lane between hexes that are not neighbours (an old generator bug) was kept as it is.
        case nonAdjacentLaneKept = "non_adjacent_lane_kept"
        /// A lane naming a system that systems.txt does not list was left out.
        case unknownSystemLaneDropped = "unknown_system_lane_dropped"
    }

    public var kind: Kind
    /// The lane's two legacy system ids, lower first.
    public var systems: [Int]
    /// The lanes.txt lines involved, ascending.
    public var lines: [Int]
    /// The types as listed on those lines (same order as `lines`).
    public var listedTypes: [LegacyLaneType]
    /// The type the merged lane got; nil when the lane was dropped.
    public var resultType: LegacyLaneType?
    public var message: String

    public init(
        kind: Kind, systems: [Int], lines: [Int], listedTypes: [LegacyLaneType],
        resultType: LegacyLaneType?, message: String
    ) {
        self.kind = kind
        self.systems = systems
        self.lines = lines
        self.listedTypes = listedTypes
        self.resultType = resultType
        self.message = message
    }
}
