/// One thing wrong with a submission: a stable code, where it is (a JSON
/// path such as `fleet_orders[2].to`) and a plain-English explanation.
public struct OrderError: Error, Sendable, Codable, Equatable, CustomStringConvertible {
    /// The stable codes of the orders' checks; players and harnesses match on them.
    public enum Code: String, Sendable, Codable, CaseIterable {
        case buildAmbiguousColony = "build.ambiguous_colony"
        case buildBadQuantity = "build.bad_quantity"
        case buildColonyUnderSiege = "build.colony_under_siege"
        case buildDefensesLimit = "build.defenses_limit"
        case buildForeignColony = "build.foreign_colony"
        case buildInsufficientTreasury = "build.insufficient_treasury"
        case buildStarbaseLimit = "build.starbase_limit"
        case buildUnknownColony = "build.unknown_colony"
        case buildUnknownItem = "build.unknown_item"
        case diplomacyAmbiguousHouse = "diplomacy.ambiguous_house"
        case diplomacyDuplicateHouse = "diplomacy.duplicate_house"
        case diplomacyEliminatedHouse = "diplomacy.eliminated_house"
        case diplomacySelf = "diplomacy.self"
        case diplomacyUnknownHouse = "diplomacy.unknown_house"
        case diplomacyUnknownProposal = "diplomacy.unknown_proposal"
        case orderAmbiguousFleet = "order.ambiguous_fleet"
        case orderAmbiguousSystem = "order.ambiguous_system"
        case orderBadDetach = "order.bad_detach"
        case orderBadFleetName = "order.bad_fleet_name"
        case orderDuplicateFleetOrder = "order.duplicate_fleet_order"
        case orderFleetNameTaken = "order.fleet_name_taken"
        case orderForeignFleet = "order.foreign_fleet"
        case orderJoinSelf = "order.join_self"
        case orderMissingTarget = "order.missing_target"
        case orderNoMilitary = "order.no_military"
        case orderNoSpacelift = "order.no_spacelift"
        case orderUnexpectedField = "order.unexpected_field"
        case orderUnknownFleet = "order.unknown_fleet"
        case orderUnknownSystem = "order.unknown_system"
        case orderUnknownType = "order.unknown_type"
        case orderUnreachableTarget = "order.unreachable_target"
        case submissionGameNotActive = "submission.game_not_active"
        case submissionHouseEliminated = "submission.house_eliminated"
        case submissionUnknownHouse = "submission.unknown_house"
        case submissionUnreadable = "submission.unreadable"
    }

    public var code: Code
    public var path: String
    public var message: String

    public init(code: Code, path: String, message: String) {
        self.code = code
        self.path = path
        self.message = message
    }

    public var description: String { "\(path): \(message) [\(code.rawValue)]" }
}
