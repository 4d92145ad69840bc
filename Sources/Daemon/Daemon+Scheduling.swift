internal import Foundation
internal import Games
internal import FolderTransport
internal import PlayerProtocol
internal import Watcher

extension Daemon {
    func startWatcher() {
        guard !options.pollingOnly else { return }
        let watcher = InotifyWatcher(controlFolder: data.root.appendingPathComponent(".ec4x/watch", isDirectory: true)) { [weak self] event in
            guard let self else { return }
            Task { await self.handle(event) }
        }
        do {
            try watcher.start()
            self.watcher = watcher
            watcher.watch(data.gamesFolder.path)
            watcher.watch(inbox.folder.path)
        } catch {
            log.warning("inotify unavailable, polling every \(Int(pollInterval())) s: \(error)")
        }
    }

    /// Watches games' folders (houses/, each house folder and its drop folder)
    /// and returns once the watches are in place, noting since when each drop
    /// folder's completed files are reported. Idempotent: the poll calls it
    /// again to retry folders that could not be watched.
    func watchGames(_ ids: [String]) {
        guard let watcher, !ids.isEmpty else { return }
        var folders: [String] = []
        var renewed = Set<String>()
        func watch(_ path: String, game id: String) {
            let identity = FileIdentity.of(path)
            if let identity, watchedIdentities[id, default: [:]][path] != identity {
                // New, or made again since it was watched: the watcher places a new watch.
                renewed.insert(path)
                watchedIdentities[id, default: [:]][path] = identity
            }
            watcher.watch(path)
        }
        for id in ids {
            let folder = data.gameFolder(id: id)
            watch(folder.housesFolder.path, game: id)
            let slugs = (try? FileManager.default.contentsOfDirectory(atPath: folder.housesFolder.path)) ?? []
            for slug in slugs.sorted() where !slug.hasPrefix(".") {
                watch(folder.houseFolder(slug).path, game: id)
                watch(folder.ordersFolder(slug).path, game: id)
                folders.append(folder.ordersFolder(slug).path)
            }
        }
        watcher.waitUntilWatching()
        let failed = watcher.failedWatches
        let now = Int64(clock.now.timeIntervalSince1970 * 1_000_000_000)
        for folder in folders {
            if failed[folder] != nil {
                hintsSince[folder] = nil
            } else if hintsSince[folder] == nil || renewed.contains(folder) {
                // Files written before this watch were seen by nobody: the settle rule judges them.
                hintsSince[folder] = now
            }
        }
        for id in ids {
            let prefix = data.gameFolder(id: id).housesFolder.path + "/"
            if failed.keys.contains(where: { $0.hasPrefix(prefix) || $0 + "/" == prefix }) {
                fullyWatched.remove(id)
            } else {
                fullyWatched.insert(id)
            }
        }
    }

    func handle(_ event: WatchEvent) {
        guard !stopped else { return }
        log.trace("event \(event)")
        switch event {
        case .overflow:
            log.warning("inotify queue overflowed; rescanning everything")
            // Completions may have been lost: files written until now are judged by the settle rule.
            let now = Int64(clock.now.timeIntervalSince1970 * 1_000_000_000)
            for folder in hintsSince.keys { hintsSince[folder] = now }
            let ids = gameIDs()
            watchGames(ids)
            for id in ids { scheduleReconcile(id) }
            processInbox()
        case .fileCompleted(let directory, let name):
            if case .orders(let id, _)? = WatchedFolder(path: directory, gamesFolder: data.gamesFolder.path) {
                completion.hint(directory + "/" + name)
                scheduleReconcile(id)
            } else if directory.hasPrefix(inbox.folder.path) {
                processInbox()
            }
        case .entryCreated(let directory, let name, let isDirectory):
            switch WatchedFolder(path: directory, gamesFolder: data.gamesFolder.path) {
            case .games? where isDirectory && !name.hasPrefix("."):
                watchGames([name])
                scheduleReconcile(name)
            case .houses(let id)? where isDirectory, .house(let id, _)? where isDirectory:
                // A new house folder, or its orders/ folder appearing.
                watchGames([id])
                scheduleReconcile(id)
            case .orders(let id, _)?:
                scheduleReconcile(id)
            default:
                if directory == inbox.folder.path { processInbox() }
            }
        }
    }

    /// Queues one reconcile of a game; more events before it runs join it.
    func scheduleReconcile(_ id: String) {
        guard !stopped, scheduled.insert(id).inserted else { return }
        Task { reconcile(id) }
    }

    /// Rewrites a game's views a moment after files were taken, once per burst.
    func scheduleViewRefresh(_ id: String) {
        guard !stopped, viewRefreshes.insert(id).inserted else { return }
        Task {
            try? await Task.sleep(for: .seconds(Self.viewRefreshDelay))
            viewRefreshes.remove(id)
            if !stopped, let session = session(id) { publishIfStale(session) }
        }
    }

    /// How long views wait after a file is taken (answers come first).
    static let viewRefreshDelay: TimeInterval = 0.2

    /// A second look at files that were still changing, after the stability interval.
    /// Kept apart from event-driven reconciles so a pending recheck never delays them.
    func scheduleRecheck(_ id: String) {
        guard !stopped, rechecks.insert(id).inserted else { return }
        Task {
            try? await Task.sleep(for: .seconds(options.stabilityInterval))
            rechecks.remove(id)
            reconcile(id)
        }
    }

    func pollInterval() -> TimeInterval {
        if let interval = options.pollInterval { return interval }
        return pollIntervals.values.min() ?? DaemonOptions.defaultPollInterval
    }

    /// The timer that rescans everything: new games, files inotify could not
    /// see (network filesystems), deadlines, the inbox.
    func schedulePoll() {
        pollTask?.cancel()
        let interval = pollInterval()
        pollTask = Task {
            while !Task.isCancelled {
                try? await Task.sleep(for: .seconds(interval))
                guard !Task.isCancelled, !stopped else { return }
                poll()
            }
        }
    }

    func poll() {
        guard holdsLock() else { return }
        let ids = gameIDs()
        // Only games not yet fully watched (new, refused a watch, or whose folders were made again) are asked for again.
        watchGames(ids.filter { !fullyWatched.contains($0) || foldersChanged($0) })
        // A closed game is opened only if something waits for it: polling stays cheap.
        for id in ids where needsAttention(id) { reconcile(id) }
        processInbox()
        scheduleDeadline()
        reportUnwatchedFolders()
    }

    /// Folders inotify refused (usually: no watches left) are still polled; say so once per change.
    func reportUnwatchedFolders() {
        guard let failed = watcher?.failedWatches, failed.count != unwatchedReported else { return }
        unwatchedReported = failed.count
        if let (path, reason) = failed.sorted(by: { $0.key < $1.key }).first {
            log.warning("\(failed.count) folders cannot be watched (e.g. \(path): \(reason)); they are polled every \(Int(pollInterval())) s")
        }
    }

    /// Wakes the daemon when the earliest deadline of an active game passes,
    /// with no file event needed.
    func scheduleDeadline() {
        deadlineTask?.cancel()
        deadlineTask = nil
        let now = clock.now
        guard let wait = deadlines.delay(from: now, notBefore: { self.retries.nextRetry(of: $0, after: now) }), !stopped else { return }
        deadlineTask = Task {
            try? await Task.sleep(for: .seconds(wait + 0.05))
            guard !Task.isCancelled, !stopped else { return }
            for id in deadlines.due(at: clock.now) {
                reconcile(id)
            }
            scheduleDeadline()
        }
    }
}
