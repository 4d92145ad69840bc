import NostrCrypto
import Testing

/// NIP-19's own example pair, plus round trips and the ways a pasted key goes wrong.
@Suite struct NIP19Tests {
    static let npub = "npub10elfcs4fr0l0r8af98jlmgdh9c8tcxjvz9qkw038js35mp4dma8qzvjptg"
    static let publicHex = "7e7e9c42a91bfef19fa929e5fda1b72e0ebc1a4c1141673e2794234d86addf4e"
    static let nsec = "nsec1vl029mgpspedva04g90vltkh6fvh240zqtv9k0t9af8935ke9laqsnlfe5"
    static let secretHex = "67dea2ed018072d675f5415ecfaed7d2597555e202d85b3d65ea4e58d2d92ffa"

    @Test func knownPublicKey() throws {
        #expect(try PublicKey(parsing: Self.npub).hex == Self.publicHex)
        #expect(try PublicKey(parsing: Self.publicHex).npub == Self.npub)
        #expect(try PublicKey(parsing: Self.publicHex.uppercased()).hex == Self.publicHex)
        #expect(try PublicKey(parsing: "  \(Self.npub)\n").hex == Self.publicHex)
    }

    @Test func knownSecretKey() throws {
        let secret = try SecretKey(parsing: Self.nsec)
        #expect(secret.hex == Self.secretHex)
        #expect(try SecretKey(parsing: Self.secretHex).nsec == Self.nsec)
        #expect(secret.publicKey.npub == Self.npub)
        #expect(!"\(secret)".contains(Self.secretHex))
    }

    @Test func roundTrips() throws {
        for _ in 0..<20 {
            let secret = SecretKey.generate()
            #expect(try SecretKey(parsing: secret.nsec) == secret)
            #expect(try PublicKey(parsing: secret.publicKey.npub) == secret.publicKey)
            #expect(try PublicKey(parsing: secret.publicKey.hex) == secret.publicKey)
            #expect(try PublicKey(parsing: secret.publicKey.npub.uppercased()) == secret.publicKey)
        }
    }

    @Test func refusesAChangedCharacter() {
        var characters = Array(Self.npub)
        characters[20] = characters[20] == "q" ? "p" : "q"
        #expect(throws: NostrCryptoError.invalidBech32("bad checksum")) { try PublicKey(parsing: String(characters)) }
    }

    @Test func refusesTheWrongKind() {
        #expect(throws: NostrCryptoError.self) { try PublicKey(parsing: Self.nsec) }
        #expect(throws: NostrCryptoError.self) { try SecretKey(parsing: Self.npub) }
    }

    @Test func refusesMixedCaseAndGarbage() {
        let mixed = "npub1" + Self.npub.dropFirst(5).uppercased()
        #expect(throws: NostrCryptoError.invalidBech32("mixed case")) { try PublicKey(parsing: mixed) }
        #expect(throws: NostrCryptoError.self) { try PublicKey(parsing: "alpha") }
        #expect(throws: NostrCryptoError.self) { try PublicKey(parsing: String(Self.publicHex.dropLast())) }
    }

    /// BIP-173's valid test strings (facts), checking the checksum itself beyond keys.
    @Test(arguments: ["A12UEL5L", "a12uel5l", "abcdef1qpzry9x8gf2tvdw0s3jn54khce6mua7lmqqqxw", "?1ezyfcl"])
    func bip173ValidStrings(_ text: String) throws {
        let decoded = try Bech32.decode(text)
        #expect(Bech32.encode(prefix: decoded.prefix, data: decoded.data) == text.lowercased())
    }
}
