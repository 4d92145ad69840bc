/// Something in a legacy file that the migration tolerates but the user should hear about
/// (a setting it does not use, a count that disagrees with the map, ...).
public struct LegacyParseWarning: Sendable, Hashable, Codable, CustomStringConvertible {
    /// Stable, machine-readable identifiers; the raw values are part of the report format.
    public enum Code: String, Sendable, Hashable, Codable, CaseIterable {
        /// A config key the migration does not map; its value is kept in `LegacyConfig.unmappedSettings`.
        case unknownConfigKey = "legacy.unknown_config_key"
        /// A config table other than `[game]`; its keys are kept as `table.key`.
        case unknownConfigTable = "legacy.unknown_config_table"
        /// The number of homes in systems.txt disagrees with the config or game_info.txt.
        case playerCountMismatch = "legacy.player_count_mismatch"
        /// Home player indices are not 0, 1, 2, ... without gaps.
        case playerIndicesNotContiguous = "legacy.player_indices_not_contiguous"
        /// A count in game_info.txt disagrees with the map that was read.
        case gameInfoCountMismatch = "legacy.game_info_count_mismatch"
    }

    public var code: Code
    public var file: String
    /// 1-based line number; `nil` when the warning concerns a whole file.
    public var line: Int?
    public var text: String
    public var message: String

    public init(code: Code, file: String, line: Int?, text: String, message: String) {
        self.code = code
        self.file = file
        self.line = line
        self.text = text
        self.message = message
    }

    public var description: String {
        LegacyFinding.describe(file: file, line: line, text: text, message: "warning: " + message, code: code.rawValue)
    }
}
