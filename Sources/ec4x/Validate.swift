import ArgumentParser
import Foundation
import Orchestrator

extension EC4X {
    struct Validate: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Check an order file without submitting it; prints the receipt it would get.")

        @OptionGroup var global: GlobalOptions

        @Argument(help: "The game's id, unique id prefix or name.")
        var game: String

        @Option(help: "The house the file is for.")
        var house: String

        @Argument(help: "The order file (.json or .kdl).")
        var file: String

        func run() throws {
            do {
                let session = try OpenGame.session(game, data: global.dataDirectory)
                let bytes = try OrderFileInput.read(file)
                let receipt = try IngestOrderFile(session: session).check(bytes, fileName: URL(fileURLWithPath: file).lastPathComponent, slug: house)
                try Output.json(receipt)
                if receipt.status != .accepted { throw ExitCode.failure }
            } catch let error as OrchestratorError {
                throw error.asCommandFailure
            }
        }
    }

    struct Submit: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Check an order file, then place it atomically in the house's drop folder.")

        @OptionGroup var global: GlobalOptions

        @Argument(help: "The game's id, unique id prefix or name.")
        var game: String

        @Option(help: "The house the file is for.")
        var house: String

        @Argument(help: "The order file (.json or .kdl).")
        var file: String

        func run() throws {
            do {
                let session = try OpenGame.session(game, data: global.dataDirectory)
                let bytes = try OrderFileInput.read(file)
                let (receipt, placed) = try SubmitOrderFile(session: session).run(bytes: bytes, fileName: URL(fileURLWithPath: file).lastPathComponent, slug: house)
                guard let placed else {
                    try Output.json(receipt)
                    throw CommandFailure(description: "not submitted: the file has \(receipt.errors.count) error(s)")
                }
                print("Placed \(Output.display(placed.path)); the daemon will answer in houses/\(house)/receipts/")
            } catch let error as OrchestratorError {
                throw error.asCommandFailure
            }
        }
    }
}

/// Reads an order file named on the command line ("-" for standard input).
enum OrderFileInput {
    static func read(_ path: String) throws -> [UInt8] {
        if path == "-" { return [UInt8](FileHandle.standardInput.readDataToEndOfFile()) }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw CommandFailure(description: "cannot read \(path)")
        }
        return [UInt8](data)
    }
}
