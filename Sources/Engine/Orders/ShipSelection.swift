/// How many ships of each class a `detach` order splits off, as in
/// `"ships": {"military": 2, "spacelift": 1}`. Which ships of a class go is
/// the rules' choice (RULES.md: the soundest first), so an order never needs
/// ship ids.
public struct ShipSelection: Sendable, Codable, Equatable, Hashable {
    public var military: Int
    public var spacelift: Int

    public init(military: Int = 0, spacelift: Int = 0) {
        self.military = military
        self.spacelift = spacelift
    }

    public var total: Int { military + spacelift }

    public func count(of type: ShipType) -> Int {
        switch type {
        case .military: military
        case .spacelift: spacelift
        }
    }
}
