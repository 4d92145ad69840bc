/// Reads a legacy `game_info.txt`: the first non-blank line is the title, every later line is `Key: value`.
public enum LegacyGameInfoParser {
    public static let fileName = "game_info.txt"

    public static func parse(_ bytes: [UInt8], file: String = fileName) throws(LegacyParseFailure) -> LegacyGameInfo {
        let (info, errors) = read(bytes, file: file)
        guard errors.isEmpty, let info else { throw LegacyParseFailure(errors: errors) }
        return info
    }

    public static func parse(_ text: String, file: String = fileName) throws(LegacyParseFailure) -> LegacyGameInfo {
        try parse(Array(text.utf8), file: file)
    }

    /// Collecting form. `info` is nil only when the file has no line at all.
    public static func read(_ bytes: [UInt8], file: String = fileName) -> (info: LegacyGameInfo?, errors: [LegacyParseError]) {
        let (lines, lineErrors) = LegacyTextLines.split(bytes, file: file)
        var errors = lineErrors
        guard let first = lines.first else {
            errors.append(LegacyParseError(code: .missingTitle, file: file, line: nil, text: "", message: "the file is empty; expected a title line"))
            return (nil, errors)
        }

        var info = LegacyGameInfo(title: first.text)
        var keyLines = lines.dropFirst()
        // A first line that is one of the known counts means the title was left out; reading it as the
        // title would silently lose the count.
        if let (key, _) = splitKeyValue(first.text), countKeys.contains(normalizedKey(key)) || normalizedKey(key) == "created" {
            errors.append(error(.missingTitle, first, file, "the first line should be the game title, found the '\(key)' entry"))
            info.title = ""
            keyLines = lines[...]
        }

        var lineOfKey: [String: Int] = [:]
        for line in keyLines {
            guard let (key, value) = splitKeyValue(line.text) else {
                errors.append(error(.badKeyValue, line, file, "expected 'Key: value'"))
                continue
            }
            let normalized = normalizedKey(key)
            if let firstLine = lineOfKey[normalized] {
                errors.append(error(.duplicateKey, line, file, "key '\(key)' already appears on line \(firstLine)"))
                continue
            }
            lineOfKey[normalized] = line.number
            info.entries.append(.init(key: key, value: value, line: line.number))

            switch normalized {
            case "players", "systems", "jump lanes":
                guard let count = Int(value), count >= 0, !value.hasPrefix("+") else {
                    errors.append(error(.badInteger, line, file, "'\(key)' must be a non-negative integer, found '\(value)'"))
                    continue
                }
                switch normalized {
                case "players": info.players = count
                case "systems": info.systems = count
                default: info.jumpLanes = count
                }
            case "created":
                info.created = value
            default:
                break  // other keys stay available through `entries`
            }
        }
        return (info, errors.inLineOrder())
    }

    public static func read(_ text: String, file: String = fileName) -> (info: LegacyGameInfo?, errors: [LegacyParseError]) {
        read(Array(text.utf8), file: file)
    }

    static let countKeys: Set<String> = ["players", "systems", "jump lanes"]

    /// Lowercased, blanks collapsed: `Jump  Lanes` and `jump lanes` are the same key.
    static func normalizedKey(_ key: String) -> String {
        key.lowercased().split(whereSeparator: { $0 == " " || $0 == "\t" }).joined(separator: " ")
    }

    /// Splits at the first colon (values such as timestamps contain more); the key must not be empty.
    private static func splitKeyValue(_ text: String) -> (key: String, value: String)? {
        guard let colon = text.firstIndex(of: ":") else { return nil }
        let key = text[..<colon].trimmingBlanks()
        guard !key.isEmpty else { return nil }
        return (key, text[text.index(after: colon)...].trimmingBlanks())
    }

    private static func error(_ code: LegacyParseError.Code, _ line: LegacyLine, _ file: String, _ message: String) -> LegacyParseError {
        LegacyParseError(code: code, file: file, line: line.number, text: line.text, message: message)
    }
}
