/// What a client sends a relay (NIP-01).
public enum ClientMessage: Sendable, Equatable {
    case event(Event)
    case request(subscription: String, filters: [Filter])
    case close(subscription: String)

    public var json: JSON {
        switch self {
        case .event(let event): .array([.string("EVENT"), event.json])
        case .request(let subscription, let filters): .array([.string("REQ"), .string(subscription)] + filters.map(\.json))
        case .close(let subscription): .array([.string("CLOSE"), .string(subscription)])
        }
    }

    public var text: String { json.text }
}
