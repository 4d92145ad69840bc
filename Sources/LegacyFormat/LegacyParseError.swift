/// One problem found in a legacy file, located precisely enough for a person to fix it:
/// the file, the 1-based line and the text of that line.
public struct LegacyParseError: Error, Sendable, Hashable, Codable, CustomStringConvertible {
    /// Stable, machine-readable identifiers; the raw values are part of the report format.
    public enum Code: String, Sendable, Hashable, Codable, CaseIterable {
        // Any line-based file
        case invalidUTF8 = "legacy.invalid_utf8"
        case badFieldCount = "legacy.bad_field_count"
        case badInteger = "legacy.bad_integer"
        // systems.txt
        case badSystemID = "legacy.bad_system_id"
        case badPlayer = "legacy.bad_player"
        case ringMismatch = "legacy.ring_mismatch"
        case duplicateSystemID = "legacy.duplicate_system_id"
        case duplicateCoordinates = "legacy.duplicate_coordinates"
        case duplicateHome = "legacy.duplicate_home"
        case noSystems = "legacy.no_systems"
        // lanes.txt
        case unknownLaneType = "legacy.unknown_lane_type"
        case selfLane = "legacy.self_lane"
        case laneUnknownSystem = "legacy.lane_unknown_system"
        // game_info.txt
        case missingTitle = "legacy.missing_title"
        case badKeyValue = "legacy.bad_key_value"
        case duplicateKey = "legacy.duplicate_key"
        // game_config.toml: syntax of the TOML subset
        case tomlSyntax = "legacy.toml_syntax"
        case tomlBadValue = "legacy.toml_bad_value"
        case tomlUnsupported = "legacy.toml_unsupported"
        case tomlDuplicateKey = "legacy.toml_duplicate_key"
        // game_config.toml: meaning of known keys
        case configTypeMismatch = "legacy.config_type_mismatch"
        case configBadValue = "legacy.config_bad_value"
        // The game folder as a whole
        case missingFile = "legacy.missing_file"
        case unreadableFile = "legacy.unreadable_file"
    }

    public var code: Code
    /// File name as the user knows it, e.g. `game_data/lanes.txt`.
    public var file: String
    /// 1-based line number; `nil` when the problem concerns the whole file (e.g. it is missing or empty).
    public var line: Int?
    /// The offending line as read (BOM, line ending and surrounding blanks removed).
    public var text: String
    /// Human explanation, in English.
    public var message: String

    public init(code: Code, file: String, line: Int?, text: String, message: String) {
        self.code = code
        self.file = file
        self.line = line
        self.text = text
        self.message = message
    }

    public var description: String {
        LegacyFinding.describe(file: file, line: line, text: text, message: message, code: code.rawValue)
    }
}

/// How errors and warnings name their place: `file:line: message (code) [text]`.
enum LegacyFinding {
    static func describe(file: String, line: Int?, text: String, message: String, code: String) -> String {
        let place = line.map { "\(file):\($0)" } ?? file
        let quoted = text.isEmpty ? "" : " [\(text)]"
        return "\(place): \(message) (\(code))\(quoted)"
    }
}

/// Every error found while reading one file (or one game), thrown together so a user fixes all of them in one pass.
public struct LegacyParseFailure: Error, Sendable, Hashable, Codable, CustomStringConvertible {
    public var errors: [LegacyParseError]

    public init(errors: [LegacyParseError]) {
        self.errors = errors
    }

    public var description: String {
        errors.map(\.description).joined(separator: "\n")
    }
}
