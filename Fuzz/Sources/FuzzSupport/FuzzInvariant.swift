/// A harness's check beyond "does not crash". A broken invariant traps, so libFuzzer keeps the input
/// as a crash reproducer, exactly as it would for an overflow or an out-of-bounds read.
public func fuzzInvariant(_ holds: @autoclosure () -> Bool, _ message: @autoclosure () -> String) {
    if !holds() {
        fatalError("invariant broken: " + message())
    }
}

/// The bytes libFuzzer hands over, copied into an array (the parsers take `[UInt8]`).
public func fuzzBytes(_ data: UnsafePointer<UInt8>?, _ size: Int) -> [UInt8] {
    guard let data, size > 0 else { return [] }
    return Array(UnsafeBufferPointer(start: data, count: size))
}
