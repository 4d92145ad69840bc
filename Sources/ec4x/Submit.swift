import ArgumentParser
import Foundation
import Games
import FolderTransport
import Daemon
import PlayerProtocol

extension EC4X {
    struct Submit: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Check an order file, then place it atomically in the house's drop folder.")

        @OptionGroup var global: GlobalOptions
        @OptionGroup var target: OrderFileTarget

        func run() throws {
            do {
                let session = try OpenGame.session(target.game, data: global.dataDirectory)
                let (receipt, placed) = try SubmitOrderFile(session: session).run(bytes: try target.bytes(), fileName: target.fileName, slug: target.house)
                guard let placed else {
                    try Output.json(receipt)
                    throw CommandFailure(description: "not submitted: the file has \(receipt.errors.count) error(s)")
                }
                print("Placed \(Output.display(placed.path)); the daemon will answer in houses/\(target.house)/receipts/")
            } catch let error as GamesError {
                throw error.asCommandFailure
            }
        }
    }
}
