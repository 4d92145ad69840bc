/// What a folder under `data/games/` is to the daemon, read from its path
/// alone: the one place that knows the layout of watched paths.
enum WatchedFolder: Equatable {
    /// `<games>` itself: new games appear here.
    case games
    /// `<games>/<id>/houses`: house folders appear here.
    case houses(game: String)
    /// `<games>/<id>/houses/<slug>`: its `orders/` may be made again.
    case house(game: String, slug: String)
    /// `<games>/<id>/houses/<slug>/orders`: the drop folder.
    case orders(game: String, slug: String)

    /// nil for any path that is none of these.
    init?(path: String, gamesFolder: String) {
        if path == gamesFolder {
            self = .games
            return
        }
        let prefix = gamesFolder.hasSuffix("/") ? gamesFolder : gamesFolder + "/"
        guard path.hasPrefix(prefix) else { return nil }
        let parts = path.dropFirst(prefix.count).split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        guard parts.count >= 2, parts.count <= 4, parts[1] == "houses", !parts.contains(where: \.isEmpty) else { return nil }
        switch parts.count {
        case 2: self = .houses(game: parts[0])
        case 3: self = .house(game: parts[0], slug: parts[2])
        default:
            guard parts[3] == "orders" else { return nil }
            self = .orders(game: parts[0], slug: parts[2])
        }
    }

    /// The game the folder belongs to; nil for the games folder itself.
    var game: String? {
        switch self {
        case .games: nil
        case .houses(let game), .house(let game, _), .orders(let game, _): game
        }
    }
}
