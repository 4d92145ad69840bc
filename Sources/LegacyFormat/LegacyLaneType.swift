/// The three legacy jump-lane classes. `Comparable` orders them by restrictiveness,
/// so `max` picks the one that wins when a lane is listed with conflicting types.
public enum LegacyLaneType: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    case major = "Major"
    case minor = "Minor"
    case restricted = "Restricted"

    /// 0 for Major (anything may pass) up to 2 for Restricted.
    public var restrictiveness: Int {
        switch self {
        case .major: 0
        case .minor: 1
        case .restricted: 2
        }
    }

    public static func < (lhs: LegacyLaneType, rhs: LegacyLaneType) -> Bool {
        lhs.restrictiveness < rhs.restrictiveness
    }
}
