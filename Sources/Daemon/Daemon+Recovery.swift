internal import Foundation
internal import Games
internal import FolderTransport

/// What the daemon does when the ground moves: the data folder replaced, a
/// game's folders made again, a database it cannot write, temporary files
/// left by a kill.
extension Daemon {
    /// Whether this daemon still holds the lock of the data folder it works
    /// on. A data folder replaced under it is locked again; if another daemon
    /// got there first, this one stops. Checked before every pass, so nothing
    /// of an old folder is written into a new one.
    func holdsLock() -> Bool {
        guard let held = lock else { return true }
        switch FileIdentity.change(from: held.identity, to: FileIdentity.inode(of: held.path)) {
        case .same:
            return true
        case .vanished where !FileManager.default.fileExists(atPath: data.gamesFolder.path):
            if !lockLost {
                lockLost = true
                log.error("the data folder \(data.root.path) vanished; closed every game and waiting for it to come back")
                closeEverything()
            }
            return false
        case .vanished, .replaced:
            closeEverything()
            do {
                lock = try DaemonLock(data: data)
                lockLost = false
                log.warning("the data folder \(data.root.path) was replaced; locked the new one and reading it afresh")
                ensureFolders()
                watcher?.watch(data.gamesFolder.path)
                watcher?.watch(inbox.folder.path)
                watchGames(gameIDs())
                return true
            } catch {
                log.error("the data folder \(data.root.path) was replaced and another daemon now works on it (\(error)); stopping")
                stop()
                return false
            }
        }
    }

    /// A game made by an older version is brought up to the trust rules
    /// before any file of it is taken (once per game; the folder remembers).
    func upgradeOlderFolder(_ session: GameSession) {
        do {
            guard let report = try OlderFolderUpgrade.runIfNeeded(session), report.changedAnything else { return }
            log.info(
                "brought a game folder written by an older version up to the trust rules: \(report.redactedFiles) received files redacted, "
                    + "\(report.ownerOnlyFiles) too large to redact made readable by their owner alone, \(report.tightened) entries closed to other users",
                game: session.id)
        } catch {
            log.warning("could not bring the game folder up to the trust rules: \(error)", game: session.id)
        }
    }

    /// Forgets every open game and what was known of its folders.
    func closeEverything() {
        for id in knownGames {
            closeSession(id)
            forgetFolders(of: id)
        }
        knownGames.removeAll()
        deadlines = DeadlineSchedule()
    }

    /// Whether any watched folder of the game is now another folder (made again) or gone.
    func foldersChanged(_ id: String) -> Bool {
        guard let folders = watchedIdentities[id], !folders.isEmpty else { return true }
        return folders.contains { path, identity in FileIdentity.of(path) != identity }
    }

    /// Drops what was known of a game's folders: their watches are placed anew
    /// and files already in them are judged by the settle rule.
    func forgetFolders(of id: String) {
        let prefix = data.gameFolder(id: id).url.path + "/"
        watchedIdentities[id] = nil
        receiptsChecked.remove(id)
        hintsSince = hintsSince.filter { !$0.key.hasPrefix(prefix) }
        fullyWatched.remove(id)
    }

    /// Notes that a game's database (or its receipts) cannot be written;
    /// true when the cause is new (the caller logs it once).
    @discardableResult
    func noteFault(_ id: String, reason: String) -> Bool {
        let changed = faults.reasons[id] != reason
        let fresh = faults.failed(id, reason: reason)
        if changed { publishFaults() }
        return fresh
    }

    func noteRecovered(_ id: String) {
        guard faults.recovered(id) else { return }
        log.info("the game's files are recorded and answered again", game: id)
        publishFaults()
    }

    /// Writes what is wrong now for `ec4x status`.
    func publishFaults() {
        var report = faults.reasons
        for (id, reason) in unreadable { report[id] = "cannot be opened: \(reason)" }
        FaultsFile.write(report, data: data)
    }

    /// Temporary files ec4x left when killed mid-write.
    func removeStaleTemporaryFiles() {
        let removed = StaleTemporaryFiles.sweep(data.root)
        if removed > 0 { log.info("removed \(removed) temporary files left by an earlier run") }
    }

    /// Wakes the game when its next retry (a file, a receipt, a turn) is due:
    /// a cause that clears is noticed without any file event.
    func scheduleRetry(_ id: String) {
        let prefix = data.gameFolder(id: id).url.path + "/"
        guard !stopped, let next = [fileRetries.nextRetry(under: prefix, after: clock.now), retries.nextRetry(of: id, after: clock.now)].compactMap(\.self).min() else { return }
        guard retryTimers.insert(id).inserted else { return }
        let wait = max(0.01, next.timeIntervalSince(clock.now))
        Task {
            try? await Task.sleep(for: .seconds(wait))
            retryTimers.remove(id)
            reconcile(id)
        }
    }
}
