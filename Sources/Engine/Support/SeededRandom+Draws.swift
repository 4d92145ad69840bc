/// Uniform integers, shuffles and picks, drawn from a `SeededRandom`.
///
/// These are the project's own algorithms rather than the standard library's
/// ranged integers, shuffles and random elements, which may change in any
/// Swift release and would then silently change every stored game's replay.
/// They draw exactly what Swift 6.3's did from the same generator, so games
/// created while the engine still called the standard library replay
/// unchanged (`StandardLibraryRandomEquivalenceTests` shows it on the
/// toolchain it runs on; `GoldenGameHashTests` pins whole games).
///
/// Which values are drawn, and how many, is part of every recorded game:
/// changing anything here, even to an equally fair method, is a rule change.
extension SeededRandom {
    /// A uniform value in `0..<bound`, `bound > 0`.
    ///
    /// Scales a 64-bit draw by `bound` and keeps the high word of the product;
    /// draws whose low word falls in the short, biased stretch below
    /// `2^64 mod bound` are thrown away and redrawn. The remainder is only
    /// computed when the low word is small enough that it might matter.
    public mutating func value(below bound: UInt64) -> UInt64 {
        precondition(bound > 0, "cannot draw below zero")
        var product = next().multipliedFullWidth(by: bound)
        if product.low < bound {
            let biased = (0 &- bound) % bound
            while product.low < biased {
                product = next().multipliedFullWidth(by: bound)
            }
        }
        return product.high
    }

    /// A uniform integer in `range`, without modulo bias.
    public mutating func int(in range: ClosedRange<Int>) -> Int {
        let span = UInt64(truncatingIfNeeded: range.upperBound &- range.lowerBound)
        // Every Int is possible: one draw is already uniform, and span + 1 would overflow.
        if span == .max { return Int(truncatingIfNeeded: next()) }
        return range.lowerBound &+ Int(truncatingIfNeeded: value(below: span + 1))
    }

    /// A uniform integer in the non-empty half-open `range`.
    public mutating func int(in range: Range<Int>) -> Int {
        precondition(!range.isEmpty, "cannot draw from an empty range")
        let span = UInt64(truncatingIfNeeded: range.upperBound &- range.lowerBound)
        return range.lowerBound &+ Int(truncatingIfNeeded: value(below: span))
    }

    /// Puts `elements` in a uniformly random order (Fisher–Yates, front to back:
    /// each place in turn takes one of the elements not yet placed).
    public mutating func shuffle<Element>(_ elements: inout [Element]) {
        guard elements.count > 1 else { return }
        for place in 0..<(elements.count - 1) {
            elements.swapAt(place, int(in: place..<elements.count))
        }
    }

    /// One element of the non-empty `elements`, each equally likely.
    public mutating func pick<Element>(_ elements: [Element]) -> Element {
        precondition(!elements.isEmpty, "cannot pick from nothing")
        return elements[int(in: 0..<elements.count)]
    }
}
