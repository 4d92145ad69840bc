import Foundation
import Testing
import Engine
import Views

/// view.md says what view.json says, in Markdown, the same way every time.
@Suite struct ViewBriefTests {
    @Test func theBriefIsDeterministicAndNamesEverythingTheHouseActsOn() throws {
        let game = try BotGames.play(players: 4, seed: 8, turns: 24, strategies: [.greedy, .random])
        var battles = 0
        for turn in game where turn.state.game.turn % 4 == 0 {
            let map = PublicMap.make(state: turn.state)
            for house in turn.state.houses where !house.eliminated {
                let view = ViewBuilder.view(
                    of: house.id, state: turn.state, lastTurnEvents: turn.lastEvents, submittedSlugs: [], deadline: nil, open: false)
                let brief = ViewBrief.markdown(view: view, map: map)
                #expect(brief == ViewBrief.markdown(view: view, map: map))
                for fleet in view.fleets { #expect(brief.contains(fleet.id), "fleet \(fleet.id)") }
                for colony in view.colonies { #expect(brief.contains(colony.id)) }
                for seen in view.intel.fleets { #expect(brief.contains(seen.id)) }
                for event in view.events { #expect(brief.contains(event.text)) }
                for entry in view.houses { #expect(brief.contains("| \(entry.rank) | \(entry.slug)")) }
                for (place, moves) in view.moves.places {
                    #expect(brief.contains("- from \(map.name(of: place)) \(place): "))
                    for move in moves { #expect(brief.contains("\(move.toName) \(move.to)")) }
                }
                for event in view.events {
                    guard let battle = event.battle else { continue }
                    battles += 1
                    for side in battle.sides { #expect(brief.contains("\(side.house) \(side.before.military)m \(side.before.spacelift)s lost")) }
                }
                #expect(brief.contains("## Orders for turn \(turn.state.game.turn)"))
            }
        }
        #expect(battles > 0, "the games must show a battle")
    }

    @Test func aFinishedGameSaysWhoWonAndAsksForNothing() throws {
        let game = try BotGames.play(players: 3, seed: 4, turns: 12, strategies: [.greedy], turnLimit: 6)
        let last = try #require(game.last)
        #expect(last.state.game.phase == .completed)
        let house = last.state.houses[0]
        let view = ViewBuilder.view(of: house.id, state: last.state, lastTurnEvents: last.lastEvents, submittedSlugs: [], deadline: nil, open: false)
        let winner = try #require(view.game.winner)
        #expect(view.ordersTemplate == nil && view.game.turnsLeft == nil)
        #expect(view.houses.first { $0.slug == winner }?.rank == 1)
        #expect(Set(view.houses.map(\.rank)) == Set(1...view.houses.count), "final standings: one house per rank")
        #expect(!view.guide.joined().contains("To play") && view.guide[0].contains("The game is over"))
        let brief = ViewBrief.markdown(view: view, map: PublicMap.make(state: last.state))
        #expect(brief.contains("The game is over") && brief.contains("## Final standings") && !brief.contains("## Orders"))
    }

    @Test func turnsLeftAndRanksWhileTheGameGoesOn() throws {
        let game = try BotGames.play(players: 4, seed: 9, turns: 5, strategies: [.greedy], turnLimit: 30)
        let turn = try #require(game.last)
        for house in turn.state.houses {
            let view = ViewBuilder.view(of: house.id, state: turn.state, lastTurnEvents: turn.lastEvents, submittedSlugs: [], deadline: nil, open: false)
            #expect(view.game.turnsLeft == 30 - turn.state.game.turn + 1)
            #expect(view.game.win.contains("turn 30"))
            for entry in view.houses {
                let better = view.houses.filter { ($0.prestige, $0.colonies) > (entry.prestige, entry.colonies) }.count
                #expect(entry.rank == better + 1)
            }
            #expect(view.house.rank == view.houses.first { $0.slug == house.slug }?.rank)
        }
    }
}
