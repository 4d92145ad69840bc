import Foundation
import Testing
import TestSupport
#if canImport(Glibc)
    import Glibc
#endif

/// A game a group played with a version before the trust rules, opened by
/// this daemon: what the older version left readable is closed before any
/// file is taken. Part of `DaemonTests`, so it runs beside the other daemon tests.
extension DaemonTests {
    @Test func aGameFolderFromAnOlderVersionLosesItsTokensAndOpenModesWhenTheDaemonOpensIt() throws {
        let folder = try TemporaryFolder()
        let created = try CommandRunner(workingDirectory: folder.url).run(["new", "--seed", "31", "--players", "2", "--json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(created.stdout.utf8)) as? [String: Any], "\(created.stderr)")
        let id = try #require(object["id"] as? String)
        let tokens = try #require(object["houses"] as? [[String: Any]]).compactMap { $0["token"] as? String }
        #expect(tokens.count == 2)
        let game = Game(folder: folder, id: id)
        // As an older version kept them: each received copy as sent, token and all, and everything 0644/0755.
        for (slug, token) in zip(["alpha", "beta"], tokens) {
            let sent = #"{"game":"\#(id)","house":"\#(slug)","turn":1,"token":"\#(token)","fleet_orders":[]}"#
            try Data(sent.utf8).write(to: game.gameFolder.appendingPathComponent("houses/\(slug)/received/000001-turn1.json"))
        }
        openModesAsAnOlderVersionWrote(game.gameFolder)

        let result = try CommandRunner(workingDirectory: folder.url).run(["daemon", "--once"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("2 received files redacted"), "\(result.stderr)")
        var looked = 0
        let after = FileManager.default.enumerator(atPath: game.gameFolder.path)
        while let relative = after?.nextObject() as? String {
            let url = game.gameFolder.appendingPathComponent(relative)
            var info = stat()
            guard lstat(url.path, &info) == 0 else { continue }
            let passage = relative == "houses"
            #expect(info.st_mode & (passage ? 0o066 : 0o007) == 0, "\(relative) is \(String(info.st_mode & 0o7777, radix: 8))")
            guard info.st_mode & S_IFMT == S_IFREG, let bytes = FileManager.default.contents(atPath: url.path) else { continue }
            looked += 1
            for token in tokens { #expect(bytes.range(of: Data(token.utf8)) == nil, "\(relative) holds a token") }
        }
        #expect(looked > 10)
        // The copy still reads as the orders sent, the token value replaced.
        let kept = try #require(FileManager.default.contents(atPath: game.gameFolder.appendingPathComponent("houses/beta/received/000001-turn1.json").path))
        #expect(String(decoding: kept, as: UTF8.self).contains(#""token":"<redacted>""#))
    }
}
