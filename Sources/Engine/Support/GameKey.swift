internal import Digest

/// A game's secret: 32 bytes every id and die of the game derives from
/// (stream version 2, see `GameDice`). Kept in the database, never shown to
/// a player; with it, anyone could predict the game, so nothing derived from
/// it may reveal it (ids and dice come out of ChaCha20, a keyed PRF).
public struct GameKey: Sendable, Hashable, Codable, CustomStringConvertible {
    public let bytes: [UInt8]

    /// nil unless exactly 32 bytes.
    public init?(bytes: [UInt8]) {
        guard bytes.count == 32 else { return nil }
        self.bytes = bytes
    }

    /// The key of a `--seed N` game: SHA-256 of a fixed label and N. Anyone
    /// who knows N knows the key; such games are reproducible, not secret.
    public init(seed: UInt64) {
        var hash = SHA256()
        hash.update(Array("ec4x game key from seed".utf8))
        hash.update((0..<8).map { UInt8(truncatingIfNeeded: seed >> (56 - 8 * $0)) })
        bytes = hash.finalize()
    }

    /// Never the key itself, so a stray interpolation cannot leak it.
    public var description: String { "GameKey(…)" }

    public init(from decoder: any Decoder) throws {
        let hex = try decoder.singleValueContainer().decode(String.self)
        let digits = Array(hex.utf8)
        var bytes: [UInt8] = []
        for index in stride(from: 0, to: digits.count - 1, by: 2) {
            guard let high = Self.nibble(digits[index]), let low = Self.nibble(digits[index + 1]) else { break }
            bytes.append(high << 4 | low)
        }
        guard digits.count == 64, bytes.count == 32 else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "a game key is 64 hex digits"))
        }
        self.bytes = bytes
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        let digits = Array("0123456789abcdef")
        try container.encode(String(bytes.flatMap { [digits[Int($0 >> 4)], digits[Int($0 & 0x0F)]] }))
    }

    private static func nibble(_ digit: UInt8) -> UInt8? {
        switch digit {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): digit - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): digit - UInt8(ascii: "a") + 10
        default: nil
        }
    }
}
