internal import Foundation

/// The `migrate/` inbox: a legacy game folder dropped here is imported once it
/// has stopped changing, then moved to `done/` with its report or to
/// `failed/` with its errors.
struct LegacyInbox {
    let folder: URL
    let importer: ImportLegacyGame
    private var fingerprints: [String: [String]] = [:]

    init(folder: URL, importer: ImportLegacyGame) {
        self.folder = folder
        self.importer = importer
    }

    enum Result {
        case imported(name: String, outcome: LegacyImportOutcome)
        case failed(name: String, errors: [String])
    }

    /// Imports every folder that looked the same as last time; returns what
    /// happened and whether some folder is still settling.
    mutating func process() -> (results: [Result], waiting: Bool) {
        let manager = FileManager.default
        let names = ((try? manager.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
        var results: [Result] = []
        var waiting = false
        var seen = Set<String>()
        for name in names where !name.hasPrefix(".") && name != "done" && name != "failed" && name != "README.md" {
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
            results.append(importOne(name, source: source))
        }
        fingerprints = fingerprints.filter { seen.contains($0.key) }
        return (results, waiting)
    }

    func importOne(_ name: String, source: URL) -> Result {
        do {
            let outcome = try importer.run(folder: source)
            let target = move(source, to: "done")
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            if let data = try? encoder.encode(outcome) {
                try? AtomicFile.write(data, to: target.appendingPathComponent(ImportLegacyGame.reportFileName))
            }
            return .imported(name: name, outcome: outcome)
        } catch let failure as LegacyImportFailure {
            let target = move(source, to: "failed")
            try? AtomicFile.write(Data((failure.errors.joined(separator: "\n") + "\n").utf8), to: target.appendingPathComponent("errors.txt"))
            return .failed(name: name, errors: failure.errors)
        } catch {
            let target = move(source, to: "failed")
            try? AtomicFile.write(Data("\(error)\n".utf8), to: target.appendingPathComponent("errors.txt"))
            return .failed(name: name, errors: ["\(error)"])
        }
    }

    /// Moves a processed folder out of the inbox, never over an earlier one.
    func move(_ source: URL, to outcome: String) -> URL {
        let parent = folder.appendingPathComponent(outcome, isDirectory: true)
        try? FileManager.default.createDirectory(at: parent, withIntermediateDirectories: true)
        var target = parent.appendingPathComponent(source.lastPathComponent)
        var suffix = 2
        while FileManager.default.fileExists(atPath: target.path) {
            target = parent.appendingPathComponent("\(source.lastPathComponent)-\(suffix)")
            suffix += 1
        }
        try? FileManager.default.moveItem(at: source, to: target)
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
