/// Makes UUID v4 strings from a seeded or keyed generator, so the same seed or key gives the same ids.
public struct IDGenerator: Sendable {
    private var random: SeededRandom

    public init(seed: UInt64, stream: String = "ids") {
        random = SeededRandom(seed: seed, stream: stream)
    }

    public init(random: SeededRandom) {
        self.random = random
    }

    /// The next id: 16 random bytes with the version (4) and variant (10xx) bits set.
    public mutating func next() -> String {
        var bytes = [UInt8](repeating: 0, count: 16)
        for index in stride(from: 0, to: 16, by: 8) {
            let word = random.next()
            for offset in 0..<8 {
                bytes[index + offset] = UInt8(truncatingIfNeeded: word >> (offset * 8))
            }
        }
        bytes[6] = (bytes[6] & 0x0F) | 0x40
        bytes[8] = (bytes[8] & 0x3F) | 0x80
        return Self.format(bytes)
    }

    static func format(_ bytes: [UInt8]) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var text: [UInt8] = []
        text.reserveCapacity(36)
        for (index, byte) in bytes.enumerated() {
            if index == 4 || index == 6 || index == 8 || index == 10 { text.append(UInt8(ascii: "-")) }
            text.append(digits[Int(byte >> 4)])
            text.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: text, as: UTF8.self)
    }
}
