import ArgumentParser
import Foundation
import NostrCrypto
import NostrTransport

extension EC4X {
    struct Keygen: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Make a Nostr key for a player: writes the secret (nsec) to a file readable only by you, prints the public key (npub).")

        @Option(help: "Where to write the secret key (mode 0600; an existing file is never overwritten). Without it the nsec is printed.")
        var out: String?

        func run() throws {
            let key = SecretKey.generate()
            if let out {
                do {
                    try KeyFile.create(key, at: URL(fileURLWithPath: out))
                } catch {
                    Output.error(error.message)
                    throw ExitCode.failure
                }
            } else {
                print(key.nsec)
            }
            print(key.publicKey.npub)
        }
    }
}
