internal import Foundation
internal import GRDB

/// What compacting a game database did.
public struct Compaction: Sendable, Equatable, Codable {
    /// `ec4x.db` plus its `-wal`, after a checkpoint, before and after.
    public var bytesBefore: Int
    public var bytesAfter: Int
}

extension GameDatabase {
    /// Rewrites the database into the fewest pages (`VACUUM`): every row of
    /// every table is kept; free pages are returned to the filesystem and the
    /// half-empty index pages that inserts in the middle of an index leave
    /// behind are packed. Online: readers keep reading (WAL); a writer waits
    /// (busy timeout) or fails while it runs, so callers decide when.
    public func compact() throws -> Compaction {
        let before = try footprint().fileBytes
        try writer.writeWithoutTransaction { db in
            try db.execute(sql: "VACUUM")
        }
        let after = try footprint().fileBytes
        return Compaction(bytesBefore: before, bytesAfter: after)
    }
}
