/// The event kinds of DESIGN.md §8.
public enum NostrKind {
    /// Addressable, `d` = game id: the public announcement.
    public static let game = 30470
    /// Player → moderator: an order file, NIP-44.
    public static let orders = 3471
    /// Moderator → player: a receipt, NIP-44.
    public static let receipt = 3472
    /// Addressable, `d` = `<game id>:<slug>`: the house's view, NIP-44.
    public static let view = 30473
    /// Addressable, `d` = `<game id>:map`: the public map.
    public static let map = 30474
    /// The public summary of a turn.
    public static let summary = 3475
    /// New player → moderator: claims an open seat, NIP-44.
    public static let join = 3476
}
