import ArgumentParser
import Benchmarks
import Foundation

extension EC4X {
    struct Bench: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Measure the product beside its baselines (build with -c release for meaningful figures).")

        @Flag(help: "Smaller runs: finishes in under a minute.")
        var quick = false

        @Flag(help: "Print the figures as JSON.")
        var json = false

        func run() throws {
            let (suite, generated) = measureKDLParseThroughput(suiteInputs: [], generatedBytes: quick ? 200_000 : 1_000_000)
            if json {
                print(#"{"kdl_parse_mb_per_s":{"generated":\#(generated),"suite":\#(suite)}}"#)
            } else {
                print(String(format: "KDL parse: %.1f MB/s (generated document)", generated))
            }
        }
    }
}
