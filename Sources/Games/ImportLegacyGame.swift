public import Engine
public import Foundation
internal import LegacyFormat
public import LegacyMigration
internal import Storage

/// What importing one legacy folder came to.
public struct LegacyImportOutcome: Sendable, Codable {
    public enum Status: String, Sendable, Codable {
        case imported
        case alreadyImported = "already_imported"
        case checked
    }

    public var status: Status
    public var report: MigrationReport
    public var folder: String?
}

/// A legacy folder that cannot be imported: every error with file and line.
public struct LegacyImportFailure: Error, Sendable, CustomStringConvertible {
    public var source: String
    public var errors: [String]

    public var description: String { errors.joined(separator: "\n") }
}

/// `ec4x migrate`: reads a legacy game folder and creates a game from it.
public struct ImportLegacyGame: Sendable {
    public static let reportFileName = "migration_report.json"

    public var data: DataDirectory
    public var now: @Sendable () -> Date
    public var prepare: GamePreparation

    public init(data: DataDirectory, now: @escaping @Sendable () -> Date = Date.init, prepare: @escaping GamePreparation) {
        self.data = data
        self.now = now
        self.prepare = prepare
    }

    public func run(folder: URL, base: GameSetup? = nil, dryRun: Bool = false) throws -> LegacyImportOutcome {
        let source = folder.standardizedFileURL.lastPathComponent
        let game: LegacyGame
        do {
            game = try LegacyGameFolder.load(folder)
        } catch {
            throw LegacyImportFailure(source: source, errors: error.errors.map(\.description))
        }
        let plan: LegacyImportPlan
        do {
            plan = try LegacyImporter.plan(game, sourceName: source, base: base, dryRun: dryRun)
        } catch {
            throw LegacyImportFailure(source: source, errors: [error.description])
        }
        let target = data.gameFolder(id: plan.state.game.id)
        if FileManager.default.fileExists(atPath: target.url.path) {
            return LegacyImportOutcome(status: .alreadyImported, report: plan.report, folder: target.url.path)
        }
        if dryRun { return LegacyImportOutcome(status: .checked, report: plan.report, folder: nil) }
        let report = try Self.encode(plan.report)
        // Old games had no secrets: imported games are open, like the games they came from.
        // Ids made at import follow from the legacy files (so a re-import is
        // recognised); every id and die after that comes from a secret key.
        var state = plan.state
        state.game.key = GameSecrets.newKey()
        let created = try GameInstaller(data: data, now: now, prepareTransport: prepare).install(
            state, setup: plan.setup, seed: plan.state.game.seed, open: true,
            deadlineHours: plan.setup.deadlineHours, extraFiles: [Self.reportFileName: report]
        ) { store in
            try store.insertLegacySystemIDs(plan.legacySystemIDs, gameID: plan.state.game.id)
        }
        return LegacyImportOutcome(status: .imported, report: plan.report, folder: created.folder)
    }

    static func encode(_ report: MigrationReport) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(report)
    }
}
