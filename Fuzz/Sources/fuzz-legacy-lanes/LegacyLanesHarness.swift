internal import FuzzSupport
internal import LegacyFuzzChecks
internal import LegacyFormat

/// Any bytes as a lanes.txt, read alone and against a small fixed set of listed systems.
func legacyLanesTestOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = fuzzBytes(data, size)
    let file = "game_data/lanes.txt"
    let lineCount = bytes.reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
    let known: Set<Int> = Set(0..<8)
    for systemIDs in [nil, known] {
        let (lanes, errors) = LegacyLanesParser.read(bytes, file: file, systemIDs: systemIDs)
        checkLegacyErrors(errors, file: file, input: bytes)
        for lane in lanes {
            fuzzInvariant((1...lineCount).contains(lane.line), "lane on line \(lane.line)")
            fuzzInvariant(lane.from != lane.to, "a self lane was kept")
            if let systemIDs {
                fuzzInvariant(systemIDs.contains(lane.from) && systemIDs.contains(lane.to), "a lane to an unknown system was kept")
            }
        }
    }
    return 0
}
