internal import Foundation
internal import Storage

/// One line of `ec4x status`: where a game stands and whom it waits for.
public struct GameSummary: Sendable, Codable, Equatable {
    public struct HouseLine: Sendable, Codable, Equatable {
        public var slug: String
        public var name: String
        public var prestige: Int
        public var eliminated: Bool
        public var submitted: Bool
    }

    public var id: String
    public var name: String
    public var folder: String
    public var turn: Int
    public var year: Int
    public var month: Int
    public var phase: String
    /// Unix time; nil when the turn has no deadline.
    public var deadline: Int64?
    public var open: Bool
    public var expected: Int
    public var submitted: Int
    public var awaiting: [String]
    public var houses: [HouseLine]
    /// Set when the current turn failed to resolve; after `ResolveTurn.maxFailures` the daemon stops retrying.
    public var resolveFailures: Int
    public var lastError: String?
    public var winner: String?
    /// What the running daemon cannot do for this game now (its database cannot be written, say); nil when nothing.
    public var fault: String? = nil

    static func read(_ store: GameStore, folder: GameFolder, now: Date) throws -> GameSummary {
        let game = try store.game()
        let houses = try store.houses()
        let readiness = try store.turnReadiness(turn: game.turn)
        let lines = houses.map { house in
            HouseLine(
                slug: house.slug, name: house.name, prestige: house.prestige, eliminated: house.eliminated,
                submitted: readiness.submitted.contains(house.slug)
            )
        }.sorted { $0.slug < $1.slug }
        return GameSummary(
            id: game.id, name: game.name, folder: folder.url.path, turn: game.turn, year: game.year, month: game.month,
            phase: game.phase.rawValue, deadline: game.deadline, open: houses.allSatisfy { $0.tokenHash == nil },
            expected: readiness.expected.count, submitted: readiness.submitted.count,
            awaiting: game.phase == .active ? readiness.awaited : [], houses: lines,
            resolveFailures: game.resolveFailures, lastError: game.lastError,
            winner: houses.first { $0.id == game.winnerHouseID }?.slug
        )
    }
}
