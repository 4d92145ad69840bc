import Foundation
import Testing
import Engine
import Views

/// No view holds what its house could not know (DESIGN.md §6, RULES.md §8),
/// checked over many seeded bot games: structurally, by searching the bytes,
/// and by changing what the house cannot see and finding the view unchanged.
@Suite struct LeakSafetyTests {
    static let games: [(seed: UInt64, strategies: [ReferenceBot.Strategy], alliances: [(Int, Int)])] = [
        (1, [.greedy], []), (2, [.greedy, .random], [(0, 1)]), (3, [.random], [(1, 2)]),
        (4, [.greedy], [(0, 2)]), (5, [.random, .greedy], []), (6, [.greedy], [(2, 3)]),
    ]

    static func allies(of houseID: String, in state: GameState) -> Set<String> {
        Set(state.houses.map(\.id).filter { $0 != houseID && state.relation(houseID, $0) == .alliance && state.house($0)?.eliminated == false })
    }

    @Test(arguments: games.indices)
    func viewsHoldOnlyWhatTheHouseMayKnow(game index: Int) throws {
        let setup = Self.games[index]
        let game = try BotGames.play(players: 4, seed: setup.seed, turns: 36, strategies: setup.strategies, alliances: setup.alliances)
        var checked = 0
        var foreignSightings = 0
        var hiddenFleets = 0
        for turn in game where turn.state.game.turn % 3 == 1 || turn.state.game.phase == .completed {
            for house in turn.state.houses {
                let (sightings, hidden) = try Self.check(house: house, turn: turn)
                foreignSightings += sightings
                hiddenFleets += hidden
                checked += 1
            }
        }
        #expect(checked >= 40)
        #expect(foreignSightings > 0 && hiddenFleets > 0, "the games must show some enemy fleets and hide others")
    }

