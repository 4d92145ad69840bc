public import Foundation
public import Games

/// What the running daemon cannot do now, per game (`data/.ec4x/faults.json`),
/// for `ec4x status`: the database lives in the game folder and may be the
/// very thing that cannot be written, so the report lives beside the lock.
public enum FaultsFile {
    public static func url(for data: DataDirectory) -> URL {
        data.root.appendingPathComponent(".ec4x/faults.json")
    }

    /// Game id to reason; empty when the file is absent or unreadable.
    public static func read(_ data: DataDirectory) -> [String: String] {
        guard let bytes = FileManager.default.contents(atPath: url(for: data).path),
            let faults = try? JSONDecoder().decode([String: String].self, from: bytes)
        else { return [:] }
        return faults
    }

    /// Replaces the report; removes the file when nothing is wrong.
    static func write(_ faults: [String: String], data: DataDirectory) {
        guard !faults.isEmpty else {
            try? FileManager.default.removeItem(at: url(for: data))
            return
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        guard let bytes = try? encoder.encode(faults) else { return }
        try? AtomicFile.write(bytes, to: url(for: data), durable: false)
    }
}
