/// A submission that passed validation, with every name turned into a full
/// id. `index` is the line's position in the submitted array.
public struct ResolvedOrders: Sendable, Equatable {
    public struct Fleet: Sendable, Equatable {
        public var index: Int
        public var fleetID: String
        public var command: FleetCommand
    }

    public struct Build: Sendable, Equatable {
        public var index: Int
        public var colonyID: String
        public var item: BuildItem
        public var quantity: Int
        public var cost: Int
    }

    public struct Proposal: Sendable, Equatable {
        public var index: Int
        public var houseID: String
        public var relation: DiplomaticRelation
    }

    public var houseID: String
    public var fleetOrders: [Fleet]
    public var builds: [Build]
    public var diplomacy: [Proposal]
}

/// The validator's answer: every error, or the resolved orders when there are none.
public struct OrderValidation: Sendable, Equatable {
    public var errors: [OrderError]
    public var resolved: ResolvedOrders?

    public var isValid: Bool { errors.isEmpty }
}
