/// Reads a legacy `game_config.toml` in any of its three styles into a `LegacyConfig`.
/// Keys at the root and in `[game]` are mapped; camelCase and snake_case spellings are equivalent.
/// Unknown keys and tables are kept and reported as warnings; wrong types and syntax are errors.
public enum LegacyConfigParser {
    public static let fileName = "game_config.toml"
    /// The one table the long template form uses.
    public static let gameTable = "game"

    public static func parse(
        _ bytes: [UInt8], file: String = fileName
    ) throws(LegacyParseFailure) -> (config: LegacyConfig, warnings: [LegacyParseWarning]) {
        let result = read(bytes, file: file)
        guard result.errors.isEmpty else { throw LegacyParseFailure(errors: result.errors) }
        return (result.config, result.warnings)
    }

    public static func parse(
        _ text: String, file: String = fileName
    ) throws(LegacyParseFailure) -> (config: LegacyConfig, warnings: [LegacyParseWarning]) {
        try parse(Array(text.utf8), file: file)
    }

    /// Collecting form: whatever could be mapped, plus all warnings and errors.
    public static func read(
        _ bytes: [UInt8], file: String = fileName
    ) -> (config: LegacyConfig, warnings: [LegacyParseWarning], errors: [LegacyParseError]) {
        let (lines, lineErrors) = LegacyTextLines.split(bytes, file: file)
        let (document, syntaxErrors) = LegacyTOMLParser.parse(lines, file: file)
        var errors = lineErrors + syntaxErrors
        var warnings: [LegacyParseWarning] = []
        var config = LegacyConfig()
        var lineOfField: [LegacyConfigField: (key: String, line: Int)] = [:]
        var sawCamel = false
        var sawSnake = false

        for header in document.tables where header.name != gameTable {
            warnings.append(
                LegacyParseWarning(
                    code: .unknownConfigTable, file: file, line: header.line.number, text: header.line.text,
                    message: "table [\(header.name)] is not part of the legacy config; its keys are kept unmapped"
                ))
        }
        config.usesGameTable = document.tables.contains { $0.name == gameTable }

        for entry in document.entries {
            if let table = entry.table, table != gameTable {
                config.unmappedSettings.append(.init(key: "\(table).\(entry.key)", value: entry.value, line: entry.line.number))
                continue
            }
            sawCamel = sawCamel || entry.key.contains(where: \.isUppercase)
            sawSnake = sawSnake || entry.key.contains("_")

            guard let field = LegacyConfigField(key: entry.key) else {
                config.unmappedSettings.append(.init(key: entry.key, value: entry.value, line: entry.line.number))
                warnings.append(
                    LegacyParseWarning(
                        code: .unknownConfigKey, file: file, line: entry.line.number, text: entry.line.text,
                        message: "key '\(entry.key)' is not used by the migration; its value is kept"
                    ))
                continue
            }
            let error = { (code: LegacyParseError.Code, message: String) in
                LegacyParseError(code: code, file: file, line: entry.line.number, text: entry.line.text, message: message)
            }
            if let first = lineOfField[field] {
                errors.append(error(.tomlDuplicateKey, "'\(entry.key)' sets the same setting as '\(first.key)' on line \(first.line)"))
                continue
            }
            lineOfField[field] = (entry.key, entry.line.number)
            config.lineOfSetting[field.camelCaseKey] = entry.line.number
            if let problem = field.apply(entry.value, to: &config) {
                errors.append(error(problem.code, "'\(entry.key)': \(problem.message)"))
            }
        }

        config.keyStyle =
            switch (sawCamel, sawSnake) {
            case (true, true): .mixed
            case (true, false): .camelCase
            case (false, true): .snakeCase
            case (false, false): .undetermined
            }
        return (config, warnings.inLineOrder(), errors.inLineOrder())
    }

    public static func read(
        _ text: String, file: String = fileName
    ) -> (config: LegacyConfig, warnings: [LegacyParseWarning], errors: [LegacyParseError]) {
        read(Array(text.utf8), file: file)
    }
}
