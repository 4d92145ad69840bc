/// The kinds of jump lane, from easiest to hardest to cross.
public enum LaneType: String, Sendable, Codable, CaseIterable, Comparable {
    case major = "Major"
    case minor = "Minor"
    case restricted = "Restricted"

    /// Pathfinding cost of crossing the lane.
    public var pathCost: Int {
        switch self {
        case .major: 1
        case .minor: 2
        case .restricted: 3
        }
    }

    public static func < (lhs: LaneType, rhs: LaneType) -> Bool { lhs.pathCost < rhs.pathCost }
}

public enum ShipType: String, Sendable, Codable, CaseIterable {
    case military = "Military"
    case spacelift = "Spacelift"
}

public enum DiplomaticRelation: String, Sendable, Codable, CaseIterable {
    case war = "War"
    case peace = "Peace"
    case nap = "NAP"
    case alliance = "Alliance"
}

public enum GamePhase: String, Sendable, Codable, CaseIterable {
    case setup = "Setup"
    case active = "Active"
    case paused = "Paused"
    case completed = "Completed"
}
