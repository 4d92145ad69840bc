import Engine
public import Foundation
import Games
import FolderTransport
import Daemon
import PlayerProtocol

/// Figure 1: from an order file landing in `houses/<slug>/orders/` (the rename
/// finished) to its receipt appearing in `receipts/`, for the real daemon and
/// for the pipeline a user would write instead (bash + inotifywait + sqlite3).
///
/// Only one house of a 4-house game submits, so the turn never resolves in the
/// middle of the measurement; every file differs, so every file is accepted.
public func measureReceiptLatency(executable: URL, samples: Int) throws -> BenchSection {
    let folder = try TemporaryFolder("receipts")
    defer { folder.remove() }
    var section = BenchSection(title: "Drop -> receipt latency (4-house game, one house submitting)")

    let data = DataDirectory(path: folder.url.appendingPathComponent("data").path)
    let game = try CreateGame(data: data, prepare: FolderLayout.prepare).run(NewGameRequest(setup: .standard(players: 4), seed: 0xEC4B_0001, open: true))
    let gameFolder = data.gameFolder(id: game.id)
    let staging = folder.url.appendingPathComponent("staging", isDirectory: true)
    try FileManager.default.createDirectory(at: staging, withIntermediateDirectories: true)

    let daemon = try DaemonUnderTest(executable: executable, data: data, log: folder.url.appendingPathComponent("daemon.log"))
    var daemonSamples: [Double] = []
    var daemonTimeouts = 0
    do {
        defer { daemon.stop() }
        let watcher = try RawInotify()
        try watcher.watch(gameFolder.receiptsFolder("alpha"))
        var variant = 0
        // Warm-up: the first accepted file also makes the daemon rewrite the views (who has submitted).
        for round in 0..<(samples + 5) {
            variant += 1
            let bytes = emptyOrderFile(game: game.id, house: "alpha", turn: 1, variant: variant)
            watcher.drain()
            let dropped = try dropFile(bytes, name: "order-\(variant).json", staging: staging, into: gameFolder.ordersFolder("alpha"))
            guard let receipt = watcher.next(timeout: 5, where: { !$0.name.hasPrefix(".") }) else {
                daemonTimeouts += 1
                continue
            }
            if round >= 5 { daemonSamples.append(BenchClock.milliseconds(dropped.duration(to: receipt.seen))) }
            // Let the daemon finish the step (views refresh, logging) so drops do not queue behind each other.
            Thread.sleep(forTimeInterval: 0.005)
        }
    }
    section.latency("receipt_latency_ms", LatencySummary(samples: daemonSamples), "ec4x daemon: drop -> receipt")
    if daemonTimeouts > 0 { section.integer("receipt_latency_ms.timeouts", daemonTimeouts, "ec4x daemon: files with no receipt within 5 s") }

    switch measureBaselinePipelineLatency(in: folder.url.appendingPathComponent("baseline", isDirectory: true), samples: samples) {
    case .success(let summary):
        section.latency("baseline_pipeline_receipt_latency_ms", summary, "baseline bash|inotifywait|sqlite3: drop -> receipt")
    case .failure(let error):
        section.text("baseline_pipeline_receipt_latency_ms.unavailable", error.description, "baseline pipeline: unavailable")
    }
    return section
}

/// The pipeline a user would write instead of the daemon: inotifywait feeds a
/// shell loop that stores each file with the sqlite3 CLI and writes a receipt.
func measureBaselinePipelineLatency(in folder: URL, samples: Int) -> Result<LatencySummary, BenchError> {
    guard let bash = findOnPath("bash") else { return .failure(BenchError("bash not found on PATH")) }
    guard findOnPath("inotifywait") != nil else {
        return .failure(BenchError("inotifywait not found on PATH (Debian package inotify-tools; scripts/setup.sh installs it)"))
    }
    guard let sqlite = findOnPath("sqlite3") else {
        return .failure(BenchError("sqlite3 not found on PATH (Debian package sqlite3; scripts/setup.sh installs it)"))
    }
    do {
        let orders = folder.appendingPathComponent("orders", isDirectory: true)
        let receipts = folder.appendingPathComponent("receipts", isDirectory: true)
        let staging = folder.appendingPathComponent("staging", isDirectory: true)
        for made in [orders, receipts, staging] { try FileManager.default.createDirectory(at: made, withIntermediateDirectories: true) }
        let database = folder.appendingPathComponent("baseline.db").path
        // Same durability as a game database: WAL, and sqlite3's default synchronous (FULL).
        guard
            runToCompletion(
                sqlite,
                [database, "PRAGMA journal_mode=WAL; CREATE TABLE submissions (id INTEGER PRIMARY KEY, file_name TEXT NOT NULL, raw BLOB NOT NULL, received_at INTEGER NOT NULL);"])
                != nil
        else {
            return .failure(BenchError("sqlite3 could not create \(database)"))
        }
        let script = folder.appendingPathComponent("pipeline.sh")
        try Data(baselinePipelineScript.utf8).write(to: script)
        let pipeline = try ChildProcess(
            executable: bash, arguments: [script.path, orders.path, database, receipts.path],
            log: folder.appendingPathComponent("pipeline.log")
        )
        defer { pipeline.stop() }
        let watcher = try RawInotify()
        try watcher.watch(receipts)

        var variant = 0
        // Until inotifywait has its watch, a dropped file goes unseen: retry the first file.
        var ready = false
        for _ in 0..<50 where !ready {
            variant += 1
            _ = try dropFile(Array("{\"warm-up\":\(variant)}\n".utf8), name: "warmup-\(variant).json", staging: staging, into: orders)
            ready = watcher.next(timeout: 0.2, where: { !$0.name.hasPrefix(".") }) != nil
        }
        guard ready else { return .failure(BenchError("the baseline pipeline never answered (see pipeline.log)")) }
        var latencies: [Double] = []
        for round in 0..<(samples + 3) {
            variant += 1
            let bytes = emptyOrderFile(game: "baseline", house: "alpha", turn: 1, variant: variant)
            watcher.drain()
            let dropped = try dropFile(bytes, name: "order-\(variant).json", staging: staging, into: orders)
            guard let receipt = watcher.next(timeout: 5, where: { !$0.name.hasPrefix(".") }) else { continue }
            if round >= 3 { latencies.append(BenchClock.milliseconds(dropped.duration(to: receipt.seen))) }
            Thread.sleep(forTimeInterval: 0.005)
        }
        guard let summary = LatencySummary(samples: latencies) else { return .failure(BenchError("the baseline pipeline wrote no receipts")) }
        return .success(summary)
    } catch let error as BenchError {
        return .failure(error)
    } catch {
        return .failure(BenchError("\(error)"))
    }
}

/// What a user would write: one sqlite3 process and one receipt per file.
let baselinePipelineScript = #"""
    #!/bin/bash
    # Baseline for `ec4x bench`: drop folder -> SQLite row -> receipt, with stock tools.
    orders="$1"; database="$2"; receipts="$3"
    inotifywait -q -m -e close_write,moved_to --format '%f' "$orders" | while IFS= read -r name; do
        case "$name" in .*|*.tmp) continue ;; esac
        sqlite3 "$database" "INSERT INTO submissions (file_name, raw, received_at) VALUES ('$name', readfile('$orders/$name'), strftime('%s','now'));"
        echo '{"status":"accepted"}' > "$receipts/$name"
    done
    """#
