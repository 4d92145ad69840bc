public import Storage

/// `ec4x compact`: rewrites a game's database into the fewest pages, keeping
/// every row. While a game is active the daemon may be writing a turn, which
/// would wait for (or time out behind) the rewrite, so an active game is
/// compacted only when the host says so (`force`).
public enum CompactGame {
    public static func run(session: GameSession, force: Bool = false) throws -> Compaction {
        guard session.state.game.phase != .active || force else {
            throw GamesError(
                .gameActive,
                "\"\(session.state.game.name)\" is still being played (turn \(session.turn)); compacting blocks the daemon's writes while it runs. Compact it when it is over, or pass --force"
            )
        }
        return try session.store.database.compact()
    }
}
