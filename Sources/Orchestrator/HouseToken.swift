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
}
