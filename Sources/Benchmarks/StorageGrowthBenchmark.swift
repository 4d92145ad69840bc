import Engine
import Foundation
import Games
import FolderTransport
import Daemon
import PlayerProtocol
import Storage
import Views

/// Figure 5 (and the view sizes of figure 7): a 4-house game played by the
/// reference bot (greedy) for every house, through the real path: each order
/// file is ingested (`FolderIngestion`: submission row with the raw bytes,
/// orders rows, receipt) and each turn resolved (`ResolveTurn`: one
/// transaction). The database (ec4x.db plus its -wal after a TRUNCATE
/// checkpoint) is measured before the first turn and after the last.
///
/// `houses` other than 4 and `turns` other than the bench's are for the
/// figures recorded once in BENCHMARKS.md (`--storage-houses`,
/// `--storage-turns`); `keepDatabase` copies the finished database there, to
/// look inside it.
public func measureStorageGrowth(turns: Int, houses: Int = 4, viewTurns: [Int] = [1, 30], keepDatabase: String? = nil) throws -> BenchSection {
    let folder = try TemporaryFolder("storage")
    defer { folder.remove() }
    let data = DataDirectory(path: folder.url.appendingPathComponent("data").path)
    let game = try CreateGame(data: data, prepare: FolderLayout.prepare).run(NewGameRequest(setup: .standard(players: houses), seed: 0xEC4B_0005, open: true))
    let gameFolder = data.gameFolder(id: game.id)
    let session = try GameSession(folder: gameFolder)
    let inspector = try GameDatabase.open(folder: gameFolder.url)

    let before = try inspector.footprint()
    var viewBytes: [Int: [Int]] = [:]
    var lastEvents: [TurnEvent] = []
    var played = 0
    var rejectedFiles = 0
    for _ in 0..<turns {
        guard session.state.game.phase == .active else { break }
        let turn = session.turn
        if viewTurns.contains(turn) {
            viewBytes[turn] = ViewBuilder.views(state: session.state, lastTurnEvents: lastEvents, submittedSlugs: [], deadline: nil, open: true)
                .map { ViewBuilder.encode($0.view).count }
        }
        // Houses eliminated along the way (12-house games) send nothing.
        for slug in session.slugs where !(session.state.house(slug: slug)?.eliminated ?? true) {
            let name = "turn-\(turn).json"
            let file = gameFolder.ordersFolder(slug).appendingPathComponent(name)
            try Data(try botFile(session, slug)).write(to: file)
            guard let entry = DropEntry.inspect(file) else { throw BenchError("cannot inspect \(file.path)") }
            let receipt: Receipt? = try FolderIngestion(session: session).run(entry, slug: slug)
            if receipt?.status != .accepted { rejectedFiles += 1 }
        }
        lastEvents = try ResolveTurn(session: session).run().result.events
        played += 1
    }
    if session.state.game.phase == .active, viewTurns.contains(session.turn), viewBytes[session.turn] == nil {
        viewBytes[session.turn] = ViewBuilder.views(state: session.state, lastTurnEvents: lastEvents, submittedSlugs: [], deadline: nil, open: true)
            .map { ViewBuilder.encode($0.view).count }
    }
    let after = try inspector.footprint()
    // What `ec4x compact` would make of it (on a copy: the figures above are of the game as played).
    let compactedCopy = folder.url.appendingPathComponent("compacted", isDirectory: true)
    try FileManager.default.createDirectory(at: compactedCopy, withIntermediateDirectories: true)
    try inspector.backup(toNewFile: compactedCopy.appendingPathComponent(GameDatabase.fileName).path)
    let compacted = try GameDatabase.open(folder: compactedCopy).compact().bytesAfter
    if let keepDatabase {
        try? FileManager.default.removeItem(atPath: keepDatabase)
        try inspector.backup(toNewFile: keepDatabase)
    }

    var section = BenchSection(title: "Storage growth (\(houses)-house greedy-bot game, \(played) turns)")
    let perTurn = played > 0 ? Double(after.fileBytes - before.fileBytes) / Double(played) : .nan
    let target = 51_200.0
    section.number(
        "bytes_per_turn", perTurn, decimals: 0, "database bytes per turn (ec4x.db + wal)", unit: "B",
        note: "target <= 50 KiB: " + (perTurn <= target ? "met" : "MISSED"))
    section.text("storage.levers", storageLeversDescription(), "storage levers in effect (--storage-levers)")
    section.number(
        "storage.bytes_per_turn_compacted", played > 0 ? Double(compacted - before.fileBytes) / Double(played) : .nan, decimals: 0,
        "same, after ec4x compact (VACUUM)", unit: "B")
    section.number("bytes_per_turn_baseline_design_estimate.low", 50_000, decimals: 0, "storage design's own estimate, low", unit: "B")
    section.number("bytes_per_turn_baseline_design_estimate.high", 100_000, decimals: 0, "storage design's own estimate, high", unit: "B")
    section.number("targets.bytes_per_turn", target, decimals: 0, "target (issue): at most", unit: "B")
    section.flag("targets_met.bytes_per_turn", perTurn <= target, "target met")
    section.integer("storage.turns_played", played, "turns played")
    section.integer("storage.rejected_files", rejectedFiles, "bot files not accepted (should be 0)")
    section.integer("storage.database_bytes_start", before.fileBytes, "database bytes after creation", unit: "B")
    section.integer("storage.database_bytes_end", after.fileBytes, "database bytes after the last turn", unit: "B")
    section.integer("storage.page_size", after.pageSize, "page size", unit: "B")
    section.integer("storage.free_bytes_end", after.freeBytes, "free pages inside the file at the end", unit: "B")
    if after.bytesByObject.isEmpty {
        section.text("storage.bytes_per_turn_by_object.unavailable", "this SQLite has no dbstat table", "per-table sizes")
    } else {
        // What dominates: growth per turn of each table with its indexes (dbstat), largest first,
        // with the rows it gained per turn and the bytes each row costs.
        var growthByTable: [String: Double] = [:]
        for (object, bytes) in after.bytesByObject {
            let table = after.tableOfObject[object] ?? object
            growthByTable[table, default: 0] += Double(bytes - (before.bytesByObject[object] ?? 0)) / Double(max(played, 1))
        }
        for (table, bytes) in growthByTable.filter({ $0.value > 0 }).sorted(by: { $0.value > $1.value }).prefix(10) {
            let rows = Double((after.rowsByTable[table] ?? 0) - (before.rowsByTable[table] ?? 0)) / Double(max(played, 1))
            let indexes =
                after.bytesByObject.filter { after.tableOfObject[$0.key] == table && $0.key != table }
                .reduce(0.0) { $0 + Double($1.value - (before.bytesByObject[$1.key] ?? 0)) } / Double(max(played, 1))
            section.number("storage.bytes_per_turn_by_table.\(table).bytes", bytes, decimals: 0, "  \(table) (with its indexes)", unit: "B/turn")
            section.number("storage.bytes_per_turn_by_table.\(table).of_which_indexes", indexes, decimals: 0, "    of which indexes", unit: "B/turn")
            section.number("storage.bytes_per_turn_by_table.\(table).rows", rows, decimals: 1, "    rows added per turn")
            if rows > 0 {
                section.number("storage.bytes_per_turn_by_table.\(table).bytes_per_row", bytes / rows, decimals: 0, "    bytes per row (with index entries)", unit: "B")
            }
        }
    }
    for turn in viewTurns.sorted() {
        if let sizes = viewBytes[turn], !sizes.isEmpty {
            section.number("view_bytes.turn_\(turn)", Double(sizes.reduce(0, +)) / Double(sizes.count), decimals: 0, "view.json bytes per house at turn \(turn), mean", unit: "B")
            section.integer("view_bytes.turn_\(turn)_max", sizes.max() ?? 0, "view.json bytes, largest house at turn \(turn)", unit: "B")
        } else {
            section.text("view_bytes.turn_\(turn)_unavailable", "the game did not reach turn \(turn) in this run", "view.json bytes at turn \(turn)")
        }
    }
    return section
}
