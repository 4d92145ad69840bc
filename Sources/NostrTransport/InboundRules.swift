internal import Foundation
public import NostrCrypto
public import NostrEvents

/// §8's rules of the road for events arriving at the moderator. Pure: the houses' keys are given.
public struct InboundRules: Sendable {
    public let address: GameAddress
    public let key: SecretKey
    /// Each keyed house's pubkey (hex) → slug.
    public let houses: [String: String]

    public init(address: GameAddress, key: SecretKey, houses: [String: String]) {
        self.address = address
        self.key = key
        self.houses = houses
    }

    public func judge(_ event: Event) -> InboundVerdict {
        guard event.isValid else { return .refused("bad id or signature") }
        guard event.kind == NostrKind.orders || event.kind == NostrKind.join else {
            return .ignored("kind \(event.kind) is not for the moderator")
        }
        let aTags = event.tags.filter { $0.first == "a" }
        let pTags = event.tags.filter { $0.first == "p" }
        guard aTags.allSatisfy({ $0.count >= 2 }), pTags.allSatisfy({ $0.count >= 2 }) else { return .refused("malformed a or p tag") }
        guard let coordinate = aTags.first?[1] else { return .ignored("no a tag: not addressed to a game") }
        let pieces = coordinate.split(separator: ":", maxSplits: 2, omittingEmptySubsequences: false)
        guard pieces.count == 3, Int(pieces[0]) != nil, pieces[1].count == 64 else { return .refused("malformed a tag \"\(coordinate)\"") }
        guard coordinate == address.coordinate else { return .ignored("for another game (\(coordinate))") }
        guard pTags.contains(where: { $0[1] == address.moderator.hex }) else { return .ignored("not addressed to this game's moderator") }
        if DocumentParts.position(event.tags) != nil { return .refused("order and join events are sent whole (at most 65,535 bytes)") }

        if event.kind == NostrKind.join {
            guard let text = decrypt(event) else { return .refused("content does not decrypt (NIP-44 v2 to the moderator)") }
            guard let object = try? JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any],
                let seat = object["seat"] as? String, let invite = object["invite"] as? String
            else { return .refused("a join event holds {\"seat\": ..., \"invite\": ...}") }
            return .join(seat: seat, invite: invite)
        }
        guard let slug = houses[event.pubkey.hex] else { return .ignored("orders from \(event.pubkey.hex), which is no house's key") }
        guard let text = decrypt(event) else { return .refused("content does not decrypt (NIP-44 v2 to the moderator)") }
        return .orders(slug: slug, fileName: Self.fileName(eventID: event.idHex, content: text), bytes: Array(text.utf8))
    }

    func decrypt(_ event: Event) -> String? {
        guard let conversation = try? ConversationKey(secretKey: key, publicKey: event.pubkey) else { return nil }
        return try? NIP44.decrypt(event.content, with: conversation)
    }

    /// `<event id>.json`, or `.kdl` when the file is not JSON: the event id names the file, so an
    /// event processed again after a crash is recognised as the same file.
    public static func fileName(eventID: String, content: String) -> String {
        let first = content.unicodeScalars.first { !CharacterSet.whitespacesAndNewlines.contains($0) }
        return eventID + (first == "{" ? ".json" : ".kdl")
    }
}
