/// Why talking to a relay failed.
public enum RelayError: Error, Equatable, Sendable {
    /// The WebSocket could not be opened, or closed while a request waited.
    case disconnected(String)
    /// No OK (or EOSE) within the time allowed.
    case timedOut
    /// The same event is already waiting for its OK on this connection.
    case alreadyPublishing(eventID: String)
}
