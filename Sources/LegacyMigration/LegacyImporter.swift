internal import Digest
public import Engine
public import LegacyFormat

/// The state a legacy game becomes, with its report. Pure: the caller reads
/// the folder and writes the database.
public struct LegacyImportPlan: Sendable {
    public var state: GameState
    public var setup: GameSetup
    public var report: MigrationReport
    /// Legacy system id → new system id, sorted by legacy id.
    public var legacySystemIDs: [(legacyID: Int, systemID: String)]
}

/// Turns a parsed legacy game into a new game's first turn.
///
/// Systems keep their coordinates; their names are generated from the seed.
/// Each player index becomes a house (seat order = index order) with a home
/// colony and the starting fleets of `base` (by default the old moderator's
/// start: two Military ships and one Spacelift ship). The seed, and so every
/// id, comes from the map's content, so importing the same game twice gives
/// the same game id and is recognised.
public enum LegacyImporter {
    /// The old moderator's start, used unless a scenario says otherwise.
    public static let legacyFleets = [
        GameSetup.FleetSpec(name: "Home Guard", military: 2, spacelift: 0),
        GameSetup.FleetSpec(name: "Pioneers", military: 0, spacelift: 1),
    ]

    public static func plan(_ game: LegacyGame, sourceName: String, base: GameSetup? = nil, dryRun: Bool = false) throws(LegacyImportError) -> LegacyImportPlan {
        let homes = game.map.homes.sorted { ($0.player ?? 0) < ($1.player ?? 0) }
        guard (GameSetup.minHouses...GameSetup.maxHouses).contains(homes.count) else {
            throw LegacyImportError(
                code: "migrate.bad_player_count",
                message: "systems.txt has \(homes.count) home systems; a game needs 2 to 12 houses"
            )
        }
        let canonical = canonicalText(game)
        let contentHash = SHA256.hex(Array(canonical.utf8))
        let seed = contentHash.prefix(16).utf8.reduce(UInt64(0)) { ($0 << 4) | UInt64(hexValue($1)) }

        var setup = base ?? GameSetup.standard(players: homes.count)
        if base == nil { setup.startingFleets = legacyFleets }
        setup.houses = homes.indices.map { seat in
            seat < setup.houses.count ? setup.houses[seat] : GameSetup.standard(players: 12).houses[seat]
        }
        setup.source = "legacy:\(sourceName)"
        setup.rings = game.map.systems.map(\.ring).max() ?? 0
        setup.seed = seed
        let config = game.config
        setup.name = config?.gameName ?? game.info?.title ?? sourceName
        if let hours = config?.turnDurationHours, hours > 0 { setup.deadlineHours = hours }
        if let length = config?.gameLength, length > 0 { setup.turnLimit = length }

        var ids = IDGenerator(seed: seed)
        var random = SeededRandom(seed: seed, stream: "setup")
        let gameID = ids.next()
        let houseIDs = setup.houses.map { _ in ids.next() }
        let legacySystems = game.map.systems.sorted { $0.legacyID < $1.legacyID }
        let names = SystemNameGenerator.names(count: legacySystems.count, random: &random)
        var idByLegacy: [Int: String] = [:]
        var systems: [StarSystem] = []
        for (index, legacy) in legacySystems.enumerated() {
            let id = ids.next()
            idByLegacy[legacy.legacyID] = id
            systems.append(StarSystem(id: id, name: names[index], coord: HexCoord(q: legacy.q, r: legacy.r)))
        }
        let lanes = game.map.lanes.compactMap { lane -> Lane? in
            guard let from = idByLegacy[lane.lowerID], let to = idByLegacy[lane.higherID] else { return nil }
            return Lane(between: from, and: to, type: laneType(lane.type))
        }
        let map = Starmap(systems: systems, lanes: lanes, homeSystemIDs: homes.map { idByLegacy[$0.legacyID]! })
        var state = InitialStateBuilder.assemble(setup: setup, dice: GameDice(seed: seed, key: nil), gameID: gameID, houseIDs: houseIDs, map: map, ids: &ids)
        if let year = config?.startYear { state.game.year = year }

        let report = MigrationReport(
            source: sourceName, contentSHA256: contentHash, gameID: gameID, gameName: setup.name, dryRun: dryRun,
            systems: systems.count, lanes: lanes.count, listedLaneLines: game.listedLanes.count,
            houses: homes.enumerated().map { seat, home in
                MigrationReport.HouseLine(
                    player: home.player ?? seat, name: setup.houses[seat].name, slug: InitialStateBuilder.slug(for: setup.houses[seat].name), legacyHomeID: home.legacyID)
            },
            repairs: game.map.repairs.map { repair in
                MigrationReport.Note(kind: repair.kind.rawValue, message: repair.message, file: "lanes.txt", lines: repair.lines, systems: repair.systems)
            },
            warnings: game.warnings.map { warning in
                MigrationReport.Note(kind: warning.code.rawValue, message: warning.message, file: warning.file, lines: warning.line.map { [$0] }, systems: nil)
            },
            systemIDs: Dictionary(uniqueKeysWithValues: idByLegacy.map { (String($0.key), $0.value) })
        )
        return LegacyImportPlan(
            state: state, setup: setup, report: report,
            legacySystemIDs: idByLegacy.sorted { $0.key < $1.key }.map { (legacyID: $0.key, systemID: $0.value) }
        )
    }

    /// The map and name in one normal form: line order, line endings and
    /// duplicate lane lines do not change it.
    static func canonicalText(_ game: LegacyGame) -> String {
        var lines = game.map.systems.sorted { $0.legacyID < $1.legacyID }.map { system in
            "s \(system.legacyID) \(system.q) \(system.r) \(system.player.map(String.init) ?? "-")"
        }
        lines += game.map.lanes.map { "l \($0.lowerID) \($0.higherID) \($0.type.rawValue)" }
        lines.append("n \(game.config?.gameName ?? game.info?.title ?? "")")
        return lines.joined(separator: "\n")
    }

    static func laneType(_ type: LegacyLaneType) -> LaneType {
        switch type {
        case .major: .major
        case .minor: .minor
        case .restricted: .restricted
        }
    }

    static func hexValue(_ digit: UInt8) -> UInt8 {
        digit <= UInt8(ascii: "9") ? digit - UInt8(ascii: "0") : digit - UInt8(ascii: "a") + 10
    }
}
