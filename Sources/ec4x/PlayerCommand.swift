import ArgumentParser
import Dispatch
import Foundation
import NostrCrypto
import NostrTransport

#if canImport(Glibc)
    import Glibc
#endif

extension EC4X {
    struct PlayerCommand: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "player", abstract: "The player's side of a game played over Nostr.", subcommands: [Sync.self])
    }
}

extension EC4X.PlayerCommand {
    struct Sync: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Mirror one house of a Nostr game into a folder: view.json, map.json, receipts/ in; files dropped in orders/ sent as order events.")

        @Option(help: "The player's secret key file (ec4x keygen --out FILE).")
        var key: String

        @Option(help: "The game: its naddr (printed by ec4x new), or its id with --moderator.")
        var game: String

        @Option(help: "The moderator's key (npub or hex), when --game is a plain id.")
        var moderator: String?

        @Option(help: "A relay (ws:// or wss://); repeat for several. Default: the relays the naddr names.")
        var relay: [String] = []

        @Option(help: "The local folder to mirror the house into.")
        var folder: String

        @Option(help: "Claim this open seat first (with --invite, the code ec4x new printed for it).")
        var join: String?

        @Option(help: "The invite code of the seat named by --join.")
        var invite: String?

        func validate() throws {
            if (join == nil) != (invite == nil) { throw ValidationError("--join and --invite go together") }
        }

        func run() async throws {
            let secret: SecretKey
            let address: GameAddress
            var relays = relay
            do {
                secret = try KeyFile.read(URL(fileURLWithPath: key))
                if game.lowercased().hasPrefix("naddr1") {
                    let parsed = try GameAddress.parse(naddr: game)
                    address = parsed.address
                    if relays.isEmpty { relays = parsed.relays }
                } else {
                    guard let moderator else { throw ValidationError("--game is not an naddr: give the moderator's key with --moderator") }
                    address = GameAddress(moderator: try PublicKey.fromText(moderator), gameID: game)
                }
            } catch let error as NostrTransportError {
                Output.error(error.message)
                throw ExitCode.failure
            }
            guard !relays.isEmpty else { throw ValidationError("no relay: give --relay URL") }
            let claim = join.flatMap { seat in invite.map { (seat: seat, invite: $0) } }
            let sync = PlayerSync(key: secret, address: address, relays: relays, folder: URL(fileURLWithPath: folder), join: claim) { message in
                FileHandle.standardError.write(Data(("ec4x player sync: " + message + "\n").utf8))
            }
            await sync.start()
            FileHandle.standardError.write(
                Data("ec4x player sync: \(secret.publicKey.npub) in game \(address.gameID) into \(folder) over \(relays.joined(separator: " "))\n".utf8))
            await StopSignal.wait()
            await sync.stop()
        }
    }
}
