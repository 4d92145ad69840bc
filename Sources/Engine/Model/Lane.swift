/// A jump lane between two systems. Lanes are undirected and stored once,
/// with the smaller system id first.
public struct Lane: Sendable, Codable, Equatable, Hashable {
    public var from: String
    public var to: String
    public var type: LaneType

    public init(between a: String, and b: String, type: LaneType) {
        from = min(a, b)
        to = max(a, b)
        self.type = type
    }

    public func other(end systemID: String) -> String? {
        if systemID == from { return to }
        if systemID == to { return from }
        return nil
    }
}
