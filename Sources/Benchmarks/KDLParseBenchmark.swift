internal import Engine
import KDL

/// Parse throughput of the KDL module in MB/s (10^6 bytes of input per second).
///
/// `suiteInputs` are parsed as a batch (inputs that are meant to fail still count: rejecting
/// them is parse work too); the generated document is made by `generateKDLBenchmarkDocument`.
/// Each figure is the median of several timed rounds after a warm-up round; a round repeats
/// parsing until it has run for at least `minimumRoundSeconds`.
public func measureKDLParseThroughput(
    suiteInputs: [[UInt8]],
    generatedBytes: Int,
    rounds: Int = 7,
    minimumRoundSeconds: Double = 0.2
) -> (suiteMBps: Double, generatedMBps: Double) {
    let generated = generateKDLBenchmarkDocument(approximateBytes: generatedBytes)
    let suiteMBps = medianThroughput(of: suiteInputs, rounds: rounds, minimumRoundSeconds: minimumRoundSeconds)
    let generatedMBps = medianThroughput(of: [generated], rounds: rounds, minimumRoundSeconds: minimumRoundSeconds)
    return (suiteMBps, generatedMBps)
}

/// A deterministic KDL document of at least `approximateBytes` bytes that uses most of the syntax:
/// comments, nesting, type annotations, all string forms with escapes, every number form,
/// keywords, slashdash and line continuations.
public func generateKDLBenchmarkDocument(approximateBytes: Int) -> [UInt8] {
    var random = SeededRandom(seed: 0x4B44_4C32)
    var text = "/- kdl-version 2\n// Generated benchmark document; the same bytes every run.\n"
    text.reserveCapacity(approximateBytes + 1024)
    var section = 0
    while text.utf8.count < approximateBytes {
        section += 1
        let x = Int(random.next() % 2_000) - 1_000
        let y = Int(random.next() % 2_000) - 1_000
        let size = random.next() % 0x10000
        let richness = Double(random.next() % 10_000) / 100
        text += """
            // section \(section): a star system with planets, fleets and lanes
            (system)star-\(section) "Sol \(section) Prime" x=\(x) y=\(y) radius=\(random.next() % 900 + 100).25e3 owner=#null capital=\(section % 7 == 0 ? "#true" : "#false") {
                planet "Planet \(section)-a" class=terran size=0x\(String(size, radix: 16)) richness=\(richness) moons=\(random.next() % 5)
                planet "Planet \(section)-b" class=gas-giant size=0o\(String(size, radix: 8)) flags=0b\(String(random.next() % 64, radix: 2)) /- hidden=#true
                fleet id=\(random.next() % 100_000) ships=1_\(String(format3(random.next() % 1000))) orders="move to \\"star-\(section + 1)\\"\\n\\tthen hold" \\
                    speed=("km/s")\(random.next() % 300).5 fuel=#inf drift=#-inf error=#nan
                lane to=star-\(Int(random.next() % UInt64(section)) + 1) cost=\(random.next() % 10_000) path=#"C:\\routes\\\(section).kdl"# big=\(random.next())\(random.next())
                note \"\"\"
                    Survey notes for system \(section):
                      the \\"inner\\" belt is rich in ore \\u{2699}
                    \"\"\"
                /* a block comment /* nested */ still a comment */ marker \(section); tag ålpha-\(section)
            }

            """
    }
    return Array(text.utf8)
}

/// Median MB/s over `rounds` timed rounds of parsing every input in `inputs`.
private func medianThroughput(of inputs: [[UInt8]], rounds: Int, minimumRoundSeconds: Double) -> Double {
    let bytesPerPass = inputs.reduce(0) { $0 + $1.count }
    guard bytesPerPass > 0, rounds > 0 else { return 0 }
    let clock = ContinuousClock()
    var consumed = 0
    // Warm-up: first-touch allocations and caches should not count.
    for input in inputs {
        consumed &+= parseAndCount(input)
    }
    var samples: [Double] = []
    for _ in 0..<rounds {
        var passes = 0
        let start = clock.now
        var elapsed: Duration = .zero
        repeat {
            for input in inputs {
                consumed &+= parseAndCount(input)
            }
            passes += 1
            elapsed = clock.now - start
        } while seconds(elapsed) < minimumRoundSeconds
        samples.append(Double(bytesPerPass * passes) / seconds(elapsed) / 1_000_000)
    }
    if consumed == Int.min {
        print("unreachable: keeps the parse results observable")
    }
    samples.sort()
    return samples[samples.count / 2]
}

/// Parses one input and returns a number derived from the result so the work is not optimised away.
private func parseAndCount(_ input: [UInt8]) -> Int {
    do {
        let document = try KDLDocument(parsing: input)
        return document.nodes.count &+ (document.nodes.last?.children.count ?? 0)
    } catch {
        return error.line
    }
}

private func seconds(_ duration: Duration) -> Double {
    let parts = duration.components
    return Double(parts.seconds) + Double(parts.attoseconds) / 1e18
}

private func format3(_ value: UInt64) -> String {
    let digits = String(value)
    return String(repeating: "0", count: max(0, 3 - digits.count)) + digits
}
