/// A submission that passed validation, with every name turned into a full
/// id. `index` is the line's position in the submitted array.
public struct ResolvedOrders: Sendable, Equatable {
    public struct Fleet: Sendable, Equatable {
        public var index: Int
        public var fleetID: String
        public var command: FleetCommand

        public init(index: Int, fleetID: String, command: FleetCommand) {
            self.index = index
            self.fleetID = fleetID
            self.command = command
        }
    }

    public struct Build: Sendable, Equatable {
        public var index: Int
        public var colonyID: String
        public var item: BuildItem
        public var quantity: Int
        public var cost: Int

        public init(index: Int, colonyID: String, item: BuildItem, quantity: Int, cost: Int) {
            self.index = index
            self.colonyID = colonyID
            self.item = item
            self.quantity = quantity
            self.cost = cost
        }
    }

    public struct Proposal: Sendable, Equatable {
        public var index: Int
        public var houseID: String
        public var relation: DiplomaticRelation

        public init(index: Int, houseID: String, relation: DiplomaticRelation) {
            self.index = index
            self.houseID = houseID
            self.relation = relation
        }
    }

    public var houseID: String
    public var fleetOrders: [Fleet]
    public var builds: [Build]
    public var diplomacy: [Proposal]

    public init(houseID: String, fleetOrders: [Fleet], builds: [Build], diplomacy: [Proposal]) {
        self.houseID = houseID
        self.fleetOrders = fleetOrders
        self.builds = builds
        self.diplomacy = diplomacy
    }
}

/// The validator's answer: every error, or the resolved orders when there are none.
public struct OrderValidation: Sendable, Equatable {
    public var errors: [OrderError]
    public var resolved: ResolvedOrders?

    public var isValid: Bool { errors.isEmpty }
}
