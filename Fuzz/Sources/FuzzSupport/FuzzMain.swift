internal import CLibFuzzer
#if canImport(Glibc)
    internal import Glibc
#endif

/// Hands the process to libFuzzer's driver with `testOneInput` as the target; its command line
/// (`-max_total_time=`, corpus folders, ...) is libFuzzer's.
public func fuzzMain(_ testOneInput: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt) -> Never {
    var argc = CommandLine.argc
    var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
    exit(LLVMFuzzerRunDriver(&argc, &argv, testOneInput))
}

/// The bytes libFuzzer hands over, copied into an array (the parsers take `[UInt8]`).
public func fuzzBytes(_ data: UnsafePointer<UInt8>?, _ size: Int) -> [UInt8] {
    guard let data, size > 0 else { return [] }
    return Array(UnsafeBufferPointer(start: data, count: size))
}
