internal import Digest

/// A deterministic random number generator: SplitMix64 (stream version 1)
/// or a ChaCha20 keystream under a game key (stream version 2; see `GameDice`).
///
/// The engine never touches the system's random source: every random choice
/// comes from a generator derived from the game's seed or key, so the same
/// inputs always give the same results.
///
/// Deliberately not a `RandomNumberGenerator`: the standard library's
/// integer, shuffle and element draws over one may change between Swift
/// releases, and stored games must replay on every one. Draws go through the
/// project's own algorithms in `SeededRandom+Draws`.
public struct SeededRandom: Sendable {
    private var state: UInt64
    private var keystream: KeyStream?

    public init(seed: UInt64) {
        state = seed
    }

    /// A generator for one purpose, independent of every other purpose's stream.
    ///
    /// Deriving streams by name (and turn) keeps one part of the engine from
    /// shifting the dice of another when it draws more or fewer numbers.
    public init(seed: UInt64, stream: String, turn: Int = 0) {
        var hash = StableHash()
        hash.combine(seed)
        hash.combine(stream)
        hash.combine(UInt64(bitPattern: Int64(turn)))
        state = hash.value
    }

    /// The keyed stream named `stream` for `turn`: ChaCha20 under `key`, its
    /// nonce the first 12 bytes of SHA-256 over the name, a zero byte and the turn.
    public init(key: GameKey, stream: String, turn: Int = 0) {
        var hash = SHA256()
        hash.update(Array(stream.utf8))
        hash.update([0])
        hash.update((0..<8).map { UInt8(truncatingIfNeeded: UInt64(bitPattern: Int64(turn)) >> (56 - 8 * $0)) })
        state = 0
        keystream = KeyStream(cipher: ChaCha20Block(key: key.bytes, nonce: Array(hash.finalize().prefix(12))))
    }

    public mutating func next() -> UInt64 {
        if let word = keystream?.next() { return word }
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A uniform value in [0, 1).
    public mutating func unit() -> Double {
        Double(next() >> 11) * 0x1.0p-53
    }
}

/// ChaCha20's keystream, eight 64-bit words per block (pairs of little-endian words).
private struct KeyStream: Sendable {
    let cipher: ChaCha20Block
    var counter: UInt32 = 0
    var words: [UInt64] = []
    var used = 0

    mutating func next() -> UInt64 {
        if used == words.count {
            let block = cipher.block(counter)
            counter &+= 1
            words = (0..<8).map { UInt64(block[2 * $0]) | UInt64(block[2 * $0 + 1]) << 32 }
            used = 0
        }
        used += 1
        return words[used - 1]
    }
}
