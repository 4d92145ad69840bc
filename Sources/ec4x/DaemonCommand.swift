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

        @Option(help: "Seconds a file nobody watched must stay unchanged before it is taken (default 1).")
        var settle: Double = 1

        @Option(help: "Files one house may send per turn; more are kept unread and answered submission.over_quota.")
        var houseFiles: Int = HouseQuota.defaultFiles

        @Option(help: "Bytes one house may send per turn (default 16 MiB).")
        var houseBytes: Int64 = HouseQuota.defaultBytes

        func validate() throws {
            if let poll, poll <= 0 { throw ValidationError("--poll must be positive") }
            if settle < 0 { throw ValidationError("--settle must not be negative") }
            if houseFiles < 1 || houseBytes < 1 { throw ValidationError("--house-files and --house-bytes must be positive") }
        }

        func run() async throws {
            logging.bootstrap()
            let daemon = Daemon(
                data: global.dataDirectory,
                options: DaemonOptions(
                    pollInterval: poll, stabilityInterval: settle, pollingOnly: noInotify, quota: HouseQuota(files: houseFiles, bytes: houseBytes)),
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
            // A daemon stops on its own when another one took over its replaced data folder.
            await withTaskGroup(of: Void.self) { group in
                group.addTask { await StopSignal.wait() }
                group.addTask { await daemon.untilHalted() }
                await group.next()
                group.cancelAll()
            }
            await daemon.stop()
        }
    }
}
