public import Engine
public import Foundation
public import Games
internal import Storage
internal import Views

/// Writes what players read: each house's `view.json` and its copy in
/// `history/turn_<N>.json`, its `view.md` and `map.json` (also
/// `public/map.json`, written once), and the public summary of a resolved turn
/// appended to `public/game_log.txt`. Every write is atomic. A marker records
/// what the views show, so a restarted daemon can tell whether they are
/// missing or older than the database.
public struct ViewFiles {
    let session: GameSession

    public init(session: GameSession) {
        self.session = session
    }

    struct Marker: Codable, Equatable {
        var turn: Int
        var stateHash: String
        var submitted: [String]
    }

    var markerURL: URL { session.folder.controlFolder.appendingPathComponent("views.json") }

    func currentMarker() throws -> Marker {
        Marker(turn: session.turn, stateHash: session.stateHash, submitted: try session.readiness().submitted)
    }

    /// Whether every view shows the database's current turn and submissions.
    public func isCurrent() -> Bool {
        guard let data = FileManager.default.contents(atPath: markerURL.path),
            let marker = try? JSONDecoder().decode(Marker.self, from: data),
            let current = try? currentMarker()
        else { return false }
        // A game from before view.md and map.json existed gets them on the daemon's first look.
        let files = session.slugs.flatMap { [session.folder.viewFile($0), session.folder.viewBriefFile($0), session.folder.mapFile($0)] }
        return marker == current && files.allSatisfy { FileManager.default.fileExists(atPath: $0.path) }
    }

    /// After a turn: the new views, and the public summary of the turn just resolved.
    public func publish(events: [TurnEvent], resolvedTurn: Int) throws {
        try writeSummary(events: events, resolvedTurn: resolvedTurn)
        try writeViews(lastTurnEvents: events)
    }

    /// Rebuilds the current views from the database (after a restart, or when
    /// submissions changed who has submitted).
    public func publishCurrent(only slug: String? = nil) throws {
        let lastTurn = session.turn - 1
        let events = lastTurn >= 1 ? try session.store.events(turn: lastTurn) : []
        if lastTurn >= 1 {
            // Also rebuilds game_log.txt, which a crash may have left a turn behind.
            try writeSummary(events: events, resolvedTurn: lastTurn)
        }
        try writeViews(lastTurnEvents: events, only: slug)
    }

    func writeViews(lastTurnEvents: [TurnEvent], only slug: String? = nil) throws {
        let marker = try currentMarker()
        let map = PublicMap.make(state: session.state)
        let mapBytes = Data(PublicMap.encode(map))
        try writeIfChanged(mapBytes, to: session.folder.publicFolder.appendingPathComponent("map.json"))
        for house in session.state.houses.sorted(by: { $0.slug < $1.slug }) where slug == nil || house.slug == slug {
            let view = ViewBuilder.view(
                of: house.id, state: session.state, lastTurnEvents: lastTurnEvents,
                submittedSlugs: marker.submitted, deadline: session.deadline, open: session.isOpen,
                stateHash: marker.stateHash, validator: session.validator
            )
            let data = ViewBuilder.encode(view)
            try FileManager.default.createDirectory(at: session.folder.historyFolder(house.slug), withIntermediateDirectories: true)
            try AtomicFile.write(data, to: session.folder.historyFolder(house.slug).appendingPathComponent("turn_\(session.turn).json"))
            try AtomicFile.write(data, to: session.folder.viewFile(house.slug))
            try AtomicFile.write(Data(ViewBrief.markdown(view: view, map: map).utf8), to: session.folder.viewBriefFile(house.slug))
            try writeIfChanged(mapBytes, to: session.folder.mapFile(house.slug))
        }
        // Only a full set of views is current; one rewritten house leaves the marker as it was.
        guard slug == nil else { return }
        try FileManager.default.createDirectory(at: markerURL.deletingLastPathComponent(), withIntermediateDirectories: true)
        try AtomicFile.write(try JSONEncoder().encode(marker), to: markerURL)
    }

    /// The map never changes during a game: written once, rewritten only if missing or altered.
    func writeIfChanged(_ data: Data, to url: URL) throws {
        guard FileManager.default.contents(atPath: url.path) != data else { return }
        try AtomicFile.write(data, to: url)
    }

    /// `public/summary/turn_<N>.txt`, and `public/game_log.txt` rebuilt from all summaries
    /// (rebuilt, not appended, so a repeated write never duplicates a turn).
    func writeSummary(events: [TurnEvent], resolvedTurn: Int) throws {
        let folder = session.folder.summaryFolder
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let text = PublicSummary.text(state: session.state, events: events, resolvedTurn: resolvedTurn)
        try AtomicFile.write(Data(text.utf8), to: folder.appendingPathComponent("turn_\(resolvedTurn).txt"))
        var log = ""
        for turn in 1...max(1, resolvedTurn) {
            if let data = FileManager.default.contents(atPath: folder.appendingPathComponent("turn_\(turn).txt").path) {
                log += String(decoding: data, as: UTF8.self)
                if !log.hasSuffix("\n") { log += "\n" }
                log += "\n"
            }
        }
        try AtomicFile.write(Data(log.utf8), to: session.folder.publicFolder.appendingPathComponent("game_log.txt"))
    }
}

extension ViewFiles {
    /// Rewrites the current views (`ec4x export`): every house's, or one; returns the slugs written.
    public func rewrite(only slug: String? = nil) throws -> [String] {
        if let slug { _ = try session.requireHouse(slug) }
        try publishCurrent(only: slug)
        return slug.map { [$0] } ?? session.slugs
    }
}
