func bytes(_ hex: String) -> [UInt8] {
    guard let bytes = HexForTests.decode(hex) else { fatalError("bad hex in a vector: \(hex)") }
    return bytes
}

/// Decoding the vectors' hex without the code under test, so a bug in `Hex` cannot hide itself.
enum HexForTests {
    static func decode(_ text: String) -> [UInt8]? {
        var result: [UInt8] = []
        var iterator = text.makeIterator()
        while let high = iterator.next() {
            guard let low = iterator.next(), let byte = UInt8(String([high, low]), radix: 16) else { return nil }
            result.append(byte)
        }
        return result
    }
}
