internal import FuzzSupport
internal import LegacyFuzzChecks
internal import LegacyFormat

/// Any bytes as a game_info.txt.
func legacyGameInfoTestOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = fuzzBytes(data, size)
    let file = "game_info.txt"
    let (info, errors) = LegacyGameInfoParser.read(bytes, file: file)
    checkLegacyErrors(errors, file: file, input: bytes)
    let lineCount = bytes.reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
    for entry in info?.entries ?? [] {
        fuzzInvariant((1...lineCount).contains(entry.line), "entry \(entry.key) on line \(entry.line)")
    }
    return 0
}
