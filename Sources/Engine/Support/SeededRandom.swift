/// A deterministic random number generator (SplitMix64).
///
/// The engine never touches the system's random source: every random choice
/// comes from a generator derived from the game's seed, so the same inputs
/// always give the same results.
///
/// Deliberately not a `RandomNumberGenerator`: the standard library's
/// integer, shuffle and element draws over one may change between Swift
/// releases, and stored games must replay on every one. Draws go through the
/// project's own algorithms in `SeededRandom+Draws`.
public struct SeededRandom: Sendable {
    private var state: UInt64

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

    public mutating func next() -> UInt64 {
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
