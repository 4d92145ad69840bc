internal import Foundation
public import Engine
public import Storage

/// The public JSON documents of a Nostr game: the announcement (30470) and the map (30474).
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

    struct Map: Encodable {
        struct System: Encodable {
            var id: String
            var name: String
            var q: Int
            var r: Int
        }

        struct Link: Encodable {
            var from: String
            var to: String
            var type: String
        }

        var game: String
        var systems: [System]
        var lanes: [Link]
    }

    /// The map every house may know: systems with their hex coordinates, and lanes. No owners.
    public static func map(state: GameState) -> String {
        let document = Map(
            game: state.game.id,
            systems: state.systems.sorted { $0.id < $1.id }.map { Map.System(id: $0.id, name: $0.name, q: $0.coord.q, r: $0.coord.r) },
            lanes: state.lanes.sorted { ($0.from, $0.to) < ($1.from, $1.to) }.map { Map.Link(from: $0.from, to: $0.to, type: $0.type.rawValue) })
        return text(document)
    }

    static func text(_ value: some Encodable) -> String {
        String(decoding: (try? encoder.encode(value)) ?? Data(), as: UTF8.self)
    }
}
