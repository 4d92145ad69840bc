/// FNV-1a, 64 bit: a hash that is the same in every process and on every run.
///
/// Swift's `Hasher` is seeded per process, so it must never decide anything
/// the engine persists or compares.
public struct StableHash: Sendable {
    public private(set) var value: UInt64 = 0xCBF2_9CE4_8422_2325

    public init() {}

    public mutating func combine(_ bytes: some Sequence<UInt8>) {
        for byte in bytes {
            value ^= UInt64(byte)
            value &*= 0x0000_0100_0000_01B3
        }
    }

    public mutating func combine(byte: UInt8) {
        value ^= UInt64(byte)
        value &*= 0x0000_0100_0000_01B3
    }

    public mutating func combine(_ number: UInt64) {
        withUnsafeBytes(of: number.littleEndian) { combine($0) }
    }

    public mutating func combine(_ text: String) {
        combine(text.utf8)
        combine(UInt64(text.utf8.count))
    }
}
