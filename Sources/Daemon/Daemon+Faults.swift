internal import Games
internal import FolderTransport

extension Daemon {
    /// Logs each fault of a game's folder once (DESIGN.md §4): a house
    /// subfolder that is a link or not a real folder, a folder where a file
    /// goes. A fault the scan stops finding is forgotten, so it is reported
    /// again if it comes back; one met while writing stays reported.
    func reportFaults(_ faults: [FolderFault], of session: GameSession, scanned: Bool = false) {
        var found = scannedFaults[session.id] ?? []
        var written = writeFaults[session.id] ?? []
        for fault in faults {
            let key = "\(fault.path) \(fault.problem.rawValue)"
            guard !found.contains(key), !written.contains(key) else { continue }
            log.warning(
                "refused \(fault.path): \(fault.message); that house's folder is left alone until it is fixed", game: session.id, house: fault.house,
                turn: session.turn)
            if scanned { found.insert(key) } else { written.insert(key) }
        }
        if scanned { found = found.intersection(faults.map { "\($0.path) \($0.problem.rawValue)" }) }
        scannedFaults[session.id] = found
        writeFaults[session.id] = written
    }
}
