internal import Crypto
internal import _CryptoExtras
internal import Foundation

/// NIP-44 version 2 encrypted payloads: padding, ChaCha20, HMAC-SHA256 over nonce and ciphertext, base64.
public enum NIP44 {
    public static let version: UInt8 = 2
    public static let maximumPlaintextLength = 65_535

    /// The padded size of a plaintext: 32 bytes at least, then chunks that grow with the length,
    /// so the ciphertext reveals only a rough size.
    public static func paddedLength(_ length: Int) -> Int {
        guard length > 32 else { return 32 }
        let nextPower = 1 << (Int.bitWidth - (length - 1).leadingZeroBitCount)
        let chunk = nextPower <= 256 ? 32 : nextPower / 8
        return chunk * ((length - 1) / chunk + 1)
    }

    /// Encrypts with a fresh random nonce: what production code calls.
    public static func encrypt(_ plaintext: String, with key: ConversationKey) throws(NostrCryptoError) -> String {
        try encrypt(plaintext, with: key, nonce: SystemRandom.bytes(32))
    }

    /// Encrypts with the caller's 32-byte nonce. Reusing a nonce under one key breaks the cipher:
    /// this entry point exists for test vectors.
    public static func encrypt(_ plaintext: String, with key: ConversationKey, nonce: [UInt8]) throws(NostrCryptoError) -> String {
        let message = Array(plaintext.utf8)
        guard (1...maximumPlaintextLength).contains(message.count) else { throw .invalidPlaintextLength(message.count) }
        let keys = try MessageKeys(conversationKey: key, nonce: nonce)
        let ciphertext = try chacha20(pad(message), keys: keys)
        let mac = authenticate(ciphertext, nonce: nonce, keys: keys)
        return Data([version] + nonce + ciphertext + mac).base64EncodedString()
    }

    public static func decrypt(_ payload: String, with key: ConversationKey) throws(NostrCryptoError) -> String {
        guard let first = payload.utf8.first, first != UInt8(ascii: "#") else { throw .unsupportedVersion }
        guard (132...87_472).contains(payload.utf8.count) else {
            throw .invalidPayload("payload length \(payload.utf8.count) is outside 132...87472")
        }
        guard let decoded = Data(base64Encoded: payload).map(Array.init) else { throw .invalidPayload("invalid base64") }
        guard (99...65_603).contains(decoded.count) else {
            throw .invalidPayload("decoded length \(decoded.count) is outside 99...65603")
        }
        guard decoded[0] == version else { throw .unsupportedVersion }
        let nonce = Array(decoded[1..<33])
        let ciphertext = Array(decoded[33..<(decoded.count - 32)])
        let mac = Array(decoded[(decoded.count - 32)...])
        let keys = try MessageKeys(conversationKey: key, nonce: nonce)
        let expected = HMAC<SHA256>.authenticationCode(for: nonce + ciphertext, using: SymmetricKey(data: keys.hmacKey))
        // Constant-time comparison, so a forger learns nothing from how long a refusal takes.
        guard expected == mac else { throw .invalidMAC }
        let message = try unpad(chacha20(ciphertext, keys: keys))
        guard let text = String(validating: message, as: UTF8.self) else { throw .invalidPayload("plaintext is not UTF-8") }
        return text
    }

    static func pad(_ message: [UInt8]) -> [UInt8] {
        let length = message.count
        var padded = [UInt8(length >> 8), UInt8(length & 0xFF)] + message
        padded += [UInt8](repeating: 0, count: paddedLength(length) - length)
        return padded
    }

    static func unpad(_ padded: [UInt8]) throws(NostrCryptoError) -> [UInt8] {
        guard padded.count >= 2 else { throw .invalidPadding }
        let length = Int(padded[0]) << 8 | Int(padded[1])
        guard length > 0, padded.count == 2 + paddedLength(length) else { throw .invalidPadding }
        return Array(padded[2..<(2 + length)])
    }

    private static func chacha20(_ input: [UInt8], keys: MessageKeys) throws(NostrCryptoError) -> [UInt8] {
        do {
            let output = try Insecure.ChaCha20CTR.encrypt(
                input,
                using: SymmetricKey(data: keys.chachaKey),
                nonce: Insecure.ChaCha20CTR.Nonce(data: keys.chachaNonce)
            )
            return Array(output)
        } catch {
            throw .invalidPayload("ChaCha20 failed: \(error)")
        }
    }

    private static func authenticate(_ ciphertext: [UInt8], nonce: [UInt8], keys: MessageKeys) -> [UInt8] {
        Array(HMAC<SHA256>.authenticationCode(for: nonce + ciphertext, using: SymmetricKey(data: keys.hmacKey)))
    }
}
