internal import Foundation
public import NostrCrypto

/// A game on Nostr: its moderator and id, as the `a` tag (`30470:<moderator hex>:<game id>`) names it.
public struct GameAddress: Sendable, Equatable {
    public var moderator: PublicKey
    public var gameID: String

    public init(moderator: PublicKey, gameID: String) {
        self.moderator = moderator
        self.gameID = gameID
    }

    /// The `a` tag's value.
    public var coordinate: String { "\(NostrKind.game):\(moderator.hex):\(gameID)" }
    public var aTag: [String] { ["a", coordinate] }

    /// The `d` of a house's view.
    public func viewIdentifier(slug: String) -> String { "\(gameID):\(slug)" }
    public var mapIdentifier: String { "\(gameID):map" }

    /// NIP-19 `naddr` of the announcement: what a player is given to find the game.
    public func naddr(relays: [String]) -> String {
        var tlv: [UInt8] = []
        func add(_ type: UInt8, _ value: [UInt8]) {
            tlv += [type, UInt8(value.count)] + value
        }
        add(0, Array(gameID.utf8))
        for relay in relays where relay.utf8.count <= 255 { add(1, Array(relay.utf8)) }
        add(2, moderator.bytes)
        let kind = UInt32(NostrKind.game)
        add(3, [UInt8(kind >> 24), UInt8((kind >> 16) & 0xFF), UInt8((kind >> 8) & 0xFF), UInt8(kind & 0xFF)])
        return Bech32.encode(prefix: "naddr", data: tlv)
    }

    /// Reads an `naddr` of a game announcement, with the relays it suggests.
    public static func parse(naddr: String) throws(NostrTransportError) -> (address: GameAddress, relays: [String]) {
        let decoded: (prefix: String, data: [UInt8])
        do {
            decoded = try Bech32.decode(naddr.trimmingCharacters(in: .whitespacesAndNewlines))
        } catch {
            throw NostrTransportError(.badAddress, "not a bech32 naddr: \(error)")
        }
        guard decoded.prefix == "naddr" else { throw NostrTransportError(.badAddress, "expected an naddr, got \(decoded.prefix)") }
        var identifier: String?
        var author: PublicKey?
        var kind: Int?
        var relays: [String] = []
        var bytes = decoded.data[...]
        while bytes.count >= 2 {
            let type = bytes.removeFirst()
            let length = Int(bytes.removeFirst())
            guard bytes.count >= length else { throw NostrTransportError(.badAddress, "truncated naddr") }
            let value = Array(bytes.prefix(length))
            bytes = bytes.dropFirst(length)
            switch type {
            case 0: identifier = String(decoding: value, as: UTF8.self)
            case 1: relays.append(String(decoding: value, as: UTF8.self))
            case 2: author = try? PublicKey(bytes: value)
            case 3 where value.count == 4: kind = value.reduce(0) { $0 << 8 | Int($1) }
            default: break
            }
        }
        guard let identifier, let author else { throw NostrTransportError(.badAddress, "the naddr lacks the game id or the moderator") }
        guard kind == nil || kind == NostrKind.game else { throw NostrTransportError(.badAddress, "the naddr is not a game announcement (kind \(kind ?? 0))") }
        return (GameAddress(moderator: author, gameID: identifier), relays)
    }
}
