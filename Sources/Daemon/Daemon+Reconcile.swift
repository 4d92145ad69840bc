internal import Engine
internal import Foundation
internal import Games
internal import FolderTransport
internal import PlayerProtocol

extension Daemon {
    /// The idempotent step: answer what was recorded but not answered, take
    /// complete files (each house's in arrival order, the houses in turn),
    /// resolve the turn if it is due, and make sure every view is current.
    ///
    /// A pass takes files for at most `passBudget`, then yields to whatever
    /// else waits (another game, another event) and goes on in a new pass.
    func reconcile(_ id: String) {
        scheduled.remove(id)
        guard !stopped, holdsLock(), let session = session(id) else { return }
        if watcher != nil, foldersChanged(id) { watchGames([id]) }
        answerPending(session)
        var entries: [String: [DropEntry]] = [:]
        var ordersFolders: [String: DirectoryHandle] = [:]
        let handles = try? GameFolderHandles(session.folder)
        for slug in session.slugs {
            let folder = session.folder.ordersFolder(slug)
            // A drop folder that is a link or not a folder is a fault of that house (reported below), never read.
            guard let orders = try? handles?.existingOrders(of: slug) else { continue }
            ordersFolders[slug] = orders
            let listed = DropEntry.list(orders, url: folder)
            let present = Set(listed.map(\.url.path))
            completion.keepOnly(present, inFolder: folder.path)
            completion.look(at: listed, now: clock.now)
            fileRetries.keepOnly(present, inFolder: folder.path)
            entries[slug] = listed
        }
        var houses = HouseQueues(entries)
        var waiting = false
        var took = false
        var more = false
        var faulted = false
        let started = ContinuousClock.now
        while let (slug, entry) = houses.next() {
            if yieldsAfterBudget, started.duration(to: .now) > Self.passBudget {
                more = true
                break
            }
            let folder = entry.url.deletingLastPathComponent().path
            // An earlier file of the house waits: the later ones wait behind it.
            guard fileRetries.mayTry(entry.url.path, now: clock.now) else {
                houses.block(slug)
                continue
            }
            guard completion.isComplete(entry, hintsSince: hintsSince[folder], settle: options.stabilityInterval, now: clock.now) else {
                waiting = true
                houses.block(slug)
                continue
            }
            // Whatever the events and mtimes say, a file some process still
            // holds open for writing is not complete: a paused writer.
            if entry.kind == .regularFile, let orders = ordersFolders[slug], OpenWriters.check(entry.name, in: orders) == .some {
                waiting = true
                houses.block(slug)
                continue
            }
            switch ingest(entry, slug: slug, session: session) {
            case .taken:
                took = true
            case .notRecorded:
                // The database is the cause, and the same for every house: stop
                // the pass; the retry timer comes back.
                faulted = true
                houses = HouseQueues([:])
            }
        }
        guard !faulted else {
            scheduleRetry(id)
            return
        }
        for transport in transports where transport.take(session, now: clock.now) { took = true }
        let turn = session.turn
        resolveIfDue(session)
        if session.turn != turn { quotas.forget(game: id) }
        if took, session.turn == turn, deferViewRefresh {
            // Only "who has submitted" changed: refresh the views once the burst
            // of files is answered, rather than between one receipt and the next.
            scheduleViewRefresh(id)
        } else {
            publishIfStale(session)
        }
        reportFaults(FolderFaults.scan(session.folder, slugs: session.slugs), of: session, scanned: true)
        for transport in transports { transport.publish(session, now: clock.now) }
        remember(session)
        if more { scheduleReconcile(id) }
        if waiting { scheduleRecheck(id) }
        scheduleRetry(id)
    }

    enum Taking {
        /// Recorded (answered, or its receipt pending): the file is out of orders/.
        case taken
        /// Not recorded: the file stays in orders/ and is tried again.
        case notRecorded
    }

