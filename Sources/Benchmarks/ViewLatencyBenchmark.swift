import Engine
public import Foundation
import Games
import FolderTransport
import Daemon
import PlayerProtocol

/// Figure 2: from the last house's order file landing in `orders/` to every
/// house's view showing the next turn (the daemon ingests it, resolves the
/// turn in one transaction and writes four views, their history copies and
/// the public summary). The views marker `.ec4x/views.json` is written last,
/// so its arrival with the new turn means every view is there.
///
/// Every house plays the reference bot (greedy), so the game evolves as a real one would.
public func measureViewLatency(executable: URL, turns: Int) throws -> BenchSection {
    let folder = try TemporaryFolder("views")
    defer { folder.remove() }
    var section = BenchSection(title: "Last order -> all views written (4-house bot game, real daemon)")

    let data = DataDirectory(path: folder.url.appendingPathComponent("data").path)
    let game = try CreateGame(data: data, prepare: FolderLayout.prepare).run(NewGameRequest(setup: .standard(players: 4), seed: 0xEC4B_0002, open: true))
    let gameFolder = data.gameFolder(id: game.id)
    let slugs = game.houses.map(\.slug).sorted()
    guard let last = slugs.first else { throw BenchError("the game has no houses") }
    let staging = folder.url.appendingPathComponent("staging", isDirectory: true)
    try FileManager.default.createDirectory(at: staging, withIntermediateDirectories: true)
    let markerFolder = gameFolder.url.appendingPathComponent(".ec4x", isDirectory: true)

    let daemon = try DaemonUnderTest(executable: executable, data: data, log: folder.url.appendingPathComponent("daemon.log"))
    var latencies: [Double] = []
    var stale = 0
    var failures: [String] = []
    do {
        defer { daemon.stop() }
        guard waitUntil(timeout: 10, { FileManager.default.fileExists(atPath: markerFolder.appendingPathComponent("views.json").path) }) else {
            throw BenchError("the daemon wrote no views for the new game")
        }
        let watcher = try RawInotify()
        try watcher.watch(markerFolder)
        for slug in slugs { try watcher.watch(gameFolder.receiptsFolder(slug)) }
        let session = try GameSession(folder: gameFolder)
        for _ in 0..<turns {
            try session.reload()
            let turn = session.turn
            guard session.state.game.phase == .active else { break }
            // Everyone but the last house first; each waits for its receipt.
            for slug in slugs where slug != last {
                watcher.drain()
                _ = try dropFile(try botFile(session, slug), name: "turn-\(turn)-\(slug).json", staging: staging, into: gameFolder.ordersFolder(slug))
                guard watcher.next(timeout: 10, where: { $0.folder.hasSuffix("/\(slug)/receipts") && !$0.name.hasPrefix(".") }) != nil else {
                    throw BenchError("no receipt for \(slug) at turn \(turn)")
                }
            }
            // Let the daemon finish refreshing the views for those submissions before the clock starts.
            Thread.sleep(forTimeInterval: 0.05)
            watcher.drain()
            let bytes = try botFile(session, last)
            let dropped = try dropFile(bytes, name: "turn-\(turn)-\(last).json", staging: staging, into: gameFolder.ordersFolder(last))
            var done: ContinuousClock.Instant?
            while done == nil {
                guard let event = watcher.next(timeout: 30, where: { $0.folder == markerFolder.path && $0.name == "views.json" }) else { break }
                if markerTurn(markerFolder) == turn + 1 { done = event.seen }
            }
            guard let done else {
                failures.append("turn \(turn): views never showed turn \(turn + 1)")
                break
            }
            latencies.append(BenchClock.milliseconds(dropped.duration(to: done)))
            // Outside the clock: every view really shows the new turn.
            stale += slugs.filter { viewTurn(gameFolder.viewFile($0)) != turn + 1 }.count
        }
    }
    section.latency("views_latency_ms", LatencySummary(samples: latencies), "last order -> all 4 views at next turn")
    section.integer("views_latency_ms.views_not_at_next_turn", stale, "views found at the wrong turn (should be 0)")
    if let failure = failures.first { section.text("views_latency_ms.error", failure, "error") }
    return section
}

/// A reference-bot order file for one house, as `ec4x bot` prints it.
func botFile(_ session: GameSession, _ slug: String) throws -> [UInt8] {
    let file = try BotOrders.make(session: session, slug: slug, strategy: .greedy, token: nil)
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    return Array(try encoder.encode(file))
}

private func markerTurn(_ folder: URL) -> Int? {
    guard let data = FileManager.default.contents(atPath: folder.appendingPathComponent("views.json").path),
        let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any]
    else { return nil }
    return object["turn"] as? Int
}

func viewTurn(_ file: URL) -> Int? {
    guard let data = FileManager.default.contents(atPath: file.path),
        let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
        let game = object["game"] as? [String: Any]
    else { return nil }
    return game["turn"] as? Int
}
