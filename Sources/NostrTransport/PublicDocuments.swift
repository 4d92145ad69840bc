internal import Foundation
public import Engine
public import Storage

/// The public announcement of a Nostr game (30470); its map (30474) is the map.json of a local game.
public enum PublicDocuments {
    static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return encoder
    }()

    struct Announcement: Encodable {
        struct Seat: Encodable {
            var slug: String
            var name: String
            /// Hex; nil for an open seat.
            var pubkey: String?
            var open: Bool
        }

        var game: String
        var name: String
        var turn: Int
        var phase: String
        var deadline: Int64?
        var houses: [Seat]
        var relays: [String]
    }

    public static func announcement(state: GameState, deadline: Int64?, houses: [StoredHouse], relays: [String]) -> String {
        let seats = houses.sorted { $0.slug < $1.slug }.map {
            Announcement.Seat(slug: $0.slug, name: $0.name, pubkey: $0.nostrPubkey, open: $0.nostrPubkey == nil)
        }
        let document = Announcement(
            game: state.game.id, name: state.game.name, turn: state.game.turn, phase: state.game.phase.rawValue, deadline: deadline,
            houses: seats, relays: relays)
        return text(document)
    }

    static func text(_ value: some Encodable) -> String {
        String(decoding: (try? encoder.encode(value)) ?? Data(), as: UTF8.self)
    }
}
