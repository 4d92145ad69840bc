/// Why something of the Nostr transport failed, with a typed code.
public struct NostrTransportError: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Code: String, Sendable {
        case badKey = "nostr.bad_key"
        case keyFile = "nostr.key_file"
        case badAddress = "nostr.bad_address"
        case badRelay = "nostr.bad_relay"
        case notNostrGame = "nostr.not_nostr_game"
        case badSeat = "nostr.bad_seat"
    }

    public var code: Code
    public var message: String

    public init(_ code: Code, _ message: String) {
        self.code = code
        self.message = message
    }

    public var description: String { message }
}
