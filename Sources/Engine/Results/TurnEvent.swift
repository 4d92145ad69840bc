/// Something that happened during resolution: one row of `game_events`
/// (and of `turn_log`, once per house in its audience).
public struct TurnEvent: Sendable, Codable, Equatable {
    public var phase: TurnPhase
    public var type: EventType
    /// The acting house, if any.
    public var houseID: String?
    public var fleetID: String?
    public var systemID: String?
    /// The fleet order, build item or diplomatic proposal the event is about.
    public var orderType: String?
    public var description: String
    /// Why an order failed.
    public var reason: String?
    public var data: [String: JSONValue]
    public var visibility: EventVisibility

    public init(
        phase: TurnPhase, type: EventType, houseID: String? = nil, fleetID: String? = nil, systemID: String? = nil,
        orderType: String? = nil, description: String, reason: String? = nil, data: [String: JSONValue] = [:],
        visibility: EventVisibility
    ) {
        self.phase = phase
        self.type = type
        self.houseID = houseID
        self.fleetID = fleetID
        self.systemID = systemID
        self.orderType = orderType
        self.description = description
        self.reason = reason
        self.data = data
        self.visibility = visibility
    }

    /// Whether a house may see this event.
    public func isVisible(to viewerID: String) -> Bool {
        switch visibility {
        case .public: true
        case .houses(let ids): ids.contains(viewerID)
        case .actor: houseID == viewerID
        }
    }

    /// The houses that may see the event; nil means everyone (`visible_to_house_id` NULL).
    public var audience: [String]? {
        switch visibility {
        case .public: nil
        case .houses(let ids): ids
        case .actor: houseID.map { [$0] } ?? []
        }
    }
}

public enum TurnPhase: String, Sendable, Codable, CaseIterable {
    case income = "Income"
    case command = "Command"
    case conflict = "Conflict"
    case maintenance = "Maintenance"
}

/// Who may see an event (DESIGN.md §6): diplomacy and eliminations are
/// public; combat and colonisation are seen by the houses present; the rest
/// only by the acting house.
public enum EventVisibility: Sendable, Equatable, Codable {
    case `public`
    /// The houses present at the event's system (sorted ids).
    case houses([String])
    /// Only `TurnEvent.houseID`.
    case actor

    enum CodingKeys: String, CodingKey { case scope, houses }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case .public: try c.encode("public", forKey: .scope)
        case .houses(let ids):
            try c.encode("houses", forKey: .scope)
            try c.encode(ids, forKey: .houses)
        case .actor: try c.encode("actor", forKey: .scope)
        }
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        switch try c.decode(String.self, forKey: .scope) {
        case "public": self = .public
        case "houses": self = .houses(try c.decode([String].self, forKey: .houses))
        default: self = .actor
        }
    }
}

/// `game_events.event_type` values.
public enum EventType: String, Sendable, Codable, CaseIterable {
    case income = "Income"
    case ordersRejected = "OrdersRejected"
    case warDeclared = "WarDeclared"
    case proposalMade = "ProposalMade"
    case treatySigned = "TreatySigned"
    case proposalExpired = "ProposalExpired"
    case buildOrdered = "BuildOrdered"
    case buildFailed = "BuildFailed"
    case buildCompleted = "BuildCompleted"
    case buildLost = "BuildLost"
    case fleetMoved = "FleetMoved"
    case orderCompleted = "OrderCompleted"
    case orderFailed = "OrderFailed"
    case fleetJoined = "FleetJoined"
    case fleetsMerged = "FleetsMerged"
    case fleetDetached = "FleetDetached"
    case colonyFounded = "ColonyFounded"
    case battle = "Battle"
    case fleetDestroyed = "FleetDestroyed"
    /// Ships a fleet lost in battle while the fleet itself survived.
    case shipsLost = "ShipsLost"
    case retreat = "Retreat"
    case siegeBegun = "SiegeBegun"
    case siegeLifted = "SiegeLifted"
    case colonyCaptured = "ColonyCaptured"
    case repair = "Repair"
    case prestige = "Prestige"
    case houseEliminated = "HouseEliminated"
    case gameWon = "GameWon"
}
