internal import Digest

/// A house's secret: shown once at creation, stored only as its SHA-256.
public enum HouseToken {
    /// 128 random bits from the system's generator, as 32 hex digits.
    public static func generate() -> String {
        var generator = SystemRandomNumberGenerator()
        let words = [generator.next() as UInt64, generator.next() as UInt64]
        return words.map { word in
            let hex = String(word, radix: 16)
            return String(repeating: "0", count: 16 - hex.count) + hex
        }.joined()
    }

    public static func hash(_ token: String) -> String { SHA256.hex(Array(token.utf8)) }

    /// Whether `token` is the one `hash` was made from. The comparison takes
    /// the same time wherever the hashes differ, so timing reveals nothing.
    public static func matches(_ token: String, hash: String) -> Bool {
        let given = Array(Self.hash(token).utf8)
        let stored = Array(hash.utf8)
        guard given.count == stored.count else { return false }
        var difference: UInt8 = 0
        for index in given.indices { difference |= given[index] ^ stored[index] }
        return difference == 0
    }
}
