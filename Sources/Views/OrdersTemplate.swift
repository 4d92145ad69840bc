public import Engine

/// A complete, valid order file for the turn of the view: the header, and
/// for every own fleet the order it would follow anyway (its standing order,
/// else `hold`). Submitting it unchanged keeps everything on course; editing
/// it is the easiest way to write orders.
public struct OrdersTemplate: Sendable, Codable, Equatable {
    /// Stands in for the house's secret in games that are not open.
    public static let tokenPlaceholder = "<your token>"

    public var game: String
    public var house: String
    public var turn: Int
    public var token: String?
    public var stateHash: String
    public var fleetOrders: [FleetOrder]
    public var builds: [BuildOrder]
    public var diplomacy: [DiplomacyOrder]

    public init(
        game: String, house: String, turn: Int, token: String? = nil, stateHash: String, fleetOrders: [FleetOrder] = [],
        builds: [BuildOrder] = [], diplomacy: [DiplomacyOrder] = []
    ) {
        self.game = game
        self.house = house
        self.turn = turn
        self.token = token
        self.stateHash = stateHash
        self.fleetOrders = fleetOrders
        self.builds = builds
        self.diplomacy = diplomacy
    }

    enum CodingKeys: String, CodingKey {
        case game, house, turn, token
        case stateHash = "state_hash"
        case fleetOrders = "fleet_orders"
        case builds, diplomacy
    }

    /// The body as the engine reads it.
    public var orders: Orders { Orders(fleetOrders: fleetOrders, builds: builds, diplomacy: diplomacy) }
}

extension OrdersTemplate {
    /// `systemName` turns a system id into what the view calls it (its short id).
    static func make(
        for house: House, state: GameState, stateHash: String, open: Bool, validator: OrderValidator,
        systemName: (String) -> String
    ) -> OrdersTemplate {
        let fleets = state.fleets.filter { $0.ownerHouseID == house.id }
        let lines = fleets.map { fleet -> FleetOrder in
            guard let standing = fleet.standingOrder, standing.kind != .hold else { return FleetOrder(fleet: fleet.id, .hold) }
            let line = FleetOrder(
                fleet: fleet.id, standing.kind, to: standing.targetSystemID.map(systemName), target: standing.targetFleetID
            )
            // A standing order the fleet can no longer carry out (say, an invasion
            // after its troop ships were lost) would make the whole file invalid.
            let check = validator.validate(Orders(fleetOrders: [line]), house: house.id)
            let broken = check.errors.contains { $0.path.hasPrefix("fleet_orders[") }
            return broken ? FleetOrder(fleet: fleet.id, .hold) : line
        }
        return OrdersTemplate(
            game: state.game.id, house: house.slug, turn: state.game.turn, token: open ? nil : tokenPlaceholder,
            stateHash: stateHash, fleetOrders: lines
        )
    }
}
