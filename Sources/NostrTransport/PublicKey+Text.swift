public import NostrCrypto

extension PublicKey {
    /// A key given on the command line: npub or hex; an nsec gives its public key.
    public static func fromText(_ text: String) throws(NostrTransportError) -> PublicKey {
        if let key = try? PublicKey(parsing: text) { return key }
        if let secret = try? SecretKey(parsing: text) { return secret.publicKey }
        throw NostrTransportError(.badKey, "\"\(text)\" is not a Nostr key (npub, nsec or 64 hex digits)")
    }
}
