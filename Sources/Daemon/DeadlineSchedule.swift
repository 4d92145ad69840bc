internal import Foundation

/// The deadlines of active games (Unix seconds), open or not, and when the
/// daemon must wake for the earliest: a deadline resolves the turn with no
/// file event needed.
struct DeadlineSchedule {
    private var deadlines: [String: Int64] = [:]

    /// Notes a game's deadline; nil when it has none or cannot resolve now.
    mutating func set(_ game: String, _ deadline: Int64?) {
        deadlines[game] = deadline
    }

    func deadline(of game: String) -> Int64? { deadlines[game] }

    /// Games whose deadline has passed at `now`, in id order.
    func due(at now: Date) -> [String] {
        let seconds = Int64(now.timeIntervalSince1970)
        return deadlines.filter { $0.value <= seconds }.keys.sorted()
    }

    /// Seconds from `now` until the earliest deadline (0 when one has passed); nil with none.
    /// - Parameter notBefore: when a game may be tried again after a failure:
    ///   a passed deadline of a game waiting for its retry wakes nobody until then.
    func delay(from now: Date, notBefore: (String) -> Date? = { _ in nil }) -> TimeInterval? {
        let wakes = deadlines.map { game, deadline in
            max(TimeInterval(deadline), notBefore(game)?.timeIntervalSince1970 ?? 0)
        }
        guard let earliest = wakes.min() else { return nil }
        return max(0, earliest - now.timeIntervalSince1970)
    }
}
