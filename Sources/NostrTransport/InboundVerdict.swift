/// What the moderator makes of one received event (§8's rules of the road).
public enum InboundVerdict: Sendable, Equatable {
    /// An order file from a house's own key: to be ingested like a dropped file.
    case orders(slug: String, fileName: String, bytes: [UInt8])
    /// A claim on an open seat.
    case join(seat: String, invite: String)
    /// Not for this game, or from a stranger: stored, not acted on.
    case ignored(String)
    /// Broken: a bad signature, malformed tags, content that does not decrypt. Stored, logged.
    case refused(String)

    public var note: String? {
        switch self {
        case .orders, .join: nil
        case .ignored(let why): "ignored: " + why
        case .refused(let why): "refused: " + why
        }
    }
}
