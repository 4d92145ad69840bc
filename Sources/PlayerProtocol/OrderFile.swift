public import Engine

/// A decoded order file: who it is from, for which turn, and the orders.
public struct OrderFile: Sendable, Equatable {
    public var game: String?
    public var house: String?
    public var turn: Int?
    public var token: String?
    /// The view's state hash the orders were written against (optional, informational).
    public var stateHash: String?
    /// `false` makes the file a draft: in force, but the house is not counted
    /// as submitted (DESIGN.md §4). Absent means ready.
    public var ready: Bool?
    public var orders: Orders

    /// Whether the house counts as submitted once this file is accepted.
    public var isReady: Bool { ready ?? true }

    public init(
        game: String? = nil, house: String? = nil, turn: Int? = nil, token: String? = nil, stateHash: String? = nil, ready: Bool? = nil,
        orders: Orders = Orders()
    ) {
        self.game = game
        self.house = house
        self.turn = turn
        self.token = token
        self.stateHash = stateHash
        self.ready = ready
        self.orders = orders
    }

    public enum Format: String, Sendable, Codable {
        case json
        case kdl
        case unknown
    }
}

extension OrderFile.Format {
    /// The format a file name announces.
    public static func ofFile(named name: String) -> Self {
        let lower = name.lowercased()
        if lower.hasSuffix(".json") { return .json }
        if lower.hasSuffix(".kdl") { return .kdl }
        return .unknown
    }
}

/// An order file read from its bytes: the file, or the errors found in it (bounded).
public enum DecodedOrderFile: Sendable, Equatable {
    case decoded(OrderFile)
    case invalid(SubmissionErrorList)
}
