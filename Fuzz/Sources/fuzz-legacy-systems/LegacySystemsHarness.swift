internal import FuzzSupport
internal import LegacyFuzzChecks
internal import LegacyFormat

/// Any bytes as a systems.txt; what parses cleanly is then put through the map repair on its own.
func legacySystemsTestOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = fuzzBytes(data, size)
    let file = "game_data/systems.txt"
    let (systems, errors) = LegacySystemsParser.read(bytes, file: file)
    checkLegacyErrors(errors, file: file, input: bytes)
    let lineCount = bytes.reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
    fuzzInvariant(Set(systems.map(\.legacyID)).count == systems.count, "a repeated id was kept")
    for system in systems {
        fuzzInvariant((1...lineCount).contains(system.line), "system \(system.legacyID) on line \(system.line)")
    }
    let map = LegacyMapRepair.repair(systems: systems, lanes: [])
    fuzzInvariant(map.lanes.isEmpty, "repair invented lanes")
    return 0
}
