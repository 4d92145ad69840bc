/// NIP-01's rule for addressable events, whatever a relay returns: the later `created_at` wins,
/// and among equal ones the lowest id. Pure.
public struct NewestVersion: Sendable, Equatable {
    public var createdAt: Int64
    public var id: String

    public init(createdAt: Int64, id: String) {
        self.createdAt = createdAt
        self.id = id
    }

    /// Whether `self` replaces `other` (nil: nothing yet).
    public func replaces(_ other: NewestVersion?) -> Bool {
        guard let other else { return true }
        return createdAt > other.createdAt || (createdAt == other.createdAt && id < other.id)
    }
}
