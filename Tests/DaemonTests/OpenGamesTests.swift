import Testing
@testable import Daemon

@Suite struct OpenGamesTests {
    @Test func theLeastRecentlyUsedGameIsClosedToMakeRoom() {
        var games = OpenGames<String>(capacity: 2)
        let first = games.open("a", "A")
        let second = games.open("b", "B")
        #expect(first.isEmpty && second.isEmpty)
        let used = games.use("a")
        #expect(used == "A")
        // b was used longest ago: it goes, a stays.
        let closed = games.open("c", "C")
        #expect(closed == ["b"])
        #expect(games.isOpen("a"))
        #expect(!games.isOpen("b"))
        let gone = games.use("b")
        #expect(gone == nil)
        #expect(games.count == 2)
    }

    @Test func reopeningAGameKeepsOneEntry() {
        var games = OpenGames<Int>(capacity: 3)
        games.open("a", 1)
        games.open("a", 2)
        #expect(games.count == 1)
        let latest = games.use("a")
        #expect(latest == 2)
        games.close("a")
        let closed = games.use("a")
        #expect(closed == nil)
    }
}
