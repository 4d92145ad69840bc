public import Games
internal import FolderTransport
public import Foundation
internal import MCP
internal import PlayerProtocol

/// `ec4x mcp`: one house of one game served as MCP tools over stdio. The
/// house and its token are checked once, before anything is served.
public struct HouseServer: Sendable {
    private let desk: any HouseTools
    private let changes: FolderChanges
    private let slug: String
    private let gameName: String
    private let watchedFolders: [URL]

    /// Opens the game and checks the house and token; throws `StartupRefusal`
    /// (or `GamesError` for a game that is not found) with a message for the user.
    public static func open(game reference: String, data: DataDirectory, house slug: String, token: String?) throws -> HouseServer {
        let session = try OpenGame.session(reference, data: data)
        guard let house = session.house(slug: slug) else {
            throw StartupRefusal(description: "game \(session.state.game.name) has no house \"\(slug)\"; its houses are \(session.slugs.joined(separator: ", "))")
        }
        if let hash = house.tokenHash {
            guard let token, !token.isEmpty else {
                throw StartupRefusal(description: "house \(slug) needs its token: pass --token with the secret `ec4x new` printed for it")
            }
            guard HouseToken.matches(token, hash: hash) else {
                throw StartupRefusal(description: "the token given is not house \(slug)'s; check --token")
            }
        }
        let changes = FolderChanges()
        let folders = [session.folder.houseFolder(slug), session.folder.receiptsFolder(slug)]
        let name = session.state.game.name
        return HouseServer(
            desk: HouseDesk(session: session, data: data, slug: slug, token: house.tokenHash == nil ? nil : token, changes: changes),
            changes: changes, slug: slug, gameName: name, watchedFolders: folders
        )
    }

    /// A house of a Nostr game, served from the folder `ec4x player sync` mirrors it into (there is
    /// no database on the player's side); throws `StartupRefusal` when it is not such a folder.
    public static func open(syncedFolder folder: URL) throws -> HouseServer {
        let view = folder.appendingPathComponent("view.json")
        guard FileManager.default.fileExists(atPath: folder.path) else {
            throw StartupRefusal(description: "no folder \(folder.path); give the --folder of `ec4x player sync`")
        }
        let object = JSONText.object(at: view)
        let slug = (object?["house"] as? [String: Any])?["slug"] as? String ?? "(not synced yet)"
        let name = (object?["game"] as? [String: Any])?["name"] as? String ?? "(not synced yet)"
        let changes = FolderChanges()
        return HouseServer(
            desk: SyncedFolderDesk(folder: folder, changes: changes), changes: changes, slug: slug, gameName: name,
            watchedFolders: [folder, folder.appendingPathComponent("receipts", isDirectory: true)])
    }

    /// Serves until the client closes stdin.
    public func run() async throws {
        let watch = HouseWatch(changes: changes)
        try watch.start(folders: watchedFolders)
        defer { watch.stop() }

        let server = Server(
            name: "ec4x",
            version: "1",
            instructions:
                "You play house \(slug) in the EC4X game \(gameName). Each turn: get_view, write orders from its orders_template, validate_orders, submit_orders, then wait_for_turn. get_rules explains the game.",
            capabilities: .init(tools: .init(listChanged: false))
        )
        let tools = ToolCatalog.tools(house: slug)
        let desk = desk
        await server.withMethodHandler(ListTools.self) { _ in .init(tools: tools) }
        await server.withMethodHandler(CallTool.self) { call in
            await desk.call(call.name, call.arguments ?? [:]).result
        }
        try await server.start(transport: StdioTransport())
        await server.waitUntilCompleted()
        await server.stop()
    }
}