    func ingest(_ entry: DropEntry, slug: String, session: GameSession) -> Taking {
        let started = ContinuousClock.now
        let path = entry.url.path
        let quotaKey = session.house(slug: slug).map { QuotaLedger.Key(game: session.id, house: $0.id, turn: session.turn) }
        do {
            let refusal = try quotaRefusal(entry, slug: slug, key: quotaKey, session: session)
            guard let (receipt, faults) = try FolderIngestion(session: session, now: clock.now).runReportingFaults(entry, slug: slug, refusal: refusal) else {
                completion.taken(path)
                fileRetries.succeeded(path)
                return .taken
            }
            tookFile(entry, key: quotaKey, session: session)
            reportFaults(faults, of: session)
            var message = "\(receipt.status.rawValue) \(entry.name)"
            if !receipt.errors.isEmpty { message += " [\(Set(receipt.errors.map(\.code.rawValue)).sorted().joined(separator: ","))]" }
            message += "; \(receipt.ordersInForce) orders in force; waiting for \(receipt.waitingFor.isEmpty ? "nobody" : receipt.waitingFor.joined(separator: ","))"
            log.log(receipt.status == .rejected ? .warning : .info, message, game: session.id, house: slug, turn: receipt.turn, milliseconds: started.elapsedMilliseconds)
            return .taken
        } catch let error as FolderIngestion.ReceiptNotWritten {
            tookFile(entry, key: quotaKey, session: session)
            let fresh = noteFault(session.id, reason: "receipts cannot be written: \(error.cause)")
            log.log(fresh ? .warning : .debug, "took \(entry.name), but \(error); it is written as soon as it can be", game: session.id, house: slug, turn: session.turn)
            fileRetries.failed(pendingKey(session.id), now: clock.now)
            return .taken
        } catch {
            let retryAt = fileRetries.failed(path, now: clock.now)
            let reason = "files cannot be recorded: \(error)"
            let wait = String(format: "%.1f", max(0, retryAt.timeIntervalSince(clock.now)))
            if !noteFault(session.id, reason: reason) {
                log.debug("could not record \(entry.name), retrying in \(wait) s: \(error)", game: session.id, house: slug, turn: session.turn)
            } else {
                log.warning("could not record \(entry.name), it stays in orders/ and is retried in \(wait) s: \(error)", game: session.id, house: slug, turn: session.turn)
            }
            // A fresh connection next time: one opened read-only (an immutable
            // database) stays read-only, and the file may have been replaced.
            closeSession(session.id)
            return .notRecorded
        }
    }

    /// What taking a file changes beyond the file: the retry, the quota, the fault it ends.
    func tookFile(_ entry: DropEntry, key: QuotaLedger.Key?, session: GameSession) {
        completion.taken(entry.url.path)
        fileRetries.succeeded(entry.url.path)
        if let key { quotas.count(key, bytes: entry.size) }
        noteRecovered(session.id)
    }

    /// Why a file is not read because its house sent too much this turn; nil when it fits.
    func quotaRefusal(_ entry: DropEntry, slug: String, key: QuotaLedger.Key?, session: GameSession) throws -> SubmissionError? {
        guard let key else { return nil }
        let used: HouseQuota.Usage
        if let known = quotas.used(key) {
            used = known
        } else {
            let stored = try session.store.submissionUsage(houseID: key.house, turn: key.turn)
            used = HouseQuota.Usage(files: stored.files, bytes: stored.bytes)
            quotas.start(key, at: used)
        }
        let quota = options.quota
        guard !quota.admits(entry.size, after: used) else { return nil }
        return SubmissionError(
            code: .submissionOverQuota, path: "$",
            message:
                "your house has sent \(used.files) files (\(used.bytes) bytes) this turn; the daemon reads at most \(quota.files) files and \(quota.bytes) bytes per house per turn, so this file is kept in received/ unread and your orders in force are unchanged"
        )
    }

    /// Receipts recorded but not written (a crash, a full disk) are written
    /// now; if they still cannot be, they are tried again with backoff.
    func answerPending(_ session: GameSession) {
        let key = pendingKey(session.id)
        guard fileRetries.mayTry(key, now: clock.now) else { return }
        do {
            let afterRestart = receiptsToCheck.contains(session.id)
            for receipt in try RecoverUnanswered(session: session).run(afterRestart: afterRestart) {
                log.info("answered \(receipt.file), recorded earlier but not answered (\(receipt.status.rawValue))", game: session.id, house: receipt.house, turn: receipt.turn)
            }
            fileRetries.succeeded(key)
            receiptsToCheck.remove(session.id)
        } catch {
            fileRetries.failed(key, now: clock.now)
            if noteFault(session.id, reason: "receipts cannot be written: \(error)") {
                log.warning("could not write receipts recorded earlier, will retry: \(error)", game: session.id)
            }
        }
    }

