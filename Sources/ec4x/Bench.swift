import ArgumentParser
import Benchmarks
import Foundation

extension EC4X {
    struct Bench: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Measure the product beside its baselines (build with -c release for meaningful figures).",
            discussion:
                "Everything runs in temporary folders on this machine and is removed afterwards. Progress goes to stderr; the table (or, with --json, one JSON object) to stdout."
        )

        @Flag(help: "Smaller runs that finish in under a minute; skips the 1,000-game idle daemon.")
        var quick = false

        @Flag(help: "Print the figures as one JSON object.")
        var json = false

        @Option(help: ArgumentHelp("Run only the steps whose names contain one of these words (comma-separated), e.g. storage,resolution.", valueName: "words"))
        var only: String?

        @Option(help: "Turns of the storage-growth game (default 100; quick 30). 1,000 is recorded once in BENCHMARKS.md.")
        var storageTurns: Int?

        @Option(help: "Houses in the storage-growth game (default 4).")
        var storageHouses = 4

        @Option(help: ArgumentHelp("Keep a copy of the storage-growth game's database at this path.", valueName: "path"))
        var keepStorage: String?

        @Option(
            help: ArgumentHelp(
                "The storage levers every database of this run is written with: all (default), none (the write path before issue #15), or a comma-separated list of event-data, raw-deflate, larger-pages, standing-orders, compact-at-end, event-columns.",
                valueName: "levers"
            ))
        var storageLevers = "all"

        func run() throws {
            try withStorageLevers(storageLevers) { try runWithLevers() }
        }

        func runWithLevers() throws {
            #if DEBUG
                let build = "debug"
                Output.warning("this is a debug build; its figures are not meaningful. Build with: swift build -c release --product ec4x")
            #else
                let build = "release"
            #endif
            let executable = currentExecutable()
            let started = Date()
            var report = BenchReport()
            report.append(machineSection(buildConfiguration: build, quick: quick))

            // The machine's own limits first, so the product's figures can be read against them.
            let steps: [(String, () throws -> BenchSection)] =
                [
                    (
                        "machine limits",
                        {
                            try measureMachineLimits(inserts: quick ? 50_000 : 200_000, commits: quick ? 300 : 1_000, inotifySamples: quick ? 200 : 1_000)
                        }
                    ),
                    ("drop -> receipt latency", { try measureReceiptLatency(executable: executable, samples: quick ? 60 : 300) }),
                    ("last order -> views latency", { try measureViewLatency(executable: executable, turns: quick ? 8 : 30) }),
                    (
                        "turn resolution, 4 houses",
                        {
                            try measureTurnResolution(.fourHouses, key: "four_houses", label: "4 houses / 61 systems", turns: quick ? 3 : 10, targetMs: nil)
                        }
                    ),
                    // The write path before issue #15 right before the current one, so the two are compared under the same load.
                    (
                        "turn resolution, 12 houses, write path before issue 15",
                        {
                            try withStorageLevers("none") {
                                try measureTurnResolution(
                                    .twelveHouses, key: "twelve_houses_before_issue_15", label: "12 houses / 469 systems, --storage-levers none",
                                    turns: quick ? 3 : 10, targetMs: nil)
                            }
                        }
                    ),
                    (
                        "turn resolution, 12 houses",
                        {
                            try measureTurnResolution(.twelveHouses, key: "twelve_houses", label: "12 houses / 469 systems", turns: quick ? 3 : 10, targetMs: 200)
                        }
                    ),
                    ("ingestion throughput", { try measureIngestThroughput(executable: executable, games: quick ? 20 : 100) }),
                    (
                        "storage growth",
                        {
                            try measureStorageGrowth(turns: storageTurns ?? (quick ? 30 : 100), houses: storageHouses, keepDatabase: keepStorage)
                        }
                    ),
                    ("KDL parse", { measureKDLSection(generatedBytes: quick ? 200_000 : 1_000_000, rounds: quick ? 3 : 7, executable: executable) }),
                ]
                + (quick
                    ? [
                        (
                            "idle daemon (full run only)",
                            {
                                var skipped = BenchSection(title: "Idle daemon watching 1,000 games")
                                skipped.rows.append(BenchRow(key: "idle_cpu_seconds_per_minute_skipped", value: .text("full run only"), label: "skipped in --quick"))
                                return skipped
                            }
                        )
                    ]
                    : [
                        (
                            "idle daemon, 1,000 games",
                            {
                                try measureIdleDaemon(executable: executable, games: 1_000, idleSeconds: 5) { progress($0) }
                            }
                        )
                    ]) + [
                    ("fsync check at the end", { try measureCommitRateAgain(commits: quick ? 200 : 500) })
                ]
            // The view budgets of DESIGN.md §4, in process (kept apart: one more element makes the list above too slow to type-check).
            let viewSizes: (String, () throws -> BenchSection) = ("view sizes", { try measureViewSizes(seeds: quick ? [1, 7] : [1, 7, 19, 23]) })
            let words = only.map { $0.split(separator: ",").map(String.init) }
            for (name, step) in steps + [viewSizes] where words.map({ $0.contains { name.contains($0) } }) ?? true {
                progress("bench: \(name)...")
                let stepStart = Date()
                do {
                    report.append(try step())
                } catch {
                    var failed = BenchSection(title: "\(name): FAILED")
                    failed.rows.append(
                        BenchRow(
                            key: "errors.\(name.filter { $0.isLetter || $0.isNumber || $0 == " " }.replacingOccurrences(of: " ", with: "_"))",
                            value: .text("\(error)"), label: "error"))
                    report.append(failed)
                }
                progress(String(format: "bench: %@ done in %.1f s", name, Date().timeIntervalSince(stepStart)))
            }
            var total = BenchSection(title: "Run")
            total.rows.append(BenchRow(key: "run.seconds", value: .number(Date().timeIntervalSince(started), decimals: 1), label: "whole bench", unit: "s"))
            report.append(total)
            print(json ? report.json() : report.table())
        }

        /// Progress lines on stderr, so stdout stays one table or one JSON object.
        func progress(_ line: String) {
            FileHandle.standardError.write(Data((line + "\n").utf8))
        }
    }
}
