import ArgumentParser
import Foundation
import Games
import FolderTransport
import Daemon
import PlayerProtocol

extension EC4X {
    struct Validate: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Check an order file without submitting it; prints the receipt it would get.")

        @OptionGroup var global: GlobalOptions
        @OptionGroup var target: OrderFileTarget

        func run() throws {
            do {
                let session = try OpenGame.session(target.game, data: global.dataDirectory)
                let receipt = try IngestSubmission(session: session).check(try target.bytes(), fileName: target.fileName, slug: target.house)
                try Output.json(receipt)
                if receipt.status != .accepted { throw ExitCode.failure }
            } catch let error as GamesError {
                throw error.asCommandFailure
            }
        }
    }
}
