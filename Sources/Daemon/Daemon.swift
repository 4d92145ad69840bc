public import Foundation
public import Games
internal import FolderTransport
internal import PlayerProtocol
internal import Storage
internal import Watcher

/// `ec4x daemon`: watches `data/games/` and `migrate/`, ingests order files,
/// resolves turns that are ready or past their deadline, and publishes views.
///
/// An actor: every step runs whole on it, one at a time, and all its state
/// is its own. inotify events are hints that schedule an idempotent reconcile
/// of the game they point at (scan its drop folders, take complete files,
/// resolve if due, refresh stale views); the same step runs at start, after a
/// queue overflow and on the poll timer, which is also the whole mechanism
/// when inotify is unavailable. What to do and when is decided by pure parts
/// (`OpenGames`, `FileCompletion`, `DeadlineSchedule`, `ResolveRetries`,
/// `WatchedFolder`) that read the time from the injected clock.
public actor Daemon {
    let data: DataDirectory
    let options: DaemonOptions
    let log: DaemonLog

    let clock: any DaemonClock
    /// Open games, at most `maxOpenSessions`; the least recently used are closed.
    var sessions = OpenGames<GameSession>(capacity: Daemon.maxOpenSessions)
    /// What the timers need of every game, open or not.
    var deadlines = DeadlineSchedule()
    var pollIntervals: [String: TimeInterval] = [:]
    var knownGames = Set<String>()
    var unreadable: [String: String] = [:]
    var completion = FileCompletion()
    var scheduled = Set<String>()
    var rechecks = Set<String>()
    var unwatchedReported = 0
    var viewRefreshes = Set<String>()
    /// Games whose every folder inotify watches; the poll leaves them alone.
    var fullyWatched = Set<String>()
    /// Off in `--once`, which must leave every view current before it exits.
    var deferViewRefresh = true
    /// Per drop folder: since when (ns since 1970) inotify reports every completed file in it.
    var hintsSince: [String: Int64] = [:]
    /// After a failed resolution, when the game may be tried again.
    var retries = ResolveRetries(baseDelay: Daemon.retryDelay)
    var lock: DaemonLock?
    var watcher: InotifyWatcher?
    var inbox: LegacyInbox
    var pollTask: Task<Void, Never>?
    var deadlineTask: Task<Void, Never>?
    var inboxRecheck = false
    /// Folder faults already logged, per game ("path problem"): found by the scan, and met while writing.
    var scannedFaults: [String: Set<String>] = [:]
    var writeFaults: [String: Set<String>] = [:]
    var stopped = false

    public init(data: DataDirectory, options: DaemonOptions = DaemonOptions(), log: DaemonLog = DaemonLog(), clock: any DaemonClock = SystemClock()) {
        self.data = data
        self.options = options
        self.log = log
        self.clock = clock
        inbox = LegacyInbox(folder: Self.migrateFolder(for: data), importer: ImportLegacyGame(data: data, prepare: FolderLayout.prepare))
    }

    /// The legacy inbox sits beside the data folder: `./migrate` for `./data`.
    public static func migrateFolder(for data: DataDirectory) -> URL {
        data.root.deletingLastPathComponent().appendingPathComponent("migrate", isDirectory: true)
    }

    /// Written when the daemon has finished its first pass and is watching.
    public nonisolated var readyMarker: URL { Self.readyMarker(for: data) }

    public static func readyMarker(for data: DataDirectory) -> URL {
        data.root.appendingPathComponent(".ec4x/daemon.ready")
    }

    // MARK: Once

    /// Reconciles every game once and imports the inbox, then returns. A file
    /// still being written is left for the next run.
    public func runOnce() async throws {
        lock = try DaemonLock(data: data)
        deferViewRefresh = false
        ensureFolders()
        for id in gameIDs() { reconcile(id) }
        if completion.hasSettlingFiles {
            try? await Task.sleep(for: .seconds(options.stabilityInterval))
            for id in gameIDs() { reconcile(id) }
        }
        processInbox()
        if inboxRecheck {
            try? await Task.sleep(for: .seconds(options.stabilityInterval))
            processInbox()
        }
    }

    // MARK: Running

    /// Starts watching; returns once the first pass is done and every folder is watched.
    public func start() throws {
        lock = try DaemonLock(data: data)
        ensureFolders()
        startWatcher()
        let ids = gameIDs()
        watchGames(ids)
        for id in ids { reconcile(id) }
        processInbox()
        schedulePoll()
        scheduleDeadline()
        // The log line first: whoever waits for the marker may read the log at once.
        log.info("watching \(knownGames.count) games in \(data.gamesFolder.path)" + (watcher == nil ? " (polling only)" : ""))
        try? AtomicFile.createFolders(readyMarker.deletingLastPathComponent(), mode: FileModes.privateFolder)
        try? AtomicFile.write(Data("\(ProcessInfo.processInfo.processIdentifier)\n".utf8), to: readyMarker, mode: FileModes.privateFile)
    }

    /// Stops the timers and the watcher. The actor runs one step at a time and
    /// every step finishes whole, so nothing is left half-written.
    public func stop() {
        stopped = true
        watcher?.stop()
        pollTask?.cancel()
        deadlineTask?.cancel()
        try? FileManager.default.removeItem(at: readyMarker)
        log.info("stopped")
    }

    func ensureFolders() {
        try? AtomicFile.createFolders(data.gamesFolder, mode: FileModes.passage)
        try? FileManager.default.createDirectory(at: inbox.folder, withIntermediateDirectories: true)
    }

    func gameIDs() -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: data.gamesFolder.path)) ?? []
        return names.filter { !$0.hasPrefix(".") }.sorted().filter {
            FileManager.default.fileExists(atPath: data.gameFolder(id: $0).databaseURL.path)
        }
    }

    /// Games an idle daemon keeps open. Each open game holds a database
    /// connection and its state; a thousand idle games need not.
    static let maxOpenSessions = 32

    /// The open session of a game, opened on first use; unreadable games are logged once and skipped.
    func session(_ id: String) -> GameSession? {
        if let session = sessions.use(id) {
            if (try? session.reloadIfChangedElsewhere()) != nil {
                remember(session)
                return session
            }
            sessions.close(id)
        }
        do {
            let session = try GameSession(folder: data.gameFolder(id: id))
            sessions.open(id, session)
            unreadable[id] = nil
            knownGames.insert(id)
            recoverUnanswered(session)
            remember(session)
            return session
        } catch {
            if unreadable[id] != "\(error)" { log.warning("skipping unreadable game: \(error)", game: id) }
            unreadable[id] = "\(error)"
            return nil
        }
    }

    /// Notes the deadline and poll interval the timers need once the game is closed.
    func remember(_ session: GameSession) {
        let due = session.state.game.phase == .active && session.failures < ResolveTurn.maxFailures
        deadlines.set(session.id, due ? session.deadline : nil)
        pollIntervals[session.id] = session.pollInterval
    }

    /// Whether a closed game needs opening: a file waits in a drop folder, or its deadline passed.
    func needsAttention(_ id: String) -> Bool {
        if sessions.isOpen(id) || !knownGames.contains(id) { return true }
        if let deadline = deadlines.deadline(of: id), deadline <= Int64(clock.now.timeIntervalSince1970) { return true }
        let houses = data.gameFolder(id: id).housesFolder
        let slugs = (try? FileManager.default.contentsOfDirectory(atPath: houses.path)) ?? []
        return slugs.contains { slug in
            let names = (try? FileManager.default.contentsOfDirectory(atPath: houses.appendingPathComponent(slug).appendingPathComponent("orders").path)) ?? []
            return names.contains { !DropEntry.isIgnoredName($0) }
        }
    }
}
