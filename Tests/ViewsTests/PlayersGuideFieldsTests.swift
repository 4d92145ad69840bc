import Foundation
import Testing
import Engine
import Views

/// docs/players.md, RULES.md and the guide the files carry tell the same
/// story: every field a view or map.json can hold is explained in
/// players.md, and the words for what a house sees agree everywhere.
@Suite struct PlayersGuideFieldsTests {
    static func text(_ path: String) throws -> String {
        try String(contentsOf: SchemaTests.repository.appendingPathComponent(path), encoding: .utf8)
    }

    /// Every object key in the tree (not the keys that are ids: lanes and moves are keyed by system).
    static func keys(_ tree: JSONTree, into keys: inout Set<String>, idKeyed: Bool = false) {
        switch tree {
        case .object(let members):
            for (key, value) in members {
                if !idKeyed { keys.insert(key) }
                self.keys(value, into: &keys, idKeyed: !idKeyed && (key == "lanes" || key == "moves"))
            }
        case .array(let items):
            for item in items { self.keys(item, into: &keys) }
        default:
            break
        }
    }

    @Test func everyFieldOfViewsAndMapsIsExplainedInPlayersGuide() throws {
        let guide = try Self.text("docs/players.md")
        var keys = Set<String>()
        for (seed, strategies) in [(UInt64(3), [ReferenceBot.Strategy.greedy]), (19, [.greedy, .random])] {
            let game = try BotGames.play(players: 4, seed: seed, turns: 36, strategies: strategies, turnLimit: 30, alliances: [(0, 1)])
            for turn in game where turn.state.game.turn % 2 == 0 || turn.state.game.phase == .completed {
                for house in turn.state.houses {
                    let view = ViewBuilder.view(
                        of: house.id, state: turn.state, lastTurnEvents: turn.lastEvents, submittedSlugs: [house.slug], deadline: 1_900_000_000,
                        open: true)
                    Self.keys(try JSONTree.parse(ViewBuilder.encode(view)), into: &keys)
                }
            }
        }
        for required in ["battle", "sides", "before", "lost", "winners", "gained", "rank", "colonies", "turns_left", "win", "winner", "systems"] {
            #expect(keys.contains(required), "the games showed no \(required)")
        }
        let map = PublicMap.make(state: try InitialStateBuilder.build(setup: .standard(players: 4), seed: 1))
        var mapKeys = Set<String>()
        Self.keys(try JSONTree.parse(Data(PublicMap.encode(map))), into: &mapKeys)
        // The rules' numbers are named as in RULES.md, which lists them all.
        let rules = Set(try JSONTree.parse(Data(PublicMap.encode(map)))["rules"]?.objectValue?.keys.map { $0 } ?? [])
        let rulesText = try Self.text("docs/RULES.md")
        for key in rules { #expect(rulesText.contains(key), "RULES.md does not name \(key)") }
        for key in keys.union(mapKeys).subtracting(rules).sorted() {
            #expect(guide.contains("`\(key)`"), "docs/players.md does not explain `\(key)`")
        }
    }

    @Test func visibilityWordsAgreeInTheGuidesAndTheDocs() throws {
        let players = try Self.text("docs/players.md")
        let rules = try Self.text("docs/RULES.md")
        let state = try InitialStateBuilder.build(setup: .standard(players: 4), seed: 1)
        let map = PublicMap.make(state: state)
        let view = ViewBuilder.view(of: state.houses[0].id, state: state, lastTurnEvents: [], submittedSlugs: [], deadline: nil, open: false)
        let guide = (view.guide + map.guide).joined(separator: "\n")
        // What `adjacent` shows: the system is there, not what is inside.
        for text in [players, rules, guide] { #expect(text.contains("not what is inside")) }
        #expect(!guide.contains("adjacent (seen now)"))
        for word in ["owned", "occupied", "adjacent", "scouted"] {
            #expect(guide.contains(word) && players.contains("`\(word)`") && rules.contains("**\(word)**"))
        }
        // Intel where the house is present is the truth now; a lost colony stays under its new owner.
        #expect(guide.contains("it is what is there now") && players.contains("there, `intel` is what is there now"))
        #expect(guide.contains("A colony you lost stays in intel under its new owner") && players.contains("A colony you lose stays in `intel.colonies` under its new owner"))
        #expect(rules.contains("lost is recorded, from the turn it was lost, under its new owner"))
        // The view's guide points to validation, since the turn may resolve at once.
        #expect(view.guide.joined().contains("ec4x validate") && players.contains("ec4x validate"))
    }
}
