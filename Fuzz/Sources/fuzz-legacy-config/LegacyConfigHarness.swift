internal import FuzzSupport
internal import LegacyFuzzChecks
internal import LegacyFormat

/// Any bytes as a game_config.toml (the TOML subset parser and the key mapping behind it).
func legacyConfigTestOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = fuzzBytes(data, size)
    let file = "game_config.toml"
    let result = LegacyConfigParser.read(bytes, file: file)
    checkLegacyErrors(result.errors, file: file, input: bytes)
    checkLegacyWarnings(result.warnings, file: file, input: bytes)
    let lineCount = bytes.reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
    for setting in result.config.unmappedSettings {
        fuzzInvariant((1...lineCount).contains(setting.line), "setting \(setting.key) on line \(setting.line)")
    }
    let thrown: Bool
    do {
        _ = try LegacyConfigParser.parse(bytes, file: file)
        thrown = false
    } catch { thrown = true }
    fuzzInvariant(thrown == !result.errors.isEmpty, "parse throws \(thrown) but read found \(result.errors.count) errors")
    return 0
}
