/// The ways the writer saves space (issue #15), each of which can be turned
/// off to measure it on its own (`ec4x bench --storage-levers`) or to run the
/// earlier write path beside the new one. Readers understand rows written
/// with or without each lever, so a database may mix them.
public struct StorageLevers: OptionSet, Sendable, Hashable {
    public let rawValue: Int
    public init(rawValue: Int) { self.rawValue = rawValue }

    /// `game_events.event_data` leaves out the phase and the audience when
    /// the event's `turn_log` rows already say them.
    public static let eventData = StorageLevers(rawValue: 1 << 0)
    /// `submissions.raw` is kept deflated (`raw_encoding = 'deflate'`) when that is smaller.
    public static let rawDeflate = StorageLevers(rawValue: 1 << 1)
    /// New databases use 8 KiB pages instead of SQLite's 4 KiB.
    public static let largerPages = StorageLevers(rawValue: 1 << 2)

    /// A fleet line equal to the fleet's standing order in force gets no
    /// `orders` row; the submission lists it (`repeated_standing_orders`, v17).
    public static let standingOrders = StorageLevers(rawValue: 1 << 3)

    /// `game_events.event_data` leaves out data keys that repeat a column of
    /// the row (`EventDataColumns`: a fleet move's `to` and `destination`).
    public static let eventColumns = StorageLevers(rawValue: 1 << 5)
    /// A game that ends is compacted (`VACUUM`, as `ec4x compact`) right after its last turn.
    public static let compactAtEnd = StorageLevers(rawValue: 1 << 4)

    public static let all: StorageLevers = [.eventData, .rawDeflate, .largerPages, .standingOrders, .compactAtEnd, .eventColumns]
    public static let names: [(String, StorageLevers)] = [
        ("event-data", .eventData), ("raw-deflate", .rawDeflate), ("larger-pages", .largerPages), ("standing-orders", .standingOrders),
        ("compact-at-end", .compactAtEnd), ("event-columns", .eventColumns),
    ]

    /// What the current task writes with: all of them unless a bench or a
    /// test binds others (`StorageLevers.$inEffect.withValue`). Read before
    /// a database closure runs, which may run on another thread.
    @TaskLocal public static var inEffect: StorageLevers = .all
}
