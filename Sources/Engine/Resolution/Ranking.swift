/// The order of houses for ranks and for victory at the turn limit:
/// prestige, then colonies, then population, all highest first; a full tie
/// is broken by a draw from the game's dice named after the house (fixed for
/// the game, favouring no seat; a hash of the seed and the house id in
/// stream-version-1 games).
public enum Ranking {
    public struct Standing: Sendable, Equatable {
        public var houseID: String
        public var prestige: Int
        public var colonies: Int
        public var population: Int
    }

    public static func standings(in state: GameState) -> [Standing] {
        var colonies: [String: Int] = [:]
        var population: [String: Int] = [:]
        for colony in state.colonies {
            colonies[colony.ownerHouseID, default: 0] += 1
            population[colony.ownerHouseID, default: 0] += colony.population
        }
        let standings = state.houses.map {
            Standing(houseID: $0.id, prestige: $0.prestige, colonies: colonies[$0.id] ?? 0, population: population[$0.id] ?? 0)
        }
        return order(standings, dice: state.game.dice)
    }

    public static func order(_ standings: [Standing], dice: GameDice) -> [Standing] {
        standings.sorted { a, b in
            if a.prestige != b.prestige { return a.prestige > b.prestige }
            if a.colonies != b.colonies { return a.colonies > b.colonies }
            if a.population != b.population { return a.population > b.population }
            let (ha, hb) = (tieBreak(a.houseID, dice), tieBreak(b.houseID, dice))
            return ha != hb ? ha < hb : a.houseID < b.houseID
        }
    }

    static func tieBreak(_ houseID: String, _ dice: GameDice) -> UInt64 {
        if dice.key != nil {
            var random = dice.stream("rank/\(houseID)")
            return random.next()
        }
        var hash = StableHash()
        hash.combine(dice.seed)
        hash.combine("rank")
        hash.combine(houseID)
        return hash.value
    }
}
