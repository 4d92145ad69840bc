public import NostrEvents

/// One `REQ` on a relay: its events, the end of stored events, and its end if the relay closes it.
/// Stopping iteration (or dropping the stream) sends `CLOSE`.
public struct Subscription: Sendable {
    public enum Item: Sendable, Equatable {
        /// An event whose id and signature checked out; forged events are dropped, never delivered.
        case event(Event)
        /// Stored events are done; what follows arrived live.
        case endOfStoredEvents
    }

    public let id: String
    public let items: AsyncThrowingStream<Item, any Error>
}
