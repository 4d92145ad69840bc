import ArgumentParser
import Engine
import Foundation
import Games
import FolderTransport
import Daemon
import PlayerProtocol
import Scenarios
import NostrCrypto
import NostrTransport

extension EC4X {
    struct New: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Create a game and print its id, folder and each house's slug and token.")

        @OptionGroup var global: GlobalOptions

        @Option(help: "A scenario: a path to a .kdl file, the name of one in scenarios/, or a built-in one (standard-2-player, standard-4-player, large-12-player).")
        var scenario: String?

        @Option(help: "The game's name (default: the scenario's).")
        var name: String?

        @Option(help: "Number of houses (2-12) for the built-in setup (default 4).")
        var players: Int?

        @Option(
            help:
                "Seed for the map, ids and dice, for tests and bug reports: the same seed gives the same game, so it is not secret. Without it the game's key is random and secret."
        )
        var seed: UInt64?

        @Flag(help: "Accept order files without a house token.")
        var open = false

        @Option(help: "Hours each turn may wait for orders before it resolves anyway.")
        var deadline: Int?

        @Option(
            name: .customLong("group"),
            help: "HOUSE=GROUP: give the house's folder to this Unix group (repeatable); its members read that house's files and drop its orders, nothing else.")
        var groups: [String] = []

        @Flag(help: "Print the result as JSON.")
        var json = false

        @Option(help: "folder (default) or nostr: play over Nostr relays (see README, Play over the internet).")
        var transport: String = "folder"

        @Option(help: "A relay of a Nostr game (ws:// or wss://); repeat for several.")
        var relay: [String] = []

        @Option(help: "SLUG=KEY: a house's player key (npub or hex) in a Nostr game; repeat per house. Seats without a key get an invite code.")
        var player: [String] = []

        func validate() throws {
            if let players, !(GameSetup.minHouses...GameSetup.maxHouses).contains(players) {
                throw ValidationError("--players must be between 2 and 12")
            }
            if scenario != nil, players != nil {
                throw ValidationError("--players and --scenario cannot be combined: the scenario says how many houses play")
            }
            if let deadline, deadline < 1 { throw ValidationError("--deadline must be at least 1 hour") }
            guard ["folder", "nostr"].contains(transport) else { throw ValidationError("--transport is folder or nostr") }
            if transport == "folder", !relay.isEmpty || !player.isEmpty { throw ValidationError("--relay and --player are for --transport nostr") }
            if transport == "nostr", relay.isEmpty { throw ValidationError("--transport nostr needs at least one --relay") }
        }

        func run() throws {
            let created: CreatedGame
            var nostr: NostrGameSetup?
            do {
                if transport == "nostr" {
                    var players: [String: PublicKey] = [:]
                    for pair in player {
                        let parts = pair.split(separator: "=", maxSplits: 1).map(String.init)
                        guard parts.count == 2 else { throw ValidationError("--player takes SLUG=KEY, got \(pair)") }
                        players[parts[0]] = try PublicKey.fromText(parts[1])
                    }
                    let moderator = try KeyFile.moderator(data: global.dataDirectory)
                    nostr = try NostrGameSetup(relays: relay, moderator: moderator.publicKey, players: players)
                }
                var setup = GameSetup.standard(players: players ?? 4)
                if let scenario {
                    setup = try ScenarioFiles.load(try ScenarioFiles.locate(scenario, data: global.dataDirectory))
                }
                if let name { setup.name = name }
                let houseGroups = try HouseGroups(parsing: groups)
                let prepare: GamePreparation = { [nostr] session in
                    try FolderLayout.prepare(groups: houseGroups)(session)
                    try nostr?.prepare(session)
                }
                // A Nostr house is known by its key: order events carry no token.
                created = try CreateGame(data: global.dataDirectory, prepare: prepare).run(
                    NewGameRequest(setup: setup, seed: seed, open: open || nostr != nil, deadlineHours: deadline)
                )
            } catch let error as GamesError {
                throw error.asCommandFailure
            } catch let error as SafePathError {
                throw CommandFailure(description: "cannot lay out the game's folders: \(error)")
            } catch let error as NostrTransportError {
                Output.error(error.message)
                throw ExitCode.failure
            } catch let problems as ScenarioProblems {
                for problem in problems.problems { Output.error(problem.description) }
                throw ExitCode.failure
            }
            if let nostr {
                let address = GameAddress(moderator: nostr.moderator, gameID: created.id)
                let invites = nostr.openSeats
                if json {
                    return try Output.json(
                        NostrCreated(game: created, naddr: address.naddr(relays: nostr.relays), moderator: nostr.moderator.npub, relays: nostr.relays, invites: invites))
                }
                print("Created Nostr game \"\(created.name)\": \(created.houses.count) houses, \(created.systems) systems, \(created.lanes) lanes")
                print("  id:        \(created.id)")
                print("  naddr:     \(address.naddr(relays: nostr.relays))")
                print("  moderator: \(nostr.moderator.npub)")
                print("  relays:    \(nostr.relays.joined(separator: " "))")
                print("Houses (players run: ec4x player sync --key FILE --game NADDR --folder DIR; an open seat adds --join SLUG --invite CODE):")
                for house in created.houses {
                    let who = nostr.players[house.slug].map { "key \($0.npub)" } ?? "open seat, invite \(invites[house.slug] ?? "?")"
                    print("  \(house.slug.padding(toLength: 10, withPad: " ", startingAt: 0)) \(who)")
                }
                return
            }
            if json { return try Output.json(created) }
            print("Created game \"\(created.name)\": \(created.houses.count) houses, \(created.systems) systems, \(created.lanes) lanes")
            print("  id:     \(created.id)")
            print("  folder: \(Output.display(created.folder))")
            if let seed = created.seed { print("  seed:   \(seed) (reproducible, not secret)") }
            print("Houses (drop order files in houses/<slug>/orders/):")
            for house in created.houses {
                let token = house.token.map { "token \($0)" } ?? "open game, no token"
                let group = (try? HouseGroups(parsing: groups))?.bySlug[house.slug].map { "  group \($0.name)" } ?? ""
                print("  \(house.slug.padding(toLength: 10, withPad: " ", startingAt: 0)) \(token)\(group)")
            }
        }
    }
}

/// `ec4x new --transport nostr --json`: the game, how players find it, and the open seats' invites.
struct NostrCreated: Encodable {
    var game: CreatedGame
    var naddr: String
    var moderator: String
    var relays: [String]
    var invites: [String: String]
}
