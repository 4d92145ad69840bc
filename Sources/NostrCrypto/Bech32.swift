/// Bech32 (BIP-173, the original checksum constant 1, not bech32m), as NIP-19 uses for `npub` and `nsec`.
public enum Bech32 {
    private static let alphabet = Array("qpzry9x8gf2tvdw0s3jn54khce6mua7l".utf8)
    private static let generator: [UInt32] = [0x3B6A_57B2, 0x2650_8E6D, 0x1EA1_19FA, 0x3D42_33DD, 0x2A14_62B3]

    /// Encodes bytes under a human-readable prefix, in lower case.
    public static func encode(prefix: String, data: [UInt8]) -> String {
        let hrp = Array(prefix.lowercased().utf8)
        let words = regroup(data, from: 8, to: 5, pad: true) ?? []
        let checksumInput = expand(hrp) + words + [0, 0, 0, 0, 0, 0]
        let mod = polymod(checksumInput) ^ 1
        let checksum = (0..<6).map { UInt8((mod >> (5 * (5 - UInt32($0)))) & 31) }
        return String(decoding: hrp + [UInt8(ascii: "1")] + (words + checksum).map { alphabet[Int($0)] }, as: UTF8.self)
    }

    /// The prefix and bytes of a bech32 string; throws on a bad checksum, mixed case or stray characters.
    public static func decode(_ text: some StringProtocol) throws(NostrCryptoError) -> (prefix: String, data: [UInt8]) {
        let utf8 = Array(text.utf8)
        let hasLower = utf8.contains { (UInt8(ascii: "a")...UInt8(ascii: "z")).contains($0) }
        let hasUpper = utf8.contains { (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains($0) }
        guard !(hasLower && hasUpper) else { throw .invalidBech32("mixed case") }
        let lower = utf8.map { (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains($0) ? $0 + 32 : $0 }
        guard let separator = lower.lastIndex(of: UInt8(ascii: "1")), separator >= 1, lower.count - separator - 1 >= 6 else {
            throw .invalidBech32("no separator or too short")
        }
        let hrp = Array(lower[..<separator])
        guard hrp.allSatisfy({ (33...126).contains($0) }) else { throw .invalidBech32("bad prefix character") }
        var words: [UInt8] = []
        for character in lower[(separator + 1)...] {
            guard let value = alphabet.firstIndex(of: character) else { throw .invalidBech32("bad character") }
            words.append(UInt8(value))
        }
        guard polymod(expand(hrp) + words) == 1 else { throw .invalidBech32("bad checksum") }
        guard let data = regroup(Array(words.dropLast(6)), from: 5, to: 8, pad: false) else {
            throw .invalidBech32("bad padding")
        }
        return (String(decoding: hrp, as: UTF8.self), data)
    }

    /// The 32 bytes of an `npub`/`nsec`, checking that the prefix is the expected one.
    static func decodeKey(_ text: some StringProtocol, prefix: String) throws(NostrCryptoError) -> [UInt8] {
        let decoded = try decode(text)
        guard decoded.prefix == prefix else { throw .invalidBech32("expected \(prefix), got \(decoded.prefix)") }
        guard decoded.data.count == 32 else { throw .invalidBech32("expected 32 bytes, got \(decoded.data.count)") }
        return decoded.data
    }

    private static func polymod(_ values: [UInt8]) -> UInt32 {
        var checksum: UInt32 = 1
        for value in values {
            let top = checksum >> 25
            checksum = (checksum & 0x1FF_FFFF) << 5 ^ UInt32(value)
            for bit in 0..<5 where (top >> UInt32(bit)) & 1 == 1 { checksum ^= generator[bit] }
        }
        return checksum
    }

    private static func expand(_ hrp: [UInt8]) -> [UInt8] {
        hrp.map { $0 >> 5 } + [0] + hrp.map { $0 & 31 }
    }

    /// Regroups bits; without padding, leftover bits must be fewer than `from` and all zero.
    private static func regroup(_ values: [UInt8], from: Int, to: Int, pad: Bool) -> [UInt8]? {
        var accumulator = 0
        var bits = 0
        var result: [UInt8] = []
        let mask = (1 << to) - 1
        for value in values {
            accumulator = (accumulator << from) | Int(value)
            bits += from
            while bits >= to {
                bits -= to
                result.append(UInt8((accumulator >> bits) & mask))
            }
            accumulator &= (1 << bits) - 1
        }
        if pad {
            if bits > 0 { result.append(UInt8((accumulator << (to - bits)) & mask)) }
        } else if bits >= from || (accumulator << (to - bits)) & mask != 0 {
            return nil
        }
        return result
    }
}
