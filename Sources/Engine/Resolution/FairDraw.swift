/// Settles a contest between houses (two claims on one system, two invaders
/// of one colony) by a uniform draw from a stream named after the contest,
/// its system and the turn, so neither the order houses are listed in nor
/// anything else in the turn can tilt it.
enum FairDraw {
    /// The winning index among `count` contestants sorted by house id.
    static func winner(count: Int, dice: GameDice, contest: String, systemID: String, turn: Int) -> Int {
        guard count > 1 else { return 0 }
        var random = dice.stream("\(contest)/\(systemID)", turn: turn)
        return random.int(in: 0...(count - 1))
    }
}
