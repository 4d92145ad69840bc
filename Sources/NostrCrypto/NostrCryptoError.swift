/// Why a key, signature or NIP-44 payload was refused.
public enum NostrCryptoError: Error, Equatable, Sendable {
    /// Zero, or not below the curve order.
    case invalidSecretKey
    /// Not the x-coordinate of a point on secp256k1.
    case invalidPublicKey
    /// Neither 64 hex digits nor the expected bech32 form.
    case unreadableKey(String)
    case invalidBech32(String)
    case signingFailed
    case invalidPlaintextLength(Int)
    case unsupportedVersion
    case invalidPayload(String)
    case invalidMAC
    case invalidPadding
    case invalidNonce
}
