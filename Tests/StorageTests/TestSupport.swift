import Foundation
import GRDB
@testable import Storage

/// The repository root, found from this file's path.
let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

struct MissingReference: Error, CustomStringConvertible {
    var path: String
    var description: String { "\(path) not found: the tests expect the shared/ folder beside the repository" }
}

/// The storage design's SQL, read from ../shared/storage.md (not from the code's copy).
enum DesignReference {
    static func statements() throws -> [String] {
        let url = repositoryRoot.deletingLastPathComponent().appendingPathComponent("shared/storage.md")
        guard let text = try? String(contentsOf: url, encoding: .utf8) else {
            throw MissingReference(path: url.path)
        }
        var blocks: [String] = []
        var current: [Substring]?
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("```sql") {
                current = []
            } else if line.hasPrefix("```") {
                if let lines = current { blocks.append(lines.joined(separator: "\n")) }
                current = nil
            } else if current != nil {
                current!.append(line)
            }
        }
        return blocks.joined(separator: "\n").split(separator: ";").map {
            $0.split(separator: "\n").map { line in line.split(separator: "--", maxSplits: 1, omittingEmptySubsequences: false).first ?? "" }
                .joined(separator: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
        }.filter { $0.hasPrefix("CREATE") }
    }

    /// An in-memory database built from the design's statements alone.
    static func database() throws -> DatabaseQueue {
        let queue = try DatabaseQueue()
        try queue.write { db in
            for statement in try statements() { try db.execute(sql: statement) }
        }
        return queue
    }
}
