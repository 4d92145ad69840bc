/// Why a message or event from a relay was refused.
public enum NostrEventError: Error, Equatable, Sendable {
    case malformedJSON(String)
    /// Valid JSON, but not the shape NIP-01 gives this message or event.
    case malformedEvent(String)
    case malformedMessage(String)
    /// The id is not the SHA-256 of the event's canonical serialisation.
    case idMismatch
    case badSignature
}
