internal import Engine
internal import Foundation
internal import Games
internal import FolderTransport
internal import PlayerProtocol

extension Daemon {
    /// The idempotent step: take every complete file of the game, resolve the
    /// turn if it is due, and make sure every view is current.
    func reconcile(_ id: String) {
        scheduled.remove(id)
        guard !stopped, let session = session(id) else { return }
        var waiting = false
        var took = false
        let handles = try? GameFolderHandles(session.folder)
        for slug in session.slugs {
            let folder = session.folder.ordersFolder(slug)
            // A drop folder that is a link or not a folder is a fault of that house (reported below), never read.
            guard let orders = try? handles?.existingOrders(of: slug) else { continue }
            let entries = DropEntry.list(orders, url: folder)
            completion.keepOnly(Set(entries.map(\.url.path)), inFolder: folder.path)
            for entry in entries {
                guard completion.isComplete(entry, hintsSince: hintsSince[folder.path], settle: options.stabilityInterval, now: clock.now) else {
                    waiting = true
                    continue
                }
                // Whatever the events and mtimes say, a file some process still
                // holds open for writing is not complete: a paused writer.
                if entry.kind == .regularFile, OpenWriters.check(entry.name, in: orders) == .some {
                    waiting = true
                    continue
                }
                ingest(entry, slug: slug, session: session)
                took = true
            }
        }
        let turn = session.turn
        resolveIfDue(session)
        if took, session.turn == turn, deferViewRefresh {
            // Only "who has submitted" changed: refresh the views once the burst
            // of files is answered, rather than between one receipt and the next.
            scheduleViewRefresh(id)
        } else {
            publishIfStale(session)
        }
        reportFaults(FolderFaults.scan(session.folder, slugs: session.slugs), of: session, scanned: true)
        remember(session)
        if waiting { scheduleRecheck(id) }
    }

    func ingest(_ entry: DropEntry, slug: String, session: GameSession) {
        let started = ContinuousClock.now
        do {
            guard let (receipt, faults) = try FolderIngestion(session: session, now: clock.now).runReportingFaults(entry, slug: slug) else {
                completion.taken(entry.url.path)
                return
            }
            completion.taken(entry.url.path)
            reportFaults(faults, of: session)
            var message = "\(receipt.status.rawValue) \(entry.name)"
            if !receipt.errors.isEmpty { message += " [\(Set(receipt.errors.map(\.code.rawValue)).sorted().joined(separator: ","))]" }
            message += "; \(receipt.ordersInForce) orders in force; waiting for \(receipt.waitingFor.isEmpty ? "nobody" : receipt.waitingFor.joined(separator: ","))"
            log.log(receipt.status == .rejected ? .warning : .info, message, game: session.id, house: slug, turn: receipt.turn, milliseconds: started.elapsedMilliseconds)
        } catch {
            log.warning("could not take \(entry.name), will retry: \(error)", game: session.id, house: slug, turn: session.turn)
        }
    }

    /// Files recorded before a crash but never answered get their receipts.
    func recoverUnanswered(_ session: GameSession) {
        do {
            for receipt in try RecoverUnanswered(session: session).run() {
                log.info("answered \(receipt.file) recorded before a restart (\(receipt.status.rawValue))", game: session.id, house: receipt.house, turn: receipt.turn)
            }
        } catch {
            log.error("could not check for unanswered files: \(error)", game: session.id)
        }
    }

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
            let resolvedIn = started.elapsedMilliseconds
            reportFaults(try ViewFiles(session: session).publish(events: result.events, resolvedTurn: result.resolvedTurn), of: session)
            var message = "resolved turn \(turn) (\(reason.rawValue)) in \(String(format: "%.1f", resolvedIn)) ms; views written"
            if result.state.game.phase == .completed {
                message += "; game over" + (result.state.game.winnerHouseID.flatMap { result.state.house($0)?.name }.map { ", \($0) wins" } ?? "")
            }
            log.info(message, game: session.id, turn: turn, milliseconds: started.elapsedMilliseconds)
            remember(session)
        } catch {
            retries.failed(session.id, failures: session.failures, now: clock.now)
            if session.failures >= ResolveTurn.maxFailures {
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
}

extension ContinuousClock.Instant {
    var elapsedMilliseconds: Double {
        let elapsed = duration(to: .now)
        return Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15
    }
}
