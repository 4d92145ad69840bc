internal import Engine

/// The secrets a new game gets from the system's random source (getrandom on
/// Linux): never from the clock, the seed or anything a player can see.
enum GameSecrets {
    /// 32 random bytes: the key behind the game's ids and dice.
    static func newKey() -> GameKey {
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<4).flatMap { _ in
            let word: UInt64 = generator.next()
            return (0..<8).map { UInt8(truncatingIfNeeded: word >> (8 * $0)) }
        }
        return GameKey(bytes: bytes)!
    }
}
