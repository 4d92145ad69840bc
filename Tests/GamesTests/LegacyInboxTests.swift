import Foundation
import Testing
import TestSupport
@testable import Games
@testable import FolderTransport
@testable import Daemon
@testable import PlayerProtocol

@Suite struct LegacyInboxTests {
    static let sample = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("shared/legacy-samples/test_game")

    @Test func aDroppedFolderIsImportedOnceItSettlesThenFiledWithItsReport() throws {
        let folder = try TemporaryFolder()
        let root = folder.url
        let data = DataDirectory(path: root.appendingPathComponent("data").path)
        let inboxFolder = root.appendingPathComponent("migrate")
        try FileManager.default.createDirectory(at: inboxFolder, withIntermediateDirectories: true)
        var inbox = LegacyInbox(folder: inboxFolder, importer: ImportLegacyGame(data: data, prepare: FolderLayout.prepare))

        try FileManager.default.copyItem(at: Self.sample, to: inboxFolder.appendingPathComponent("old-game"))
        let broken = inboxFolder.appendingPathComponent("broken")
        try FileManager.default.createDirectory(at: broken, withIntermediateDirectories: true)
        try Data("1,0,0,0,zero\n".utf8).write(to: broken.appendingPathComponent("systems.txt"))
        try Data("".utf8).write(to: broken.appendingPathComponent("lanes.txt"))

        // First look: still settling, nothing imported.
        let first = inbox.process()
        #expect(first.results.isEmpty && first.waiting)
        let second = inbox.process()
        #expect(second.results.count == 2)
        #expect(!second.waiting)

        let done = inboxFolder.appendingPathComponent("done/old-game")
        #expect(FileManager.default.fileExists(atPath: done.appendingPathComponent("migration_report.json").path))
        let failed = inboxFolder.appendingPathComponent("failed/broken")
        let errors = try String(contentsOf: failed.appendingPathComponent("errors.txt"), encoding: .utf8)
        #expect(errors.contains("systems.txt:1"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: data.gamesFolder.path).filter { !$0.hasPrefix(".") }.count == 1)

        // The same game dropped again is recognised, not imported twice.
        try FileManager.default.copyItem(at: Self.sample, to: inboxFolder.appendingPathComponent("old-game"))
        _ = inbox.process()
        let again = inbox.process()
        guard case .imported(_, let outcome)? = again.results.first else {
            Issue.record("expected an import outcome, got \(again.results)")
            return
        }
        #expect(outcome.status == .alreadyImported)
        #expect(FileManager.default.fileExists(atPath: inboxFolder.appendingPathComponent("done/old-game-2").path))
        #expect(try FileManager.default.contentsOfDirectory(atPath: data.gamesFolder.path).filter { !$0.hasPrefix(".") }.count == 1)
    }
}
