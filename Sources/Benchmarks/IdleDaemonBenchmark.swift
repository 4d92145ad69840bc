import Engine
public import Foundation
import Games
import FolderTransport
import Daemon
import PlayerProtocol

/// From the daemon issue: a daemon watching 1,000 games uses no CPU between
/// polls and at most 100 MB of memory. The games are small (2 houses, 3
/// rings); the daemon runs as a child process; once its ready marker is there
/// and a settling pause has passed, its CPU time (utime + stime from
/// /proc/<pid>/stat) is sampled over a window with no file activity, and its
/// resident memory is read from /proc/<pid>/status. The inotify watches it
/// holds are counted from /proc/<pid>/fdinfo and set beside the kernel's limit.
public func measureIdleDaemon(executable: URL, games: Int, idleSeconds: Double, progress: (String) -> Void) throws -> BenchSection {
    let folder = try TemporaryFolder("idle")
    defer { folder.remove() }
    let data = DataDirectory(path: folder.url.appendingPathComponent("data").path)
    var setup = GameSetup.standard(players: 2)
    setup.rings = 3
    let creationStart = BenchClock.now()
    for index in 0..<games {
        _ = try CreateGame(data: data, prepare: FolderLayout.prepare).run(NewGameRequest(setup: setup, seed: 0xEC4B_2000 + UInt64(index), open: true))
        if (index + 1) % 250 == 0 { progress("  created \(index + 1)/\(games) games") }
    }
    let creationSeconds = BenchClock.milliseconds(since: creationStart) / 1000

    // The same daemon over no games: what the process costs before any game is open.
    let emptyData = DataDirectory(path: folder.url.appendingPathComponent("empty-data").path)
    let empty = try DaemonUnderTest(executable: executable, data: emptyData, log: nil)
    Thread.sleep(forTimeInterval: 0.5)
    let emptyRSS = ProcessSample.residentMB(empty.pid) ?? .nan
    empty.stop()

    let startup = BenchClock.now()
    let daemon = try DaemonUnderTest(executable: executable, data: data, log: folder.url.appendingPathComponent("daemon.log"), readyTimeout: 600)
    let startupSeconds = BenchClock.milliseconds(since: startup) / 1000
    var cpuPerMinute = Double.nan
    var rss = Double.nan
    var watches: Int?
    var startupCPU = Double.nan
    var tickCPUPerMinute = Double.nan
    var openFiles: Int?
    var openFilesLimit: Int?
    do {
        defer { daemon.stop() }
        startupCPU = ProcessSample.cpuSeconds(daemon.pid) ?? .nan
        // The first pass has written every view; give the last writes a moment to finish.
        Thread.sleep(forTimeInterval: 1)
        guard let before = ProcessSample.threadCPUNanoseconds(daemon.pid), let ticksBefore = ProcessSample.cpuSeconds(daemon.pid) else {
            throw BenchError("cannot read /proc/\(daemon.pid)")
        }
        let windowStart = BenchClock.now()
        Thread.sleep(forTimeInterval: idleSeconds)
        guard let after = ProcessSample.threadCPUNanoseconds(daemon.pid), let ticksAfter = ProcessSample.cpuSeconds(daemon.pid) else {
            throw BenchError("the daemon exited while idle")
        }
        let window = BenchClock.milliseconds(since: windowStart) / 1000
        cpuPerMinute = ProcessSample.threadCPUSeconds(from: before, to: after) / window * 60
        tickCPUPerMinute = (ticksAfter - ticksBefore) / window * 60
        openFiles = ProcessSample.openFiles(daemon.pid)
        openFilesLimit = ProcessSample.openFilesLimit(daemon.pid)
        rss = ProcessSample.residentMB(daemon.pid) ?? .nan
        watches = ProcessSample.inotifyWatches(daemon.pid)
    }
    let limit = (try? String(contentsOfFile: "/proc/sys/fs/inotify/max_user_watches", encoding: .utf8))
        .flatMap { Int($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
    // The daemon watches games/, migrate/, its control folder, and per game houses/ and each house's orders/.
    let expected = 3 + games * (1 + setup.houses.count)

    var section = BenchSection(title: "Idle daemon watching \(games) games (2 houses each)")
    section.number(
        "idle_cpu_seconds_per_minute", cpuPerMinute, decimals: 4, "CPU seconds per minute while idle (\(Int(idleSeconds)) s window)", unit: "s/min",
        note: "target ~0 (taken as <= 0.06, 0.1% of a core): " + (cpuPerMinute <= 0.06 ? "met" : "MISSED"))
    section.number("idle_cpu_seconds_per_minute_from_ticks", tickCPUPerMinute, decimals: 3, "same, from utime+stime (10 ms ticks: 0.12 s/min resolution)", unit: "s/min")
    section.number("targets.idle_cpu_seconds_per_minute", 0.06, decimals: 2, "target (issue: no CPU between polls), read as at most", unit: "s/min")
    section.flag("targets_met.idle_cpu_seconds_per_minute", cpuPerMinute <= 0.06, "target met")
    section.number("idle_rss_mb", rss, decimals: 1, "resident memory (VmRSS)", unit: "MB", note: "target <= 100 MB: " + (rss <= 100 ? "met" : "MISSED"))
    section.number("targets.idle_rss_mb", 100, decimals: 0, "target (issue): at most", unit: "MB")
    section.flag("targets_met.idle_rss_mb", rss <= 100, "target met")
    section.number("idle.rss_mb_with_no_games", emptyRSS, decimals: 1, "resident memory of the same daemon watching no games", unit: "MB")
    section.number("idle.rss_kb_per_game", (rss - emptyRSS) * 1000 / Double(max(games, 1)), decimals: 0, "resident memory per game watched", unit: "kB")
    if let openFiles { section.integer("idle.open_files", openFiles, "open file descriptors (each game keeps its database open)") }
    if let openFilesLimit { section.integer("idle.open_files_limit", openFilesLimit, "the daemon's open-files limit (soft)") }
    section.integer("idle.games", games, "games watched")
    section.number("idle.game_creation_s", creationSeconds, decimals: 1, "creating the games (CreateGame, in the bench process)", unit: "s")
    section.number("idle.daemon_startup_s", startupSeconds, decimals: 1, "daemon start -> ready marker (first pass writes every view)", unit: "s")
    section.number("idle.daemon_startup_cpu_s", startupCPU, decimals: 1, "CPU seconds the daemon used to get ready", unit: "s")
    if let watches { section.integer("inotify_watches.used", watches, "inotify watches the daemon holds") }
    section.integer("inotify_watches.expected", expected, "watches this layout needs (3 + games x (1 + houses))")
    if let limit {
        section.integer("inotify_watches.max_user_watches", limit, "/proc/sys/fs/inotify/max_user_watches")
        section.number("inotify_watches.share_of_limit", Double(watches ?? expected) / Double(limit) * 100, decimals: 2, "share of the limit", unit: "%")
    }
    return section
}
