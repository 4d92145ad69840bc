public import Engine

/// The public account of one resolved turn, `public/summary/turn_<N>.txt`:
/// only what every house may know (events with public visibility — diplomacy,
/// eliminations, victory — and the prestige table, which is public). Plain
/// text for a person to read; the game log is these appended one after another.
public enum PublicSummary {
    /// - Parameters:
    ///   - state: the state after the turn was resolved.
    ///   - events: every event of the turn; only public ones are told.
    ///   - resolvedTurn: the turn that was resolved.
    public static func text(state: GameState, events: [TurnEvent], resolvedTurn: Int) -> String {
        let (year, month) = date(of: resolvedTurn, in: state.game)
        var lines = ["\(state.game.name) — turn \(resolvedTurn) resolved (year \(year), month \(month))"]

        let told = events.filter { $0.visibility == .public }
        var sections: [(title: String, types: Set<EventType>)] = [
            ("Diplomacy", [.warDeclared, .proposalMade, .treatySigned, .proposalExpired]),
            ("Eliminations", [.houseEliminated]),
            ("Victory", [.gameWon]),
            ("Battles and conquests", [.battle, .fleetDestroyed, .retreat, .siegeBegun, .siegeLifted, .colonyCaptured, .colonyFounded]),
        ]
        let sorted = sections.reduce(into: Set<EventType>()) { $0.formUnion($1.types) }
        sections.append(("Other news", Set(EventType.allCases).subtracting(sorted)))
        for section in sections {
            let entries = told.filter { section.types.contains($0.type) }
            guard !entries.isEmpty else { continue }
            lines.append("")
            lines.append(section.title)
            lines += entries.map { "  - \($0.description)" }
        }
        if told.isEmpty {
            lines.append("")
            lines.append("No public news this turn.")
        }

        lines.append("")
        lines.append("Prestige")
        lines += prestigeTable(state.houses)

        lines.append("")
        if state.game.phase == .completed {
            let winner = state.game.winnerHouseID.flatMap { state.house($0)?.name }
            lines.append("The game is over." + (winner.map { " House \($0) has won." } ?? ""))
        } else {
            lines.append(
                "Next: turn \(state.game.turn) (year \(state.game.year), month \(state.game.month))"
                    + (state.game.turnLimit.map { ", the game ends after turn \($0)" } ?? ""))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Houses by prestige, highest first (ties share a rank, then by name).
    static func prestigeTable(_ houses: [House]) -> [String] {
        let ordered = houses.sorted { ($1.prestige, $0.name) < ($0.prestige, $1.name) }
        let nameWidth = ordered.map(\.name.count).max() ?? 0
        let scoreWidth = ordered.map { String($0.prestige).count }.max() ?? 0
        var lines: [String] = []
        var rank = 0
        for (position, house) in ordered.enumerated() {
            if position == 0 || ordered[position - 1].prestige != house.prestige { rank = position + 1 }
            let name = house.name + String(repeating: " ", count: nameWidth - house.name.count)
            let score = String(repeating: " ", count: scoreWidth - String(house.prestige).count) + String(house.prestige)
            lines.append("  \(rank). \(name)  \(score)" + (house.eliminated ? "  (eliminated)" : ""))
        }
        return lines
    }

    /// The calendar date of a turn, counted back from the state's clock (13 months a year).
    static func date(of turn: Int, in game: GameInfo) -> (year: Int, month: Int) {
        let months = (game.year * 13 + game.month - 1) - (game.turn - turn)
        return (months / 13, months % 13 + 1)
    }
}
