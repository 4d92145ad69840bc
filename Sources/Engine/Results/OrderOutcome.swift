/// What became of one order: carried out, still under way, or failed.
/// Submitted orders carry their index in the submission; standing orders
/// that a fleet followed without a new order have `index` nil.
public struct OrderOutcome: Sendable, Codable, Equatable {
    public enum Category: String, Sendable, Codable { case fleet, build, diplomacy }

    public enum Status: String, Sendable, Codable {
        /// Done this turn (arrived, colonized, merged, paid, signed...).
        case completed
        /// Carried out as far as it could go this turn; stands for the next.
        case inProgress = "in_progress"
        case failed
    }

    public var houseID: String
    public var category: Category
    public var index: Int?
    public var fleetID: String?
    public var entityID: String?
    public var orderType: String
    public var status: Status
    public var reason: String?

    public init(
        houseID: String, category: Category, index: Int?, fleetID: String? = nil, entityID: String? = nil,
        orderType: String, status: Status, reason: String? = nil
    ) {
        self.houseID = houseID
        self.category = category
        self.index = index
        self.fleetID = fleetID
        self.entityID = entityID
        self.orderType = orderType
        self.status = status
        self.reason = reason
    }
}
