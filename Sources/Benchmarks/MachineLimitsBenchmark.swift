import Foundation
import GRDB
#if canImport(Glibc)
    import Glibc
#endif

/// Figure 6: what this machine allows at all, measured in the same run, so the
/// product's figures can be read against them: raw SQLite inserts per second
/// in one transaction, commits per second (one row each) in WAL with
/// synchronous FULL (what game databases use) and NORMAL, and how long the
/// kernel takes to report a closed file through inotify.
public func measureMachineLimits(inserts: Int, commits: Int, inotifySamples: Int) throws -> BenchSection {
    let folder = try TemporaryFolder("limits")
    defer { folder.remove() }
    var section = BenchSection(title: "This machine's limits (GRDB on a temp file; raw inotify)")

    let insertRate = try sqliteInsertRate(path: folder.url.appendingPathComponent("inserts.db").path, rows: inserts)
    section.number("sqlite.inserts_per_s", insertRate, decimals: 0, "SQLite inserts/s, \(inserts) rows in one transaction", unit: "rows/s")
    for mode in ["FULL", "NORMAL"] {
        let rate = try sqliteCommitRate(path: folder.url.appendingPathComponent("commits-\(mode).db").path, synchronous: mode, commits: commits)
        section.number("sqlite.commits_per_s.\(mode.lowercased())", rate, decimals: 0, "SQLite commits/s, WAL, synchronous \(mode), 1 row each", unit: "commits/s")
    }
    let latencies = try inotifyLatencies(folder: folder.url.appendingPathComponent("inotify", isDirectory: true), samples: inotifySamples)
    section.latency("inotify_latency_ms", LatencySummary(samples: latencies), "inotify: close() -> IN_CLOSE_WRITE read")
    return section
}

private func openDatabase(_ path: String, synchronous: String) throws -> DatabaseQueue {
    var config = Configuration()
    config.prepareDatabase { db in
        try db.execute(sql: "PRAGMA journal_mode = WAL")
        try db.execute(sql: "PRAGMA synchronous = \(synchronous)")
    }
    let queue = try DatabaseQueue(path: path, configuration: config)
    try queue.write { db in
        try db.execute(sql: "CREATE TABLE rows (id INTEGER PRIMARY KEY, turn INTEGER NOT NULL, payload TEXT NOT NULL)")
    }
    return queue
}

/// Rows per second inserted through one prepared statement inside one transaction.
func sqliteInsertRate(path: String, rows: Int) throws -> Double {
    let queue = try openDatabase(path, synchronous: "FULL")
    let payload = String(repeating: "x", count: 100)
    let start = BenchClock.now()
    try queue.write { db in
        let statement = try db.makeStatement(sql: "INSERT INTO rows (turn, payload) VALUES (?, ?)")
        for index in 0..<rows {
            try statement.execute(arguments: [index, payload])
        }
    }
    return Double(rows) / (BenchClock.milliseconds(since: start) / 1000)
}

/// Transactions per second, each inserting one row; stops early after 5 s.
func sqliteCommitRate(path: String, synchronous: String, commits: Int) throws -> Double {
    let queue = try openDatabase(path, synchronous: synchronous)
    let payload = String(repeating: "x", count: 100)
    let start = BenchClock.now()
    var done = 0
    while done < commits {
        try queue.write { db in
            try db.execute(sql: "INSERT INTO rows (turn, payload) VALUES (?, ?)", arguments: [done, payload])
        }
        done += 1
        if done % 50 == 0, BenchClock.milliseconds(since: start) > 5_000 { break }
    }
    return Double(done) / (BenchClock.milliseconds(since: start) / 1000)
}

/// For each sample: write a new file, take the time just before close(), and
/// the time the bench reads the matching IN_CLOSE_WRITE.
func inotifyLatencies(folder: URL, samples: Int) throws -> [Double] {
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let watcher = try RawInotify()
    try watcher.watch(folder, mask: UInt32(IN_CLOSE_WRITE))
    let payload = [UInt8](repeating: 0x7B, count: 512)
    var latencies: [Double] = []
    for index in 0..<(samples + 10) {
        let name = "file-\(index).json"
        let descriptor = open(folder.appendingPathComponent(name).path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw BenchError("cannot create a file in \(folder.path)") }
        _ = payload.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
        let closing = BenchClock.now()
        close(descriptor)
        guard let event = watcher.next(timeout: 2, where: { $0.name == name }) else { continue }
        if index >= 10 { latencies.append(BenchClock.milliseconds(closing.duration(to: event.seen))) }
    }
    return latencies
}

/// A short second measurement of fsync-bound commits at the end of the run:
/// this machine's fsync cost moves by an order of magnitude from minute to
/// minute, and every durable write the daemon makes pays it.
public func measureCommitRateAgain(commits: Int) throws -> BenchSection {
    let folder = try TemporaryFolder("limits-end")
    defer { folder.remove() }
    var section = BenchSection(title: "This machine's limits, again at the end of the run")
    let rate = try sqliteCommitRate(path: folder.url.appendingPathComponent("commits.db").path, synchronous: "FULL", commits: commits)
    section.number("sqlite.commits_per_s.full_at_end", rate, decimals: 0, "SQLite commits/s, WAL, synchronous FULL, at the end", unit: "commits/s")
    if let load = currentLoadAverage() {
        section.number("machine.load_average_1m_at_end", load, decimals: 2, "load average (1 min) at the end")
    }
    return section
}
