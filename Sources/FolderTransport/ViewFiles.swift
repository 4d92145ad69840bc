public import Engine
public import Foundation
public import Games
internal import Storage
internal import Views

/// Writes what players read: each house's `view.json` and its copy in
/// `history/turn_<N>.json`, its `view.md` and `map.json` (also
/// `public/map.json`, written once), and the public summary of a resolved turn
/// appended to `public/game_log.txt`, with copies in each house's `public/`.
/// Every write is atomic and goes through directory handles of the real
/// folders; a house whose folder refuses a write (a link, a folder planted
/// where a file goes) is reported and skipped, and the others are written.
/// A marker records what the views show, so a restarted daemon can tell
/// whether they are missing or older than the database.
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

    static let markerName = "views.json"

    func currentMarker() throws -> Marker {
        Marker(turn: session.turn, stateHash: session.stateHash, submitted: try session.readiness().submitted)
    }

    /// Whether every view shows the database's current turn and submissions.
    /// A house whose `view.json` is not a file counts as written: it is a
    /// fault of that house, and rewriting every view would not mend it.
    public func isCurrent() -> Bool {
        guard let handles = try? GameFolderHandles(session.folder),
            let data = try? handles.game.folder(".ec4x").contents(of: Self.markerName),
            let marker = try? JSONDecoder().decode(Marker.self, from: data),
            let current = try? currentMarker(), marker == current,
            let houses = try? handles.game.folder("houses")
        else { return false }
        // A game from before view.md and map.json existed gets them on the daemon's first look.
        return session.slugs.allSatisfy { slug in
            guard let house = try? houses.folder(slug) else { return true }
            return HouseFile.all.allSatisfy { house.status(of: $0) != nil }
        }
    }

    /// After a turn: the new views, and the public summary of the turn just
    /// resolved. Returns what the houses' folders refused.
    @discardableResult
    public func publish(events: [TurnEvent], resolvedTurn: Int) throws -> [FolderFault] {
        let handles = try GameFolderHandles(session.folder)
        var faults = try writeSummary(events: events, resolvedTurn: resolvedTurn, handles: handles)
        faults += try writeViews(lastTurnEvents: events, handles: handles)
        return faults
    }

    /// Rebuilds the current views from the database (after a restart, or when
    /// submissions changed who has submitted).
    @discardableResult
    public func publishCurrent(only slug: String? = nil) throws -> [FolderFault] {
        let handles = try GameFolderHandles(session.folder)
        let lastTurn = session.turn - 1
        let events = lastTurn >= 1 ? try session.store.events(turn: lastTurn) : []
        var faults: [FolderFault] = []
        if lastTurn >= 1 {
            // Also rebuilds game_log.txt, which a crash may have left a turn behind.
            faults += try writeSummary(events: events, resolvedTurn: lastTurn, handles: handles)
        }
        faults += try writeViews(lastTurnEvents: events, only: slug, handles: handles)
        return faults
    }

    func writeViews(lastTurnEvents: [TurnEvent], only slug: String? = nil, handles: GameFolderHandles) throws -> [FolderFault] {
        let marker = try currentMarker()
        var faults: [FolderFault] = []
        let map = PublicMap.make(state: session.state)
        let mapBytes = Data(PublicMap.encode(map))
        try writeIfChanged(mapBytes, to: "map.json", in: handles.publicFolder())
        for house in session.state.houses.sorted(by: { $0.slug < $1.slug }) where slug == nil || house.slug == slug {
            let view = ViewBuilder.view(
                of: house.id, state: session.state, lastTurnEvents: lastTurnEvents,
                submittedSlugs: marker.submitted, deadline: session.deadline, open: session.isOpen,
                stateHash: marker.stateHash, validator: session.validator
            )
            let data = ViewBuilder.encode(view)
            do {
                let folder = try handles.house(house.slug)
                do {
                    try handles.subfolder(.history, of: folder).write(data, to: "turn_\(session.turn).json")
                } catch {
                    faults.append(FolderFault(error, house: house.slug, in: handles.game))
                }
                try folder.write(data, to: HouseFile.view)
                try folder.write(Data(ViewBrief.markdown(view: view, map: map).utf8), to: "view.md")
                try writeIfChanged(mapBytes, to: "map.json", in: folder)
            } catch {
                faults.append(FolderFault(error, house: house.slug, in: handles.game))
            }
        }
        // Only a full set of views is current; one rewritten house leaves the marker as it was.
        guard slug == nil else { return faults }
        try handles.controlFolder().write(try JSONEncoder().encode(marker), to: Self.markerName, mode: FileModes.privateFile)
        return faults
    }

    /// The map never changes during a game: written once, rewritten only if missing or altered.
    func writeIfChanged(_ data: Data, to name: String, in folder: DirectoryHandle) throws(SafePathError) {
        guard (try? folder.contents(of: name)) != data else { return }
        try folder.write(data, to: name)
    }

    /// `public/summary/turn_<N>.txt`, and `public/game_log.txt` rebuilt from all summaries
    /// (rebuilt, not appended, so a repeated write never duplicates a turn); both copied
    /// into every house's `public/`.
    func writeSummary(events: [TurnEvent], resolvedTurn: Int, handles: GameFolderHandles) throws -> [FolderFault] {
        let folder = try handles.summaryFolder()
        let text = Data(PublicSummary.text(state: session.state, events: events, resolvedTurn: resolvedTurn).utf8)
        try folder.write(text, to: "turn_\(resolvedTurn).txt")
        var log = ""
        for turn in 1...max(1, resolvedTurn) {
            if let data = try? folder.contents(of: "turn_\(turn).txt") {
                log += String(decoding: data, as: UTF8.self)
                if !log.hasSuffix("\n") { log += "\n" }
                log += "\n"
            }
        }
        try handles.publicFolder().write(Data(log.utf8), to: "game_log.txt")
        let copies = PublicCopies(handles: handles, slugs: session.slugs)
        return copies.write(text, to: ["summary", "turn_\(resolvedTurn).txt"]) + copies.write(Data(log.utf8), to: ["game_log.txt"])
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
