/// Games whose database the daemon cannot write now, and why: each new
/// cause is logged once, shown by `ec4x status`, and cleared when a write
/// succeeds again.
struct DatabaseFaults: Equatable {
    private(set) var reasons: [String: String] = [:]

    /// Notes the cause; true when it is new for the game (log it).
    mutating func failed(_ game: String, reason: String) -> Bool {
        let earlier = reasons[game]
        reasons[game] = reason
        // The same fault again, about another file, is not news.
        guard let earlier else { return true }
        return Self.kind(of: reason) != Self.kind(of: earlier)
    }

    /// Notes a write that worked; true when the game had a fault (log the recovery).
    mutating func recovered(_ game: String) -> Bool {
        reasons.removeValue(forKey: game) != nil
    }

    /// The cause without the file it happened to: what tells faults apart.
    static func kind(of reason: String) -> Substring {
        reason.split(separator: ": ", maxSplits: 1).last ?? Substring(reason)
    }
}
