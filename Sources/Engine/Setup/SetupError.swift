/// A setup that cannot make a game, with a stable code.
public struct SetupError: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Code: String, Sendable, CaseIterable {
        case badFleets = "setup.bad_fleets"
        case badHouseName = "setup.bad_house_name"
        case badLaneWeights = "setup.bad_lane_weights"
        case badTurnLimit = "setup.bad_turn_limit"
        case duplicateHouse = "setup.duplicate_house"
        case housesOutOfRange = "setup.houses_out_of_range"
        case mapTooSmall = "setup.map_too_small"
        case ringsOutOfRange = "setup.rings_out_of_range"
    }

    public var code: Code
    public var message: String

    public init(code: Code, message: String) {
        self.code = code
        self.message = message
    }

    public var description: String { "\(message) [\(code.rawValue)]" }
}
