import Foundation
import Testing
import TestSupport
@testable import FolderTransport

@Suite struct OpenWritersTests {
    @Test func aFileOpenForWritingIsSeenUntilItsWriterCloses() throws {
        let folder = try TemporaryFolder()
        let url = folder.url.appendingPathComponent("orders.json")
        FileManager.default.createFile(atPath: url.path, contents: Data("{\"game\":".utf8))
        let writer = try FileHandle(forWritingTo: url)
        #expect(OpenWriters.check(url) == .some)
        try writer.write(contentsOf: Data("\"g\"}".utf8))
        try writer.close()
        #expect(OpenWriters.check(url) == .none)
        // A reader does not count as a writer.
        let reader = try FileHandle(forReadingFrom: url)
        #expect(OpenWriters.check(url) == .none)
        try reader.close()
    }

    @Test func aSymlinkIsNeverFollowedToAsk() throws {
        let folder = try TemporaryFolder()
        let target = folder.url.appendingPathComponent("target.json")
        FileManager.default.createFile(atPath: target.path, contents: Data("{}".utf8))
        let link = folder.url.appendingPathComponent("link.json")
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: target)
        #expect(OpenWriters.check(link) == .unknown)
    }
}
