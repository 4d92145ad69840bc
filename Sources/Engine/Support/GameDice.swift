/// Where a game's ids and dice come from: named streams, one per purpose
/// (and turn), drawn from one of two stream versions.
///
/// - Version 1 (`key == nil`): SplitMix64 started from an FNV-1a hash of the
///   seed, the stream name and the turn. Anyone who knows or guesses the seed
///   predicts everything, and the game id gives the seed away. Kept only so
///   games created before version 2 (no key stored) replay exactly.
/// - Version 2: ChaCha20 keyed by the game's secret `GameKey`, with the
///   stream name and turn hashed into the nonce. Without the key, nothing a
///   player sees predicts another id or a die.
public struct GameDice: Sendable, Equatable {
    public let seed: UInt64
    public let key: GameKey?

    public init(seed: UInt64, key: GameKey?) {
        self.seed = seed
        self.key = key
    }

    /// 1 for the SplitMix64 stream over the seed, 2 for the keyed one.
    public var streamVersion: Int { key == nil ? 1 : 2 }

    /// The generator for one purpose; independent of every other purpose's.
    public func stream(_ name: String, turn: Int = 0) -> SeededRandom {
        if let key { return SeededRandom(key: key, stream: name, turn: turn) }
        return SeededRandom(seed: seed, stream: name, turn: turn)
    }

    /// Ids for one purpose (UUID v4 text).
    public func ids(_ name: String) -> IDGenerator {
        IDGenerator(random: stream(name))
    }
}

extension GameInfo {
    /// The game's ids and dice.
    public var dice: GameDice { GameDice(seed: seed, key: key) }
}
