/// How much one house may send in one turn before its files are answered
/// "over quota" unread (DESIGN.md §4, fairness): a flood from one house
/// costs the others little, and its database stays small. The files over
/// quota are still recorded and kept, so nothing a player sent is lost.
public struct HouseQuota: Sendable, Equatable {
    /// Files a house may send per turn.
    public var files: Int
    /// Bytes a house may send per turn (as stored).
    public var bytes: Int64

    public init(files: Int = HouseQuota.defaultFiles, bytes: Int64 = HouseQuota.defaultBytes) {
        self.files = files
        self.bytes = bytes
    }

    public static let defaultFiles = 200
    public static let defaultBytes: Int64 = 16 << 20

    /// What a house has sent this turn.
    struct Usage: Equatable {
        var files: Int
        var bytes: Int64
    }

    /// Whether a file of `size` bytes fits, given what the house sent before it this turn.
    func admits(_ size: Int64, after used: Usage) -> Bool {
        used.files < files && used.bytes + max(0, size) <= bytes
    }
}

/// What each house has sent per turn, read once from the database and then
/// counted as files are taken, so a flood costs no query per file.
struct QuotaLedger {
    struct Key: Hashable {
        var game: String
        var house: String
        var turn: Int
    }

    private var usage: [Key: HouseQuota.Usage] = [:]

    /// What the house sent; nil when not yet read from the database.
    func used(_ key: Key) -> HouseQuota.Usage? { usage[key] }

    mutating func start(_ key: Key, at used: HouseQuota.Usage) { usage[key] = used }

    /// Counts a file just recorded.
    mutating func count(_ key: Key, bytes: Int64) {
        var used = usage[key] ?? HouseQuota.Usage(files: 0, bytes: 0)
        used.files += 1
        used.bytes += max(0, bytes)
        usage[key] = used
    }

    /// Forgets a game's counts (its turn moved on, or it was reopened).
    mutating func forget(game: String) {
        usage = usage.filter { $0.key.game != game }
    }
}
