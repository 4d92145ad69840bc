/// A relay's answer to a published event (NIP-01 `OK`).
public struct PublishResult: Equatable, Sendable {
    public let eventID: String
    public let accepted: Bool
    /// Empty, or a machine-readable prefix and a reason: `duplicate: ...`, `blocked: ...`, `rate-limited: ...`.
    public let message: String

    public init(eventID: String, accepted: Bool, message: String) {
        self.eventID = eventID
        self.accepted = accepted
        self.message = message
    }
}
