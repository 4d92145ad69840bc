import Engine
public import Foundation
import Games
import FolderTransport
import Daemon
import PlayerProtocol

/// Figure 4: order files per second through the real daemon when every house
/// of `games` 4-house games submits at once (all files are renamed into their
/// drop folders as fast as the bench can), and whether every one of those
/// turns resolved. The clock runs from the first rename to the last receipt,
/// and separately to the last game's views showing turn 2.
public func measureIngestThroughput(executable: URL, games: Int) throws -> BenchSection {
    let folder = try TemporaryFolder("ingest")
    defer { folder.remove() }
    let data = DataDirectory(path: folder.url.appendingPathComponent("data").path)
    var created: [CreatedGame] = []
    for index in 0..<games {
        created.append(try CreateGame(data: data, prepare: FolderLayout.prepare).run(NewGameRequest(setup: .standard(players: 4), seed: 0xEC4B_1000 + UInt64(index), open: true)))
    }
    // Every file is written before the clock starts; the timed part is renames only.
    let staging = folder.url.appendingPathComponent("staging", isDirectory: true)
    var drops: [(staged: URL, target: URL)] = []
    for game in created {
        let gameFolder = data.gameFolder(id: game.id)
        let gameStaging = staging.appendingPathComponent(game.id, isDirectory: true)
        try FileManager.default.createDirectory(at: gameStaging, withIntermediateDirectories: true)
        for house in game.houses {
            let name = "\(house.slug)-turn-1.json"
            let staged = gameStaging.appendingPathComponent(name)
            try Data(emptyOrderFile(game: game.id, house: house.slug, turn: 1, variant: 0)).write(to: staged)
            drops.append((staged, gameFolder.ordersFolder(house.slug).appendingPathComponent(name)))
        }
    }

    let log = folder.url.appendingPathComponent("daemon.log")
    let daemon = try DaemonUnderTest(executable: executable, data: data, log: log, readyTimeout: 300)
    var receipts = 0
    var resolvedGames = Set<String>()
    var lastReceipt: ContinuousClock.Instant?
    var lastResolution: ContinuousClock.Instant?
    let start: ContinuousClock.Instant
    do {
        defer { daemon.stop() }
        let watcher = try RawInotify()
        var markerFolders: [String: String] = [:]
        for game in created {
            let gameFolder = data.gameFolder(id: game.id)
            for house in game.houses { try watcher.watch(gameFolder.receiptsFolder(house.slug)) }
            let markers = gameFolder.url.appendingPathComponent(".ec4x", isDirectory: true)
            try watcher.watch(markers)
            markerFolders[markers.path] = game.id
        }
        watcher.drain()
        start = BenchClock.now()
        for drop in drops where rename(drop.staged.path, drop.target.path) != 0 {
            throw BenchError("cannot drop \(drop.target.path)")
        }
        let expected = drops.count
        // Bounded: stop after 120 s without progress.
        while receipts < expected || resolvedGames.count < created.count {
            guard let event = watcher.next(timeout: 120, where: { !$0.name.hasPrefix(".") }) else { break }
            if event.folder.hasSuffix("/receipts") {
                receipts += 1
                lastReceipt = event.seen
            } else if event.name == "views.json", let id = markerFolders[event.folder], !resolvedGames.contains(id) {
                if viewTurn(data.gameFolder(id: id).viewFile("alpha")) == 2 {
                    resolvedGames.insert(id)
                    lastResolution = event.seen
                }
            }
        }
    }
    var section = BenchSection(title: "Ingestion throughput (\(games) games x 4 houses, all submitting at once)")
    let receiptSeconds = lastReceipt.map { BenchClock.milliseconds(start.duration(to: $0)) / 1000 } ?? .nan
    let resolvedSeconds = lastResolution.map { BenchClock.milliseconds(start.duration(to: $0)) / 1000 } ?? .nan
    section.number("ingest_files_per_s", Double(receipts) / receiptSeconds, decimals: 1, "order files ingested per second (to last receipt)", unit: "files/s")
    section.number("ingest_turns_resolved_per_s", Double(resolvedGames.count) / resolvedSeconds, decimals: 1, "turns resolved and published per second", unit: "turns/s")
    section.integer("ingest.files", drops.count, "files dropped")
    section.integer("ingest.receipts", receipts, "receipts written")
    section.integer("ingest.games", games, "games")
    section.integer("games_resolved", resolvedGames.count, "games whose turn 1 resolved (views at turn 2)", note: resolvedGames.count == games ? "all" : "NOT ALL")
    section.number("ingest.seconds_to_last_receipt", receiptSeconds, decimals: 2, "first drop -> last receipt", unit: "s")
    section.number("ingest.seconds_to_last_views", resolvedSeconds, decimals: 2, "first drop -> last game's views at turn 2", unit: "s")
    // Where the daemon's time went, from its own log lines ("accepted ... (N ms)", "views rewritten", "resolved turn ...").
    let lines = ((try? String(contentsOf: log, encoding: .utf8)) ?? "").split(separator: "\n")
    let accepted = lines.filter { $0.contains(" accepted ") }.compactMap(loggedMilliseconds)
    let resolved = lines.filter { $0.contains(" resolved turn ") }.compactMap(loggedMilliseconds)
    let rewrites = lines.filter { $0.contains(" views rewritten") }.count
    if let summary = LatencySummary(samples: accepted) {
        section.number("ingest.daemon_ms_per_file", summary.p50, decimals: 1, "daemon's own time per accepted file (ingest + receipt), median", unit: "ms")
    }
    if let summary = LatencySummary(samples: resolved) {
        section.number("ingest.daemon_ms_per_resolution", summary.p50, decimals: 1, "daemon's own time per turn (resolve + write + views), median", unit: "ms")
    }
    section.integer("ingest.view_refreshes", rewrites, "view refreshes after submissions (all houses' views rewritten)")
    return section
}

/// The "(12.3 ms)" at the end of a daemon log line.
private func loggedMilliseconds(_ line: Substring) -> Double? {
    guard line.hasSuffix(" ms)"), let open = line.lastIndex(of: "(") else { return nil }
    return Double(line[line.index(after: open)...].dropLast(4))
}
