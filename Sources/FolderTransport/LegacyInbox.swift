public import Foundation
public import Games

/// The `migrate/` inbox: a legacy game folder dropped here is imported once it
/// has stopped changing, then moved to `done/` with its report or to
/// `failed/` with its errors.
public struct LegacyInbox {
    public let folder: URL
    let importer: ImportLegacyGame
    private var fingerprints: [String: [String]] = [:]
    /// Folders imported (or refused) but not movable out of the inbox: never processed twice.
    private var stuck = Set<String>()

    public init(folder: URL, importer: ImportLegacyGame) {
        self.folder = folder
        self.importer = importer
    }

    public enum Result: Sendable {
        case imported(name: String, outcome: LegacyImportOutcome)
        case failed(name: String, errors: [String])
        case stuck(name: String, reason: String)
    }

    /// Imports every folder that looked the same as last time; returns what
    /// happened and whether some folder is still settling.
    public mutating func process() -> (results: [Result], waiting: Bool) {
        let manager = FileManager.default
        let names = ((try? manager.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
        var results: [Result] = []
        var waiting = false
        var seen = Set<String>()
        for name in names where !name.hasPrefix(".") && name != "done" && name != "failed" && !stuck.contains(name) {
            let source = folder.appendingPathComponent(name)
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: source.path, isDirectory: &isDirectory), isDirectory.boolValue else { continue }
            seen.insert(name)
            let print = Self.fingerprint(source)
            guard fingerprints[name] == print else {
                fingerprints[name] = print
                waiting = true
                continue
            }
            fingerprints[name] = nil
            let result = importOne(name, source: source)
            if case .stuck = result { stuck.insert(name) }
            results.append(result)
        }
        fingerprints = fingerprints.filter { seen.contains($0.key) }
        return (results, waiting)
    }

    func importOne(_ name: String, source: URL) -> Result {
        let outcome: Result
        var note: (file: String, data: Data)
        do {
            let imported = try importer.run(folder: source)
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            note = (ImportLegacyGame.reportFileName, try encoder.encode(imported))
            outcome = .imported(name: name, outcome: imported)
        } catch let failure as LegacyImportFailure {
            note = ("errors.txt", Data((failure.errors.joined(separator: "\n") + "\n").utf8))
            outcome = .failed(name: name, errors: failure.errors)
        } catch {
            note = ("errors.txt", Data("\(error)\n".utf8))
            outcome = .failed(name: name, errors: ["\(error)"])
        }
        let kind = if case .imported = outcome { "done" } else { "failed" }
        do {
            let target = try move(source, to: kind)
            try AtomicFile.write(note.data, to: target.appendingPathComponent(note.file))
            return outcome
        } catch {
            return .stuck(name: name, reason: "\(error)")
        }
    }

    /// Moves a processed folder out of the inbox, never over an earlier one.
    func move(_ source: URL, to outcome: String) throws -> URL {
        let parent = folder.appendingPathComponent(outcome, isDirectory: true)
        try FileManager.default.createDirectory(at: parent, withIntermediateDirectories: true)
        var target = parent.appendingPathComponent(source.lastPathComponent)
        var suffix = 2
        while FileManager.default.fileExists(atPath: target.path) {
            target = parent.appendingPathComponent("\(source.lastPathComponent)-\(suffix)")
            suffix += 1
        }
        try FileManager.default.moveItem(at: source, to: target)
        return target
    }

    /// Every file below `folder` with its size and modification time.
    static func fingerprint(_ folder: URL) -> [String] {
        let keys: [URLResourceKey] = [.fileSizeKey, .contentModificationDateKey]
        guard let walker = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: keys) else { return [] }
        var lines: [String] = []
        for case let url as URL in walker {
            let values = try? url.resourceValues(forKeys: Set(keys))
            lines.append("\(url.path) \(values?.fileSize ?? -1) \(values?.contentModificationDate?.timeIntervalSince1970 ?? 0)")
        }
        return lines.sorted()
    }
}