    /// Returns how many foreign fleets the view shows and how many it had to hide.
    static func check(house: House, turn: RecordedTurn) throws -> (Int, Int) {
        let state = turn.state
        let view = ViewBuilder.view(of: house.id, state: state, lastTurnEvents: turn.lastEvents, submittedSlugs: [], deadline: nil, open: false)
        let bytes = ViewBuilder.encode(view)
        let tree = try JSONTree.parse(bytes)
        let intel = state.intel(of: house.id) ?? HouseIntel(houseID: house.id)
        let slug = Dictionary(uniqueKeysWithValues: state.houses.map { ($0.id, $0.slug) })
        let where_ = "\(house.slug), turn \(state.game.turn)"

        // Own things in full, nobody else's.
        #expect(view.house.id == house.id && view.house.treasury == house.treasury, "\(where_)")
        #expect(view.fleets.map(\.id) == state.fleets.filter { $0.ownerHouseID == house.id }.map(\.id), "\(where_)")
        #expect(view.colonies.map(\.id) == state.colonies.filter { $0.ownerHouseID == house.id }.map(\.id), "\(where_)")

        // Foreign fleets and colonies: exactly the intel records, as recorded.
        #expect(view.intel.fleets.count == intel.fleets.count, "\(where_)")
        let allies = Self.allies(of: house.id, in: state)
        var presence = Set<String>()
        for colony in state.colonies where colony.ownerHouseID == house.id || allies.contains(colony.ownerHouseID) { presence.insert(colony.systemID) }
        for fleet in state.fleets where fleet.ownerHouseID == house.id || allies.contains(fleet.ownerHouseID) { presence.insert(fleet.locationSystemID) }
        let recordedFleets = Dictionary(uniqueKeysWithValues: intel.fleets.map { ($0.fleetID, $0) })
        for seen in view.intel.fleets {
            let record = try #require(recordedFleets[seen.id], "\(where_): fleet \(seen.id) is not in the house's intel")
            #expect(seen.owner == slug[record.ownerHouseID] && record.systemID.hasPrefix(seen.at) && seen.age == state.game.turn - record.detectedTurn)
            #expect(seen.ships.military == record.shipTypes.military && seen.ships.spacelift == record.shipTypes.spacelift)
            #expect(record.ownerHouseID != house.id)
            if seen.age == 0 { #expect(presence.contains(record.systemID), "\(where_): fleet \(seen.id) seen now where the house and its allies are absent") }
        }
        let recordedColonies = Dictionary(uniqueKeysWithValues: intel.colonies.map { ($0.colonyID, $0) })
        #expect(view.intel.colonies.count == intel.colonies.count, "\(where_)")
        for seen in view.intel.colonies {
            let record = try #require(recordedColonies[seen.id], "\(where_): colony \(seen.id) is not in the house's intel")
            #expect(seen.pop == record.population && seen.industry == record.industry && seen.defenses == record.defenses)
            #expect(seen.starbase == record.starbaseLevel && (seen.siege ?? false) == record.underSiege && seen.age == state.game.turn - record.intelTurn)
            // A colony the house lost this turn is recorded under its new owner, wherever the house is now.
            let lostNow = turn.lastEvents.contains {
                $0.type == .colonyCaptured && $0.data["colony"]?.stringValue == seen.id && $0.data["former_owner"]?.stringValue == house.id
            }
            if seen.age == 0, !lostNow {
                #expect(presence.contains(record.systemID), "\(where_): colony \(seen.id) scanned now where the house and its allies are absent")
            }
        }

        // Systems: visibility exactly where the intel has it.
        let seenSystems = Dictionary(uniqueKeysWithValues: intel.systems.map { ($0.systemID, $0) })
        #expect(view.systems.count == seenSystems.count, "\(where_)")
        for entry in view.systems {
            let system = try #require(state.systems.first { $0.id.hasPrefix(entry.id) })
            #expect(entry.vis == seenSystems[system.id]?.visibility.rawValue, "\(where_): visibility of \(system.name)")
            #expect((entry.age != nil) == (seenSystems[system.id]?.visibility == .scouted))
        }

        // Events: only the ones the house may see.
        let visible = turn.lastEvents.filter { $0.isVisible(to: house.id) }
        #expect(view.events.map(\.text) == visible.map(\.description), "\(where_)")

        // Private fields appear only where they belong to the viewer.
        tree.walk { path, key, value in
            switch key {
            case "treasury", "budget", "upkeep": #expect(path == "$.house", "\(where_): \(key) at \(path)")
            case "standing", "damaged": #expect(path.hasPrefix("$.fleets["), "\(where_): \(key) at \(path)")
            case "token":
                #expect(path == "$.orders_template" && value.stringValue == OrdersTemplate.tokenPlaceholder, "\(where_): token at \(path)")
            case "home": #expect(path == "$.house", "\(where_): home at \(path)")
            case "seed", "orders", "submissions", "metrics", "config": Issue.record("\(where_): \(key) at \(path)")
            default: break
            }
        }
        for entry in tree["houses"]?.arrayValue ?? [] {
            let keys = Set(entry.objectValue?.keys.map { $0 } ?? [])
            #expect(keys.isSubset(of: ["slug", "name", "id", "prestige", "colonies", "rank", "eliminated", "relation", "since"]), "\(where_): \(keys)")
        }

        // The bytes never mention a foreign fleet, colony or ship the house has not seen.
        let mentioned = Self.idWindows(bytes)
        let eventFleets = Set(visible.compactMap(\.fleetID))
        var hidden = 0
        for fleet in state.fleets where fleet.ownerHouseID != house.id {
            for ship in fleet.ships { #expect(!mentioned.contains(String(ship.id.prefix(8))), "\(where_): ship \(ship.id)") }
            guard recordedFleets[fleet.id] == nil, !eventFleets.contains(fleet.id) else { continue }
            hidden += 1
            #expect(!mentioned.contains(String(fleet.id.prefix(8))), "\(where_): unseen fleet \(fleet.id)")
        }
        for colony in state.colonies where colony.ownerHouseID != house.id && recordedColonies[colony.id] == nil {
            #expect(!mentioned.contains(String(colony.id.prefix(8))), "\(where_): unseen colony \(colony.id)")
        }
        return (view.intel.fleets.count, hidden)
    }

    /// Changing only what a house cannot see leaves its view byte for byte
    /// the same (but for the state hash, which covers the whole state).
    @Test func hiddenChangesDoNotChangeTheView() throws {
        let game = try BotGames.play(players: 4, seed: 31, turns: 24, strategies: [.greedy, .random], alliances: [(0, 3)])
        for turn in [game[8], game[16], game[24]] {
            let state = turn.state
            for house in state.houses where !house.eliminated {
                let intel = state.intel(of: house.id) ?? HouseIntel(houseID: house.id)
                let sighted = Set(intel.fleets.map(\.fleetID))
                let eventFleets = Set(turn.lastEvents.filter { $0.isVisible(to: house.id) }.compactMap(\.fleetID))
                var changed = state
                changed.game.seed &+= 99
                for index in changed.houses.indices where changed.houses[index].id != house.id {
                    changed.houses[index].treasury += 1_000
                    changed.houses[index].homeSystemID = nil
                    changed.houses[index].color = "#000000"
                }
                for index in changed.fleets.indices where changed.fleets[index].ownerHouseID != house.id {
                    changed.fleets[index].standingOrder = FleetCommand(kind: .patrol, targetSystemID: changed.fleets[index].locationSystemID)
                    changed.fleets[index].name = "Renamed"
                }
                changed.fleets.removeAll { $0.ownerHouseID != house.id && !sighted.contains($0.id) && !eventFleets.contains($0.id) }
                for index in changed.colonies.indices where changed.colonies[index].ownerHouseID != house.id {
                    changed.colonies[index].population += 7
                    changed.colonies[index].industry += 3
                }
                changed.proposals.removeAll { $0.fromHouseID != house.id && $0.toHouseID != house.id }
                #expect(changed != state)
                let before = Self.withoutHash(ViewBuilder.view(of: house.id, state: state, lastTurnEvents: turn.lastEvents, submittedSlugs: [], deadline: nil, open: false))
                let after = Self.withoutHash(ViewBuilder.view(of: house.id, state: changed, lastTurnEvents: turn.lastEvents, submittedSlugs: [], deadline: nil, open: false))
                #expect(before == after, "\(house.slug) at turn \(state.game.turn)")
            }
        }
    }

    /// Every 8-character run of id characters (hex digits and dashes) in the
    /// bytes: whatever names an id, whole or by prefix, in a value or inside a text.
    static func idWindows(_ bytes: Data) -> Set<String> {
        var windows = Set<String>()
        var run: [UInt8] = []
        func flush() {
            if run.count >= 8 {
                for start in 0...(run.count - 8) { windows.insert(String(decoding: run[start..<(start + 8)], as: UTF8.self)) }
            }
            run.removeAll(keepingCapacity: true)
        }
        for byte in bytes {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "a")...UInt8(ascii: "f"), UInt8(ascii: "-"): run.append(byte)
            default: flush()
            }
        }
        flush()
        return windows
    }

    static func withoutHash(_ view: HouseView) -> Data {
        var view = view
        view.stateHash = ""
        view.ordersTemplate?.stateHash = ""
        return ViewBuilder.encode(view)
    }
}
