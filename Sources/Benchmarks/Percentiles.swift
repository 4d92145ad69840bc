/// Order statistics of a set of samples (milliseconds, usually).
///
/// Percentiles use the nearest-rank method: p99 of 100 samples is the 99th
/// smallest, so it is always a value that was actually observed.
public struct LatencySummary: Sendable, Equatable {
    public var count: Int
    public var p50: Double
    public var p90: Double
    public var p99: Double
    public var min: Double
    public var max: Double
    public var mean: Double

    public init?(samples: [Double]) {
        guard !samples.isEmpty else { return nil }
        let sorted = samples.sorted()
        count = sorted.count
        p50 = Self.nearestRank(0.50, of: sorted)
        p90 = Self.nearestRank(0.90, of: sorted)
        p99 = Self.nearestRank(0.99, of: sorted)
        min = sorted[0]
        max = sorted[sorted.count - 1]
        mean = sorted.reduce(0, +) / Double(sorted.count)
    }

    static func nearestRank(_ fraction: Double, of sorted: [Double]) -> Double {
        let rank = Int((fraction * Double(sorted.count)).rounded(.up))
        return sorted[Swift.min(Swift.max(rank, 1), sorted.count) - 1]
    }

    /// The median of a few timed rounds.
    static func median(_ values: [Double]) -> Double {
        LatencySummary(samples: values)?.p50 ?? 0
    }
}
