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
            queue.async { self.handle(event) }
        }
        do {
            try watcher.start()
            self.watcher = watcher
            watcher.watch(data.gamesFolder.path)
            watcher.watch(inbox.folder.path)
        } catch {
            log.info("inotify unavailable, polling every \(Int(pollInterval())) s: \(error)")
        }
    }

    /// Watches games' folders (houses/, each house folder and its drop folder)
    /// and returns once the watches are in place, noting since when each drop
    /// folder's completed files are reported. Idempotent: the poll calls it
    /// again to retry folders that could not be watched.
    func watchGames(_ ids: [String]) {
        guard let watcher, !ids.isEmpty else { return }
        var folders: [String] = []
        for id in ids {
            let folder = data.gameFolder(id: id)
            watcher.watch(folder.housesFolder.path)
            let slugs = (try? FileManager.default.contentsOfDirectory(atPath: folder.housesFolder.path)) ?? []
            for slug in slugs.sorted() where !slug.hasPrefix(".") {
                watcher.watch(folder.houseFolder(slug).path)
                watcher.watch(folder.ordersFolder(slug).path)
                folders.append(folder.ordersFolder(slug).path)
            }
        }
        watcher.waitUntilWatching()
        let failed = watcher.failedWatches
        let now = Int64(Date().timeIntervalSince1970 * 1_000_000_000)
        for folder in folders {
            if failed[folder] != nil {
                hintsSince[folder] = nil
            } else if hintsSince[folder] == nil {
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
        switch event {
        case .overflow:
            log.info("inotify queue overflowed; rescanning everything")
            // Completions may have been lost: files written until now are judged by the settle rule.
            let now = Int64(Date().timeIntervalSince1970 * 1_000_000_000)
            for folder in hintsSince.keys { hintsSince[folder] = now }
            let ids = gameIDs()
            watchGames(ids)
            for id in ids { scheduleReconcile(id) }
            processInbox()
        case .fileCompleted(let directory, let name):
            if let id = gameID(ofOrdersFolder: directory) {
                completion.hint(directory + "/" + name)
                scheduleReconcile(id)
            } else if directory.hasPrefix(inbox.folder.path) {
                processInbox()
            }
        case .entryCreated(let directory, let name, let isDirectory):
            if directory == data.gamesFolder.path, isDirectory, !name.hasPrefix(".") {
                watchGames([name])
                scheduleReconcile(name)
            } else if isDirectory, let id = gameID(ofHousesFolder: directory) ?? gameID(ofHouseFolder: directory) {
                // A new house folder, or its orders/ folder appearing.
                watchGames([id])
                scheduleReconcile(id)
            } else if let id = gameID(ofOrdersFolder: directory) {
                scheduleReconcile(id)
            } else if directory == inbox.folder.path {
                processInbox()
            }
        }
    }

    /// `<games>/<id>/houses/<slug>/orders` → id.
    func gameID(ofOrdersFolder directory: String) -> String? {
        let prefix = data.gamesFolder.path + "/"
        guard directory.hasPrefix(prefix), directory.hasSuffix("/orders") else { return nil }
        let parts = directory.dropFirst(prefix.count).split(separator: "/")
        return parts.count == 4 && parts[1] == "houses" ? String(parts[0]) : nil
    }

    /// `<games>/<id>/houses/<slug>` → id.
    func gameID(ofHouseFolder directory: String) -> String? {
        let prefix = data.gamesFolder.path + "/"
        guard directory.hasPrefix(prefix) else { return nil }
        let parts = directory.dropFirst(prefix.count).split(separator: "/")
        return parts.count == 3 && parts[1] == "houses" ? String(parts[0]) : nil
    }

    func gameID(ofHousesFolder directory: String) -> String? {
        let prefix = data.gamesFolder.path + "/"
        guard directory.hasPrefix(prefix) else { return nil }
        let parts = directory.dropFirst(prefix.count).split(separator: "/")
        return parts.count == 2 && parts[1] == "houses" ? String(parts[0]) : nil
    }

    /// Queues one reconcile of a game; more events before it runs join it.
    func scheduleReconcile(_ id: String) {
        guard !stopped, scheduled.insert(id).inserted else { return }
        queue.async { [self] in reconcile(id) }
    }

    /// Rewrites a game's views a moment after files were taken, once per burst.
    func scheduleViewRefresh(_ id: String) {
        guard !stopped, viewRefreshes.insert(id).inserted else { return }
        queue.asyncAfter(deadline: .now() + Self.viewRefreshDelay) { [self] in
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
        queue.asyncAfter(deadline: .now() + options.stabilityInterval) { [self] in
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
        pollTimer?.cancel()
        let timer = DispatchSource.makeTimerSource(queue: queue)
        let interval = pollInterval()
        timer.schedule(deadline: .now() + interval, repeating: interval, leeway: .milliseconds(100))
        timer.setEventHandler { [weak self] in
            guard let self, !stopped else { return }
            let ids = gameIDs()
            // Only games not yet fully watched (new, or refused a watch) are asked for again.
            watchGames(ids.filter { !fullyWatched.contains($0) })
            // A closed game is opened only if something waits for it: polling stays cheap.
            for id in ids where needsAttention(id) { reconcile(id) }
            processInbox()
            scheduleDeadline()
            reportUnwatchedFolders()
        }
        timer.resume()
        pollTimer = timer
    }

    /// Folders inotify refused (usually: no watches left) are still polled; say so once per change.
    func reportUnwatchedFolders() {
        guard let failed = watcher?.failedWatches, failed.count != unwatchedReported else { return }
        unwatchedReported = failed.count
        if let (path, reason) = failed.sorted(by: { $0.key < $1.key }).first {
            log.info("\(failed.count) folders cannot be watched (e.g. \(path): \(reason)); they are polled every \(Int(pollInterval())) s")
        }
    }

    /// Wakes the daemon when the earliest deadline of an active game passes,
    /// with no file event needed.
    func scheduleDeadline() {
        deadlineTimer?.cancel()
        deadlineTimer = nil
        guard let earliest = deadlines.values.min(), !stopped else { return }
        let delay = max(0, TimeInterval(earliest) - Date().timeIntervalSince1970) + 0.05
        let timer = DispatchSource.makeTimerSource(queue: queue)
        timer.schedule(deadline: .now() + delay, leeway: .milliseconds(50))
        timer.setEventHandler { [weak self] in
            guard let self, !stopped else { return }
            let now = Int64(Date().timeIntervalSince1970)
            for (id, deadline) in deadlines.sorted(by: { $0.key < $1.key }) where deadline <= now {
                reconcile(id)
            }
            scheduleDeadline()
        }
        timer.resume()
        deadlineTimer = timer
    }
}
