/// A harness's check beyond "does not crash". A broken invariant traps, so libFuzzer keeps the input
/// as a crash reproducer, exactly as it would for an overflow or an out-of-bounds read.
public func fuzzInvariant(_ holds: @autoclosure () -> Bool, _ message: @autoclosure () -> String) {
    if !holds() {
        fatalError("invariant broken: " + message())
    }
}
