/// What a relay sends a client (NIP-01, plus NIP-42's AUTH challenge so it can be recognised).
public enum RelayMessage: Sendable, Equatable {
    case event(subscription: String, event: Event)
    case endOfStoredEvents(subscription: String)
    /// The answer to a published event: accepted or not, with the relay's reason (`duplicate:`, `blocked:` ...).
    case ok(eventID: String, accepted: Bool, message: String)
    case notice(String)
    case closed(subscription: String, message: String)
    case auth(challenge: String)

    /// Reads one relay frame. The event inside an EVENT is checked for shape only; see `Event.verify()`.
    public init(text: String) throws(NostrEventError) {
        guard let items = try JSON.parse(text).arrayValue, let label = items.first?.stringValue else {
            throw .malformedMessage("a relay message is an array that starts with its type")
        }
        func string(_ position: Int) throws(NostrEventError) -> String {
            guard position < items.count, let value = items[position].stringValue else {
                throw .malformedMessage("\(label): item \(position) must be a string")
            }
            return value
        }
        switch label {
        case "EVENT":
            guard items.count == 3 else { throw .malformedMessage("EVENT has a subscription and an event") }
            self = .event(subscription: try string(1), event: try Event(json: items[2]))
        case "EOSE":
            self = .endOfStoredEvents(subscription: try string(1))
        case "OK":
            guard items.count >= 3, case .bool(let accepted) = items[2] else {
                throw .malformedMessage("OK has an event id, a boolean and a message")
            }
            self = .ok(eventID: try string(1), accepted: accepted, message: items.count > 3 ? try string(3) : "")
        case "NOTICE":
            self = .notice(try string(1))
        case "CLOSED":
            self = .closed(subscription: try string(1), message: items.count > 2 ? try string(2) : "")
        case "AUTH":
            self = .auth(challenge: try string(1))
        default:
            throw .malformedMessage("unknown relay message \(label)")
        }
    }
}
