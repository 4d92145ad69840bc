import ArgumentParser
import Dispatch
import Foundation
import Games
import FolderTransport
import Daemon
import NostrTransport
import PlayerProtocol

#if canImport(Glibc)
    import Glibc
#endif

extension EC4X {
    struct DaemonCommand: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "daemon",
            abstract: "Watch data/games/ and migrate/: take order files, resolve turns, write views.",
            discussion: "Stops cleanly on SIGINT or SIGTERM. With --once, reconciles every game once and exits (for cron and scripts)."
        )

        @OptionGroup var global: GlobalOptions

        @OptionGroup var logging: LoggingOptions

        @Flag(help: "Reconcile every game once (ingest, resolve what is ready or past deadline, write views, import legacy games) and exit.")
        var once = false

        @Option(help: "Seconds between full rescans (default: the games' poll_interval, 30).")
        var poll: Double?

        @Flag(help: "Do not use inotify; find files by polling only.")
        var noInotify = false

        func validate() throws {
            if let poll, poll <= 0 { throw ValidationError("--poll must be positive") }
        }

        func run() async throws {
            logging.bootstrap()
            let daemon = Daemon(
                data: global.dataDirectory,
                options: DaemonOptions(pollInterval: poll, pollingOnly: noInotify),
                log: DaemonLog(logger: logging.makeLogger(label: "ec4x.daemon")),
                // Games played over Nostr are served on their relays (`once` leaves relays alone).
                transports: once ? [] : [NostrDaemonTransport(data: global.dataDirectory)]
            )
            do {
                if once {
                    try await daemon.runOnce()
                    return
                }
                try await daemon.start()
            } catch let error as GamesError {
                throw error.asCommandFailure
            }
            await waitForSignal()
            await daemon.stop()
        }

        /// Returns on SIGINT or SIGTERM. The handlers are made here, inside a
        /// function: made in top-level code they crash when they fire.
        func waitForSignal() async {
            let stop = AsyncStream<Void>.makeStream()
            var sources: [any DispatchSourceSignal] = []
            for number in [SIGINT, SIGTERM] {
                signal(number, SIG_IGN)
                let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
                source.setEventHandler { stop.continuation.yield() }
                source.resume()
                sources.append(source)
            }
            var signals = stop.stream.makeAsyncIterator()
            _ = await signals.next()
            for source in sources { source.cancel() }
        }
    }
}
