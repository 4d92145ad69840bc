/// An event to publish (`nostr_outbox`): signed once when queued, sent to every relay until each says OK.
public struct NostrOutboxEntry: Sendable, Equatable {
    /// The row's id; 0 before it is queued.
    public var id: Int64
    public var kind: Int
    /// Hex; nil for public events.
    public var recipient: String?
    public var content: String
    public var tagsJSON: String
    /// The whole signed event as relays get it.
    public var eventJSON: String
    public var createdAt: Int64
    /// The relays that said OK so far.
    public var ackedRelays: [String]

    public init(
        id: Int64 = 0, kind: Int, recipient: String?, content: String, tagsJSON: String, eventJSON: String, createdAt: Int64,
        ackedRelays: [String] = []
    ) {
        self.id = id
        self.kind = kind
        self.recipient = recipient
        self.content = content
        self.tagsJSON = tagsJSON
        self.eventJSON = eventJSON
        self.createdAt = createdAt
        self.ackedRelays = ackedRelays
    }
}
