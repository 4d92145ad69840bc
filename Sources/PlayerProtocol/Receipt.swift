/// The answer to one received file, written to `houses/<slug>/receipts/`.
public struct Receipt: Sendable, Codable, Equatable {
    public typealias Status = SubmissionStatus

    /// The name the file had in orders/.
    public var file: String
    /// Where the received file was moved (relative to the game folder).
    public var keptAs: String
    public var sha256: String?
    /// ISO 8601, UTC.
    public var receivedAt: String
    public var status: Status
    public var game: String
    public var house: String
    /// The turn the file was for (when it said), else the game's current turn.
    public var turn: Int
    /// The first errors found (at most 100; see `SubmissionErrorList`).
    public var errors: [SubmissionError]
    /// How many more errors were found than listed; nil when all are listed.
    public var moreErrors: Int?
    /// Orders that will run for this house this turn after this file: the
    /// accepted file's orders plus the standing orders of fleets it leaves alone.
    public var ordersInForce: Int
    /// The part of `ordersInForce` that is standing orders (an unfinished
    /// move, a patrol, …) of fleets no accepted file of this turn orders.
    public var standingOrdersInForce: Int
    /// For an accepted file (or a duplicate of one): false when it is a draft,
    /// which stays in force but does not count the house as submitted.
    public var ready: Bool?
    /// A plain-English word on what the status means here (drafts, duplicates).
    public var note: String?
    /// Houses whose orders the turn still waits for.
    public var waitingFor: [String]
    /// For duplicates: the receipt of the earlier identical file.
    public var duplicateOf: String?

    public init(
        file: String, keptAs: String, sha256: String?, receivedAt: String, status: Status, game: String, house: String,
        turn: Int, errors: [SubmissionError], moreErrors: Int = 0, ordersInForce: Int, standingOrdersInForce: Int = 0,
        ready: Bool? = nil, note: String? = nil, waitingFor: [String], duplicateOf: String? = nil
    ) {
        self.file = file
        self.keptAs = keptAs
        self.sha256 = sha256
        self.receivedAt = receivedAt
        self.status = status
        self.game = game
        self.house = house
        self.turn = turn
        self.errors = errors
        self.moreErrors = moreErrors > 0 ? moreErrors : nil
        self.ordersInForce = ordersInForce
        self.standingOrdersInForce = standingOrdersInForce
        self.ready = ready
        self.note = note
        self.waitingFor = waitingFor
        self.duplicateOf = duplicateOf
    }

    enum CodingKeys: String, CodingKey {
        case file, sha256, status, game, house, turn, errors, ready, note
        case standingOrdersInForce = "standing_orders_in_force"
        case keptAs = "kept_as"
        case receivedAt = "received_at"
        case ordersInForce = "orders_in_force"
        case waitingFor = "waiting_for"
        case duplicateOf = "duplicate_of"
        case moreErrors = "more_errors"
    }
}
