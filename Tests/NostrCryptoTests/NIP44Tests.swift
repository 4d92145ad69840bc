import Digest
import Foundation
import NostrCrypto
import Testing

@Suite struct NIP44Tests {
    static let vectors = NIP44Vectors.shared

    @Test func theOfficialVectorsAreRead() throws {
        let vectors = try NIP44Vectors.loaded.get()
        #expect(vectors.valid.encryptDecrypt.count >= 10)
        #expect(vectors.invalid.decrypt.count >= 10)
    }

    @Test(arguments: vectors.valid.getConversationKey)
    func conversationKey(_ vector: NIP44Vectors.ConversationKeyCase) throws {
        let key = try ConversationKey(secretKey: SecretKey(bytes: bytes(vector.sec1)), publicKey: PublicKey(bytes: bytes(vector.pub2)))
        #expect(Hex.encode(key.bytes) == vector.conversationKey)
    }

    @Test func conversationKeyIsTheSameFromBothSides() throws {
        let alice = try SecretKey(parsing: "0000000000000000000000000000000000000000000000000000000000000001")
        let bob = try SecretKey(parsing: "0000000000000000000000000000000000000000000000000000000000000002")
        #expect(try ConversationKey(secretKey: alice, publicKey: bob.publicKey) == ConversationKey(secretKey: bob, publicKey: alice.publicKey))
    }

    @Test(arguments: vectors.valid.getMessageKeys.keys)
    func messageKeys(_ vector: NIP44Vectors.MessageKeysCase.Keys) throws {
        let conversation = try ConversationKey(bytes: bytes(Self.vectors.valid.getMessageKeys.conversationKey))
        let keys = try MessageKeys(conversationKey: conversation, nonce: bytes(vector.nonce))
        #expect(Hex.encode(keys.chachaKey) == vector.chachaKey)
        #expect(Hex.encode(keys.chachaNonce) == vector.chachaNonce)
        #expect(Hex.encode(keys.hmacKey) == vector.hmacKey)
    }

    @Test func paddedLengths() {
        for pair in Self.vectors.valid.calcPaddedLen {
            #expect(NIP44.paddedLength(pair[0]) == pair[1], "length \(pair[0])")
        }
        #expect(Self.vectors.valid.calcPaddedLen.count == 24)
    }

    @Test(arguments: vectors.valid.encryptDecrypt)
    func encryptAndDecrypt(_ vector: NIP44Vectors.EncryptDecryptCase) throws {
        let sender = try SecretKey(bytes: bytes(vector.sec1))
        let recipient = try SecretKey(bytes: bytes(vector.sec2))
        let key = try ConversationKey(secretKey: sender, publicKey: recipient.publicKey)
        #expect(Hex.encode(key.bytes) == vector.conversationKey)
        let payload = try NIP44.encrypt(vector.plaintext, with: key, nonce: bytes(vector.nonce))
        #expect(payload == vector.payload)
        let reverse = try ConversationKey(secretKey: recipient, publicKey: sender.publicKey)
        #expect(try NIP44.decrypt(vector.payload, with: reverse) == vector.plaintext)
    }

    /// 65,535-byte plaintexts, compared by checksum as the vectors give them.
    @Test(arguments: vectors.valid.encryptDecryptLongMsg)
    func longMessages(_ vector: NIP44Vectors.LongMessageCase) throws {
        let plaintext = String(repeating: vector.pattern, count: vector.repeat)
        #expect(SHA256.hex(Array(plaintext.utf8)) == vector.plaintextSha256)
        let key = try ConversationKey(bytes: bytes(vector.conversationKey))
        let payload = try NIP44.encrypt(plaintext, with: key, nonce: bytes(vector.nonce))
        #expect(SHA256.hex(Array(payload.utf8)) == vector.payloadSha256)
        #expect(try NIP44.decrypt(payload, with: key) == plaintext)
    }

    @Test(arguments: vectors.invalid.encryptMsgLengths)
    func refusedPlaintextLengths(_ length: Int) throws {
        let key = try ConversationKey(bytes: [UInt8](repeating: 7, count: 32))
        #expect(throws: NostrCryptoError.invalidPlaintextLength(length)) {
            try NIP44.encrypt(String(repeating: "a", count: length), with: key)
        }
    }

    @Test(arguments: vectors.invalid.getConversationKey)
    func refusedKeys(_ vector: NIP44Vectors.InvalidConversationKeyCase) {
        #expect(throws: NostrCryptoError.self) {
            try ConversationKey(secretKey: SecretKey(bytes: bytes(vector.sec1)), publicKey: PublicKey(bytes: bytes(vector.pub2)))
        }
    }

    @Test(arguments: vectors.invalid.decrypt)
    func refusedPayloads(_ vector: NIP44Vectors.InvalidDecryptCase) throws {
        let key = try ConversationKey(bytes: bytes(vector.conversationKey))
        let expected: NostrCryptoError? =
            switch vector.note {
            case let note where note.hasPrefix("unknown encryption version"): .unsupportedVersion
            case "invalid MAC": .invalidMAC
            case "invalid padding": .invalidPadding
            default: nil
            }
        let error = #expect(throws: NostrCryptoError.self) { try NIP44.decrypt(vector.payload, with: key) }
        if let expected { #expect(error == expected) }
    }

    @Test func randomNoncesDifferAndRoundTrip() throws {
        let alice = SecretKey.generate()
        let bob = SecretKey.generate()
        let key = try ConversationKey(secretKey: alice, publicKey: bob.publicKey)
        let first = try NIP44.encrypt("orders for turn 3", with: key)
        let second = try NIP44.encrypt("orders for turn 3", with: key)
        #expect(first != second)
        let bobsKey = try ConversationKey(secretKey: bob, publicKey: alice.publicKey)
        #expect(try NIP44.decrypt(first, with: bobsKey) == "orders for turn 3")
        #expect(try NIP44.decrypt(second, with: bobsKey) == "orders for turn 3")
    }

    @Test func aTamperedCiphertextIsRefused() throws {
        let key = try ConversationKey(bytes: [UInt8](repeating: 1, count: 32))
        var payload = Array(Data(base64Encoded: try NIP44.encrypt("hello", with: key))!)
        payload[40] ^= 1
        #expect(throws: NostrCryptoError.invalidMAC) { try NIP44.decrypt(Data(payload).base64EncodedString(), with: key) }
    }
}