    /// The retry key of a game's pending receipts.
    func pendingKey(_ id: String) -> String { data.gameFolder(id: id).url.path + "/.pending-receipts" }

    func resolveIfDue(_ session: GameSession) {
        guard retries.mayTry(session.id, now: clock.now) else { return }
        let resolver = ResolveTurn(session: session, now: clock.now)
        guard let reason = try? resolver.dueReason() else { return }
        let started = ContinuousClock.now
        let turn = session.turn
        do {
            let outcome = try resolver.run()
            let result = outcome.result
            for (houseID, reason) in outcome.unreadableOrders.sorted(by: { $0.key < $1.key }) {
                log.warning("the orders in force of house \(houseID) could not be read (\(reason)); its fleets followed their standing orders", game: session.id, turn: turn)
            }
            retries.succeeded(session.id)
            noteRecovered(session.id)
            let resolvedIn = started.elapsedMilliseconds
            reportFaults(try ViewFiles(session: session).publish(events: result.events, resolvedTurn: result.resolvedTurn), of: session)
            var message = "resolved turn \(turn) (\(reason.rawValue)) in \(String(format: "%.1f", resolvedIn)) ms; views written"
            if result.state.game.phase == .completed {
                message += "; game over" + (result.state.game.winnerHouseID.flatMap { result.state.house($0)?.name }.map { ", \($0) wins" } ?? "")
            }
            log.info(message, game: session.id, turn: turn, milliseconds: started.elapsedMilliseconds)
            remember(session)
        } catch {
            let retryAt = retries.failed(session.id, now: clock.now)
            if ResolveTurn.failedForTheMachine(error) {
                // The machine's fault, not the turn's: retried until it passes, never given up on.
                let wait = String(format: "%.0f", max(0, retryAt.timeIntervalSince(clock.now)))
                let fresh = noteFault(session.id, reason: "turns cannot be resolved: \(error)")
                log.log(
                    fresh ? .warning : .debug, "turn \(turn) could not be resolved now, retrying in \(wait) s until the cause is gone: \(error)", game: session.id,
                    turn: turn)
                // A fresh connection next time (one opened read-only stays read-only).
                closeSession(session.id)
            } else if session.failures >= ResolveTurn.maxFailures {
                log.error(
                    "turn \(turn) failed \(session.failures) times; stopped retrying: \(error). Fix the cause, then run: ec4x resolve \(session.id) --force", game: session.id,
                    turn: turn)
            } else {
                log.warning("turn \(turn) failed to resolve (attempt \(session.failures)): \(error)", game: session.id, turn: turn)
            }
        }
        scheduleDeadline()
    }

    func publishIfStale(_ session: GameSession) {
        let publisher = ViewFiles(session: session)
        guard !publisher.isCurrent() else { return }
        do {
            reportFaults(try publisher.publishCurrent(), of: session)
            log.debug("views rewritten", game: session.id, turn: session.turn)
        } catch {
            log.error("could not write views: \(error)", game: session.id, turn: session.turn)
        }
    }

    func processInbox() {
        let (results, waiting) = inbox.process()
        inboxRecheck = waiting
        for result in results {
            switch result {
            case .stuck(let name, let reason):
                log.error("legacy folder \(name) was processed but could not be moved out of the inbox: \(reason); move it by hand")
            case .imported(let name, let outcome):
                log.info("imported legacy game \(name) (\(outcome.status.rawValue)) as \(outcome.report.gameID); moved to migrate/done/")
                if outcome.status == .imported {
                    watchGames([outcome.report.gameID])
                    reconcile(outcome.report.gameID)
                }
            case .failed(let name, let errors):
                log.warning("legacy game \(name) could not be imported (\(errors.count) errors); moved to migrate/failed/")
            }
        }
        if waiting, !stopped {
            Task {
                try? await Task.sleep(for: .seconds(options.stabilityInterval))
                processInbox()
            }
        }
    }
}

extension Daemon {
    /// Seconds before the first retry of a failed resolution; later retries wait longer.
    static let retryDelay: TimeInterval = 5
    /// Seconds before a file that could not be recorded is tried again; doubled each time, up to the poll interval.
    static let fileRetryDelay: TimeInterval = 0.25
    /// How long one pass takes files before it lets other work run.
    static let passBudget: Duration = .milliseconds(100)
}

extension ContinuousClock.Instant {
    var elapsedMilliseconds: Double {
        let elapsed = duration(to: .now)
        return Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15
    }
}
