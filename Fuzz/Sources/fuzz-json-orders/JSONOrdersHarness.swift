internal import FuzzSupport
internal import OrderFuzzChecks
internal import PlayerProtocol

/// Any bytes as a JSON order file: decoded, or rejected with errors a player can act on; the same
/// bytes always read the same way.
func jsonOrdersTestOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = fuzzBytes(data, size)
    let decoded = JSONOrderFileReader.read(bytes)
    checkDecodedOrderFile(decoded, input: bytes)
    fuzzInvariant(JSONOrderFileReader.read(bytes) == decoded, "the same bytes read differently")
    return 0
}
