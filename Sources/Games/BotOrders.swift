public import Engine
internal import Views
internal import Foundation

/// `ec4x bot`: an order file for a house's next turn, made by the reference
/// bot from what that house reads: its view and the public map (the same
/// knowledge as its own entities, the map and its intel; ViewBuilderTests
/// shows the bots decide alike from either).
public enum BotOrders {
    public struct File: Sendable, Encodable {
        public var game: String
        public var house: String
        public var turn: Int
        public var token: String?
        public var orders: Orders

        enum CodingKeys: String, CodingKey { case game, house, turn, token }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(game, forKey: .game)
            try container.encode(house, forKey: .house)
            try container.encode(turn, forKey: .turn)
            try container.encodeIfPresent(token, forKey: .token)
            try orders.encode(to: encoder)
        }
    }

    public static func make(session: GameSession, slug: String, strategy: ReferenceBot.Strategy, token: String?) throws -> File {
        guard let house = session.state.house(slug: slug) else {
            throw GamesError(.unknownHouse, "no house \"\(slug)\" in this game; houses: \(session.slugs.joined(separator: ", "))")
        }
        guard session.state.game.phase == .active, !house.eliminated else {
            throw GamesError(.noTurn, house.eliminated ? "house \(slug) has been eliminated" : "the game is over")
        }
        // Built only from what the house reads (DESIGN.md §5): its view and the public map.
        let view = ViewBuilder.view(
            of: house.id, state: session.state, lastTurnEvents: [], submittedSlugs: [], deadline: nil, open: true, validator: session.validator)
        let knowledge = view.knowledge(map: PublicMap.make(state: session.state))
        // The seed ties the bot's choices to the game, house and turn: the same question gets the same answer.
        let orders = ReferenceBot(strategy: strategy, seed: botSeed(session.state.game, houseID: house.id, turn: session.turn))
            .orders(for: knowledge)
        return File(game: session.id, house: slug, turn: session.turn, token: token, orders: orders)
    }

    /// From the game's key when it has one, so other houses cannot foresee a bot's choices.
    static func botSeed(_ game: GameInfo, houseID: String, turn: Int) -> UInt64 {
        if game.key != nil {
            var random = game.dice.stream("bot/\(houseID)", turn: turn)
            return random.next()
        }
        var hash = StableHash()
        hash.combine(game.seed)
        hash.combine(houseID)
        hash.combine(UInt64(turn))
        return hash.value
    }
}
