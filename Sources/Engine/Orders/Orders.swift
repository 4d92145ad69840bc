/// One house's submission for one turn: the body of an order file
/// (DESIGN.md §4). The header (`game`, `house`, `turn`, `token`) belongs to
/// the ingestion layer; decoding a whole order file into `Orders` simply
/// ignores it. Missing arrays decode as empty, so `{}` means "nothing to order".
public struct Orders: Sendable, Codable, Equatable {
    public var fleetOrders: [FleetOrder]
    public var builds: [BuildOrder]
    public var diplomacy: [DiplomacyOrder]

    public init(fleetOrders: [FleetOrder] = [], builds: [BuildOrder] = [], diplomacy: [DiplomacyOrder] = []) {
        self.fleetOrders = fleetOrders
        self.builds = builds
        self.diplomacy = diplomacy
    }

    enum CodingKeys: String, CodingKey {
        case fleetOrders = "fleet_orders"
        case builds
        case diplomacy
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        fleetOrders = try c.decodeIfPresent([FleetOrder].self, forKey: .fleetOrders) ?? []
        builds = try c.decodeIfPresent([BuildOrder].self, forKey: .builds) ?? []
        diplomacy = try c.decodeIfPresent([DiplomacyOrder].self, forKey: .diplomacy) ?? []
    }

    public var isEmpty: Bool { fleetOrders.isEmpty && builds.isEmpty && diplomacy.isEmpty }
}

/// `{"fleet": "<id>", "order": "move", "to": "<system id>"}`; `join` names
/// its fleet in `target`; `detach` says which ships in `ships` and may name
/// the new fleet in `name`. Names may be full ids, unique prefixes of at
/// least 8 characters, or (for systems) unique system names. `order` stays a
/// string so that an unknown order is a validation error with a path, not a
/// decoding failure.
public struct FleetOrder: Sendable, Codable, Equatable {
    public var fleet: String
    public var order: String
    /// A system: move, patrol, colonize (optional: defaults to where the fleet is), rendezvous, blockade, invade.
    public var to: String?
    /// A fleet of the same house: join.
    public var target: String?
    /// The ships a detach splits off.
    public var ships: ShipSelection?
    /// The name of the fleet a detach forms.
    public var name: String?

    public init(fleet: String, order: String, to: String? = nil, target: String? = nil, ships: ShipSelection? = nil, name: String? = nil) {
        self.fleet = fleet
        self.order = order
        self.to = to
        self.target = target
        self.ships = ships
        self.name = name
    }

    public init(fleet: String, _ kind: FleetOrderKind, to: String? = nil, target: String? = nil, ships: ShipSelection? = nil, name: String? = nil) {
        self.init(fleet: fleet, order: kind.rawValue, to: to, target: target, ships: ships, name: name)
    }

    public var kind: FleetOrderKind? { FleetOrderKind(rawValue: order.lowercased()) }
}

/// `{"colony": "<id>", "item": "military", "quantity": 2}`.
public struct BuildOrder: Sendable, Codable, Equatable {
    public var colony: String
    public var item: String
    public var quantity: Int

    public init(colony: String, item: String, quantity: Int = 1) {
        self.colony = colony
        self.item = item
        self.quantity = quantity
    }

    public init(colony: String, _ item: BuildItem, quantity: Int = 1) {
        self.init(colony: colony, item: item.rawValue, quantity: quantity)
    }

    public var buildItem: BuildItem? { BuildItem(rawValue: item.lowercased()) }
}

public enum BuildItem: String, Sendable, Codable, CaseIterable {
    case military
    case spacelift
    case defenses
    case industry
    case starbase

    public func unitCost(_ config: GameConfig) -> Int {
        switch self {
        case .military: config.militaryCost
        case .spacelift: config.spaceliftCost
        case .defenses: config.defensesCost
        case .industry: config.industryCost
        case .starbase: config.starbaseCost
        }
    }

    public var shipType: ShipType? {
        switch self {
        case .military: .military
        case .spacelift: .spacelift
        case .defenses, .industry, .starbase: nil
        }
    }
}

/// `{"house": "beta", "propose": "peace"}`; the house by slug, id or id prefix.
public struct DiplomacyOrder: Sendable, Codable, Equatable {
    public var house: String
    public var propose: String

    public init(house: String, propose: String) {
        self.house = house
        self.propose = propose
    }

    public init(house: String, _ relation: DiplomaticRelation) {
        self.init(house: house, propose: relation.orderName)
    }

    public var relation: DiplomaticRelation? { DiplomaticRelation(orderName: propose) }
}

extension DiplomaticRelation {
    /// The lowercase spelling used in order files: war, peace, nap, alliance.
    public var orderName: String { rawValue.lowercased() }

    public init?(orderName: String) {
        guard let match = Self.allCases.first(where: { $0.orderName == orderName.lowercased() }) else { return nil }
        self = match
    }
}
