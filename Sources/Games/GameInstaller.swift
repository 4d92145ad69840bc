internal import Engine
internal import Foundation
internal import PlayerProtocol
internal import Storage

/// Writes a new game's folder: database, house folders, public folder. The
/// folder is built under a hidden name and renamed into place, so a failure
/// never leaves a half-made game where the daemon would find it.
struct GameInstaller {
    var data: DataDirectory
    var now: @Sendable () -> Date
    var prepareTransport: GamePreparation

    /// Builds the game in `staging` and returns the houses' tokens; the database is closed on return.
    private func prepare(
        _ staging: GameFolder, state: GameState, setup: GameSetup, open: Bool, deadlineHours: Int?,
        finalFolder: GameFolder, extraFiles: [String: Data], after: (GameStore) throws -> Void
    ) throws -> [String: String] {
        try AtomicFile.createFolders(staging.url, mode: FileModes.passage)
        let tokens = open ? [:] : Dictionary(uniqueKeysWithValues: state.houses.map { ($0.id, HouseToken.generate()) })
        let created = Int64(now().timeIntervalSince1970)
        let deadline = deadlineHours.map { created + Int64($0) * 3600 }
        let store = GameStore(database: try GameDatabase.create(inFolder: staging.url))
        try store.insertNewGame(
            state,
            NewGameRecord(
                setup: setup, tokenHashes: tokens.mapValues(HouseToken.hash), turnDeadline: deadline,
                pollIntervalSeconds: 30, dataDirectory: finalFolder.url.path, createdAt: created
            ))
        try after(store)
        for (name, contents) in extraFiles {
            try AtomicFile.write(contents, to: staging.url.appendingPathComponent(name))
        }
        try prepareTransport(try GameSession(folder: staging))
        return tokens
    }

    func install(
        _ state: GameState, setup: GameSetup, seed: UInt64?, open: Bool, deadlineHours: Int?,
        extraFiles: [String: Data] = [:],
        after: (GameStore) throws -> Void = { _ in }
    ) throws -> CreatedGame {
        let final = data.gameFolder(id: state.game.id)
        let manager = FileManager.default
        guard !manager.fileExists(atPath: final.url.path) else {
            throw GamesError(.gameExists, "game \(state.game.id) already exists in \(data.gamesFolder.path)")
        }
        // Passages only: a house's group must reach its folder below, and may not list the games.
        try AtomicFile.createFolders(data.gamesFolder, mode: FileModes.passage)
        let staging = GameFolder(url: data.gamesFolder.appendingPathComponent(".new-\(state.game.id)", isDirectory: true))
        try? manager.removeItem(at: staging.url)
        do {
            let tokens = try prepare(
                staging, state: state, setup: setup, open: open, deadlineHours: deadlineHours,
                finalFolder: final, extraFiles: extraFiles, after: after)
            // Every connection to the staged database is closed by now, so nothing refers to the old path.
            try manager.moveItem(at: staging.url, to: final.url)
            AtomicFile.syncFolder(data.gamesFolder)
            return CreatedGame(
                id: state.game.id, name: state.game.name, folder: final.url.path, seed: seed,
                systems: state.systems.count, lanes: state.lanes.count,
                houses: state.houses.sorted { $0.slug < $1.slug }.map {
                    CreatedGame.HouseAccess(name: $0.name, slug: $0.slug, id: $0.id, token: tokens[$0.id])
                }
            )
        } catch {
            try? manager.removeItem(at: staging.url)
            throw error
        }
    }
}
