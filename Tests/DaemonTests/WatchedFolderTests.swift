import Testing
@testable import Daemon

@Suite struct WatchedFolderTests {
    let games = "/srv/data/games"

    @Test func foldersOfTheLayoutAreRecognised() {
        #expect(WatchedFolder(path: games, gamesFolder: games) == .games)
        #expect(WatchedFolder(path: "\(games)/g1/houses", gamesFolder: games) == .houses(game: "g1"))
        #expect(WatchedFolder(path: "\(games)/g1/houses/alpha", gamesFolder: games) == .house(game: "g1", slug: "alpha"))
        #expect(WatchedFolder(path: "\(games)/g1/houses/alpha/orders", gamesFolder: games) == .orders(game: "g1", slug: "alpha"))
        #expect(WatchedFolder(path: "\(games)/g1/houses/alpha/orders", gamesFolder: games)?.game == "g1")
    }

    @Test func otherPathsAreNotWatchedFolders() {
        for path in [
            "/srv/data/gamesX/g1/houses", "\(games)/g1", "\(games)/g1/public", "\(games)/g1/houses/alpha/receipts",
            "\(games)/g1/houses/alpha/orders/deeper", "\(games)//houses", "/elsewhere",
        ] {
            #expect(WatchedFolder(path: path, gamesFolder: games) == nil, "\(path)")
        }
    }
}
