import Testing
import Engine
import Views

@Suite struct PublicSummaryTests {
    @Test func tellsPublicEventsAndNothingElse() throws {
        let game = try BotGames.play(players: 4, seed: 2, turns: 16, strategies: [.random, .greedy], alliances: [(0, 1)])
        var publicTold = 0
        var privateKept = 0
        for turn in game.dropFirst() {
            let text = PublicSummary.text(state: turn.state, events: turn.lastEvents, resolvedTurn: turn.state.game.turn - 1)
            #expect(text.hasPrefix("\(turn.state.game.name) — turn \(turn.state.game.turn - 1) resolved"))
            for event in turn.lastEvents {
                if event.visibility == .public {
                    #expect(text.contains(event.description))
                    publicTold += 1
                } else {
                    #expect(!text.contains(event.description), "private event told: \(event.description)")
                    privateKept += 1
                }
            }
            // No private figure: treasuries and fleet ids stay out.
            for fleet in turn.state.fleets { #expect(!text.contains(fleet.id.prefix(8))) }
        }
        #expect(publicTold > 0 && privateKept > 0)
    }

    @Test func prestigeTableDiplomacyEliminationAndVictory() throws {
        var state = try #require(BotGames.play(players: 3, seed: 4, turns: 0).first).state
        state.houses[0].prestige = 40
        state.houses[1].prestige = 55
        state.houses[2].prestige = 40
        state.houses[2].eliminated = true
        state.game.turn = 14
        state.game.year = 2002
        state.game.month = 1
        state.game.phase = .completed
        state.game.winnerHouseID = state.houses[1].id
        let (a, b, c) = (state.houses[0], state.houses[1], state.houses[2])
        let events = [
            TurnEvent(phase: .command, type: .warDeclared, houseID: a.id, description: "House \(a.name) declared war on House \(b.name)", visibility: .public),
            TurnEvent(phase: .command, type: .fleetMoved, houseID: a.id, description: "Home Guard jumped in secret", visibility: .actor),
            TurnEvent(phase: .conflict, type: .battle, houseID: b.id, description: "Battle at Nowhere", visibility: .houses([a.id, b.id])),
            TurnEvent(phase: .maintenance, type: .houseEliminated, houseID: c.id, description: "House \(c.name) is eliminated", visibility: .public),
            TurnEvent(phase: .maintenance, type: .gameWon, houseID: b.id, description: "House \(b.name) wins the game", visibility: .public),
        ]
        let text = PublicSummary.text(state: state, events: events, resolvedTurn: 13)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.first == "\(state.game.name) — turn 13 resolved (year 2001, month 13)")
        #expect(!text.contains("in secret") && !text.contains("Nowhere"))
        for (title, line) in [("Diplomacy", events[0]), ("Eliminations", events[3]), ("Victory", events[4])] {
            let at = try #require(lines.firstIndex(of: title), "section \(title)")
            #expect(lines[at + 1] == "  - \(line.description)")
        }
        let table = try #require(lines.firstIndex(of: "Prestige"))
        let ordered = [b, a, c].sorted { ($1.prestige, $0.name) < ($0.prestige, $1.name) }
        #expect(lines[table + 1].hasPrefix("  1. \(ordered[0].name)") && lines[table + 1].hasSuffix("55"))
        #expect(lines[table + 2].hasPrefix("  2. \(ordered[1].name)") && lines[table + 3].hasPrefix("  2. \(ordered[2].name)"), "ties share a rank")
        #expect(text.contains("(eliminated)"))
        #expect(text.hasSuffix("The game is over. House \(b.name) has won.\n"))
    }

    @Test func quietTurnSaysSoAndNamesTheNextTurn() throws {
        var state = try #require(BotGames.play(players: 2, seed: 8, turns: 0).first).state
        state.game.turnLimit = 40
        let text = PublicSummary.text(state: state, events: [], resolvedTurn: 0)
        #expect(text.contains("No public news this turn."))
        #expect(text.contains("Next: turn 1 (year 2001, month 1), the game ends after turn 40"))
    }
}
