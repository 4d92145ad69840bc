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
    /// Transports besides the folders (Nostr), run inside each reconcile.
    let transports: [any DaemonTransport]
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
    /// Off in `--once`, which has no later pass to leave files for.
    var yieldsAfterBudget = true
    /// Per drop folder: since when (ns since 1970) inotify reports every completed file in it.
    var hintsSince: [String: Int64] = [:]
    /// After a failed resolution, when the game may be tried again.
    var retries = ResolveRetries(baseDelay: Daemon.retryDelay)
    /// Files that could not be taken, and receipts that could not be written: when to try again.
    var fileRetries: FileRetries
    /// Games with a retry timer running.
    var retryTimers = Set<String>()
    /// Files and bytes each house sent this turn.
    var quotas = QuotaLedger()
    /// Games whose database cannot be written now, and why.
    var faults = DatabaseFaults()
    /// The identity of each open game's folder and database when it was opened.
    var gameIdentities: [String: [FileIdentity?]] = [:]
    /// Per game, the identity of each watched folder when its watch was placed.
    var watchedIdentities: [String: [String: FileIdentity]] = [:]
    /// Games opened since the daemon started whose recent receipts are still to be checked whole.
    var receiptsToCheck = Set<String>()
    var receiptsChecked = Set<String>()
    /// The data folder's lock is gone; said once, until it is back.
    var lockLost = false
    let halted = AsyncStream<Void>.makeStream()
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

    public init(
        data: DataDirectory, options: DaemonOptions = DaemonOptions(), log: DaemonLog = DaemonLog(), clock: any DaemonClock = SystemClock(),
        transports: [any DaemonTransport] = []
    ) {
        self.data = data
        self.transports = transports
        self.options = options
        self.log = log
        self.clock = clock
        fileRetries = FileRetries(shortest: Self.fileRetryDelay, longest: options.pollInterval ?? DaemonOptions.defaultPollInterval)
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
        yieldsAfterBudget = false
        ensureFolders()
        removeStaleTemporaryFiles()
        for id in gameIDs() { reconcile(id) }
        if completion.hasSettlingFiles(settle: options.stabilityInterval, now: clock.now) {
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
        removeStaleTemporaryFiles()
        for transport in transports {
            transport.start(log: log) { [weak self] id in
                guard let self else { return }
                Task { await self.scheduleReconcile(id) }
            }
        }
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
        guard !stopped else { return }
        stopped = true
        watcher?.stop()
        pollTask?.cancel()
        deadlineTask?.cancel()
        for transport in transports { transport.stop() }
        try? FileManager.default.removeItem(at: readyMarker)
        FaultsFile.write([:], data: data)
        log.info("stopped")
        halted.continuation.finish()
    }

    /// Returns once the daemon has stopped on its own (its data folder was
    /// taken over by another daemon) or was stopped.
    public func untilHalted() async {
        for await _ in halted.stream {}
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
    /// A game whose folder or database was replaced (deleted, restored from a
    /// copy) since it was opened is closed and opened again: nothing of the
    /// old one is ever written into the new.
    func session(_ id: String) -> GameSession? {
        if let session = sessions.use(id) {
            let now = identity(ofGame: id)
            if now == gameIdentities[id], (try? session.reloadIfChangedElsewhere()) != nil {
                remember(session)
                return session
            }
            if now != gameIdentities[id] {
                log.warning(
                    now.contains(nil) ? "the game folder or its database vanished; closed the game" : "the game folder or its database was replaced; reopening it",
                    game: id)
                forgetFolders(of: id)
            }
            closeSession(id)
        }
        let folder = data.gameFolder(id: id)
        guard FileManager.default.fileExists(atPath: folder.databaseURL.path) else { return nil }
        do {
            let identity = identity(ofGame: id)
            let session = try GameSession(folder: folder)
            for closed in sessions.open(id, session) { gameIdentities[closed] = nil }
            gameIdentities[id] = identity
            // Once per game and run: a power cut before this start may have emptied a receipt.
            if !receiptsChecked.contains(id) {
                receiptsChecked.insert(id)
                receiptsToCheck.insert(id)
                upgradeOlderFolder(session)
            }
            if unreadable.removeValue(forKey: id) != nil { publishFaults() }
            knownGames.insert(id)
            remember(session)
            return session
        } catch {
            if unreadable[id] != "\(error)" {
                log.warning("skipping unreadable game: \(error)", game: id)
                unreadable[id] = "\(error)"
                publishFaults()
            }
            return nil
        }
    }

    func closeSession(_ id: String) {
        sessions.close(id)
        gameIdentities[id] = nil
        quotas.forget(game: id)
    }

    /// The game folder's and its database's identity, to tell when either was replaced.
    func identity(ofGame id: String) -> [FileIdentity?] {
        let folder = data.gameFolder(id: id)
        return [FileIdentity.of(folder.url.path), FileIdentity.of(folder.databaseURL.path)]
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
