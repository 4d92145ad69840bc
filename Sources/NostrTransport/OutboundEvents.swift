public import NostrCrypto
public import NostrEvents

/// The moderator's events of §8, signed: pure, the time is an argument.
public struct OutboundEvents: Sendable {
    public let address: GameAddress
    public let key: SecretKey
    public var partLimit: Int

    public init(address: GameAddress, key: SecretKey, partLimit: Int = DocumentParts.defaultLimit) {
        self.address = address
        self.key = key
        self.partLimit = partLimit
    }

    /// 3472: the receipt of an order (or join) event, to the player who sent it.
    public func receipt(_ json: String, to player: PublicKey, answering eventID: String, createdAt: Int64) throws -> Event {
        let tags = [address.aTag, ["p", player.hex], ["e", eventID]]
        return try Event.sign(kind: NostrKind.receipt, tags: tags, content: try encrypt(json, to: player), createdAt: createdAt, with: key)
    }

    /// 30473: a house's view, in parts when large.
    public func view(_ json: String, slug: String, to player: PublicKey, turn: Int, createdAt: Int64) throws -> [Event] {
        try addressable(
            kind: NostrKind.view, identifier: address.viewIdentifier(slug: slug), text: json,
            extraTags: [address.aTag, ["p", player.hex], ["t", String(turn)]], createdAt: createdAt
        ) { try encrypt($0, to: player) }
    }

    /// 30474: the public map.
    public func map(_ json: String, createdAt: Int64) throws -> [Event] {
        try addressable(kind: NostrKind.map, identifier: address.mapIdentifier, text: json, extraTags: [address.aTag], createdAt: createdAt) { $0 }
    }

    /// 30470: the public announcement.
    public func announcement(_ json: String, turn: Int, createdAt: Int64) throws -> [Event] {
        try addressable(kind: NostrKind.game, identifier: address.gameID, text: json, extraTags: [["t", String(turn)]], createdAt: createdAt) { $0 }
    }

    /// 3475: the public summary of a resolved turn.
    public func summary(_ text: String, turn: Int, createdAt: Int64) throws -> [Event] {
        let parts = DocumentParts.split(text, limit: partLimit)
        return try parts.enumerated().map { index, part in
            var tags = [address.aTag, ["t", String(turn)]]
            if parts.count > 1 { tags.append(["part", "\(index + 1)/\(parts.count)"]) }
            return try Event.sign(kind: NostrKind.summary, tags: tags, content: part, createdAt: createdAt, with: key)
        }
    }

    func encrypt(_ text: String, to player: PublicKey) throws -> String {
        try NIP44.encrypt(text, with: ConversationKey(secretKey: key, publicKey: player))
    }

    /// One event, or parts with `d` suffix `:<i>` and a `part` tag, all with the same `created_at`.
    func addressable(
        kind: Int, identifier: String, text: String, extraTags: [[String]], createdAt: Int64, seal: (String) throws -> String
    ) throws -> [Event] {
        let parts = DocumentParts.split(text, limit: partLimit)
        return try parts.enumerated().map { index, part in
            var tags = [["d", parts.count > 1 ? "\(identifier):\(index + 1)" : identifier]] + extraTags
            if parts.count > 1 { tags.append(["part", "\(index + 1)/\(parts.count)"]) }
            return try Event.sign(kind: kind, tags: tags, content: try seal(part), createdAt: createdAt, with: key)
        }
    }
}
