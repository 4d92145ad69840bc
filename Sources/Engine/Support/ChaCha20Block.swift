/// The ChaCha20 block function (RFC 8439 §2.3): 64 bytes of keystream from a
/// 256-bit key, a 32-bit block counter and a 96-bit nonce.
///
/// The engine's keyed dice are this keystream: without the key, no amount of
/// output (ids a player sees, dice it can infer) says anything about the rest.
/// Written here rather than taken from a crypto library so the engine stays
/// free of C code, and checked against the RFC's test vectors.
struct ChaCha20Block {
    /// The key and the nonce as little-endian words.
    private let key: [UInt32]
    private let nonce: [UInt32]

    init(key: [UInt8], nonce: [UInt8]) {
        precondition(key.count == 32 && nonce.count == 12, "ChaCha20 takes a 32-byte key and a 12-byte nonce")
        self.key = Self.words(key)
        self.nonce = Self.words(nonce)
    }

    /// The 16 output words of block `counter`, in order (serialise each little-endian for the RFC's bytes).
    func block(_ counter: UInt32) -> [UInt32] {
        var initial: [UInt32] = [0x6170_7865, 0x3320_646e, 0x7962_2d32, 0x6b20_6574]
        initial += key
        initial.append(counter)
        initial += nonce
        var x = initial
        for _ in 0..<10 {
            Self.quarterRound(&x, 0, 4, 8, 12)
            Self.quarterRound(&x, 1, 5, 9, 13)
            Self.quarterRound(&x, 2, 6, 10, 14)
            Self.quarterRound(&x, 3, 7, 11, 15)
            Self.quarterRound(&x, 0, 5, 10, 15)
            Self.quarterRound(&x, 1, 6, 11, 12)
            Self.quarterRound(&x, 2, 7, 8, 13)
            Self.quarterRound(&x, 3, 4, 9, 14)
        }
        for index in 0..<16 { x[index] &+= initial[index] }
        return x
    }

    private static func quarterRound(_ x: inout [UInt32], _ a: Int, _ b: Int, _ c: Int, _ d: Int) {
        x[a] &+= x[b]
        x[d] = (x[d] ^ x[a]).rotatedLeft(16)
        x[c] &+= x[d]
        x[b] = (x[b] ^ x[c]).rotatedLeft(12)
        x[a] &+= x[b]
        x[d] = (x[d] ^ x[a]).rotatedLeft(8)
        x[c] &+= x[d]
        x[b] = (x[b] ^ x[c]).rotatedLeft(7)
    }

    private static func words(_ bytes: [UInt8]) -> [UInt32] {
        stride(from: 0, to: bytes.count, by: 4).map { (index: Int) -> UInt32 in
            var word: UInt32 = 0
            for offset in 0..<4 { word |= UInt32(bytes[index + offset]) << UInt32(8 * offset) }
            return word
        }
    }
}

extension UInt32 {
    fileprivate func rotatedLeft(_ count: UInt32) -> UInt32 { (self << count) | (self >> (32 - count)) }
}
