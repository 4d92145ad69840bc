/// The legacy config keys the migration understands, with their two accepted spellings
/// and how each value is checked before it lands in `LegacyConfig`.
enum LegacyConfigField: CaseIterable, Hashable {
    case gameName, hostName, gameDescription, serverIP, port
    case numEmpires, turnDuration, gameLength, startYear, mapSeed
    case ringMultiplier, allowCustomRings, victoryConditions, prestigeTarget

    /// The spelling of the original camelCase configs.
    var camelCaseKey: String {
        switch self {
        case .gameName: "gameName"
        case .hostName: "hostName"
        case .gameDescription: "gameDescription"
        case .serverIP: "serverIp"
        case .port: "port"
        case .numEmpires: "numEmpires"
        case .turnDuration: "turnDuration"
        case .gameLength: "gameLength"
        case .startYear: "startYear"
        case .mapSeed: "mapSeed"
        case .ringMultiplier: "ringMultiplier"
        case .allowCustomRings: "allowCustomRings"
        case .victoryConditions: "victoryConditions"
        case .prestigeTarget: "prestigeTarget"
        }
    }

    /// `serverIp` -> `server_ip`: the later snake_case configs follow this rule.
    var snakeCaseKey: String {
        var key = ""
        for character in camelCaseKey {
            if character.isUppercase {
                key += "_" + character.lowercased()
            } else {
                key.append(character)
            }
        }
        return key
    }

    private static let byKey: [String: LegacyConfigField] = {
        var table: [String: LegacyConfigField] = [:]
        for field in allCases {
            table[field.camelCaseKey] = field
            table[field.snakeCaseKey] = field
        }
        return table
    }()

    /// Exact spellings only: `GameName` or `gamename` are unknown keys, not guesses.
    init?(key: String) {
        guard let field = Self.byKey[key] else { return nil }
        self = field
    }

    struct Problem {
        var code: LegacyParseError.Code
        var message: String
    }

    /// Stores `value` in its field, or explains why it cannot be used.
    func apply(_ value: LegacyTOMLValue, to config: inout LegacyConfig) -> Problem? {
        do throws(LegacyConfigField.Problem) {
            switch self {
            case .gameName: config.gameName = try string(value)
            case .hostName: config.hostName = try string(value)
            case .gameDescription: config.gameDescription = try string(value)
            case .serverIP: config.serverIP = try string(value)
            case .port: config.port = try port(value)
            case .numEmpires: config.numEmpires = try integer(value, atLeast: 1)
            case .turnDuration: config.turnDurationHours = try integer(value, atLeast: 1)
            case .gameLength: config.gameLength = try integer(value, atLeast: 1)
            case .startYear: config.startYear = try integer(value)
            case .mapSeed: config.mapSeed = try integer(value)
            case .ringMultiplier: config.ringMultiplier = try positiveNumber(value)
            case .allowCustomRings: config.allowCustomRings = try bool(value)
            case .victoryConditions: config.victoryConditions = try strings(value)
            case .prestigeTarget: config.prestigeTarget = try integer(value, atLeast: 0)
            }
            return nil
        } catch {
            return error
        }
    }

    private func mismatch(_ expected: String, _ value: LegacyTOMLValue) -> Problem {
        Problem(code: .configTypeMismatch, message: "expected \(expected), found \(value.typeName)")
    }

    private func string(_ value: LegacyTOMLValue) throws(Problem) -> String {
        guard case .string(let text) = value else { throw mismatch("a string", value) }
        return text
    }

    private func integer(_ value: LegacyTOMLValue, atLeast minimum: Int? = nil) throws(Problem) -> Int {
        guard case .integer(let number) = value else { throw mismatch("an integer", value) }
        if let minimum, number < minimum {
            throw Problem(code: .configBadValue, message: "\(number) is below the minimum \(minimum)")
        }
        return number
    }

    /// The old tool wrote `port = "8080"`; accept that and a bare integer, and check the range either way.
    private func port(_ value: LegacyTOMLValue) throws(Problem) -> Int {
        let number: Int
        switch value {
        case .integer(let integer):
            number = integer
        case .string(let text):
            guard let parsed = Int(text), text.allSatisfy(\.isASCII), text.allSatisfy(\.isNumber) else {
                throw Problem(code: .configBadValue, message: "port \"\(text)\" is not a number")
            }
            number = parsed
        default:
            throw mismatch("a port number or a string holding one", value)
        }
        guard (1...65_535).contains(number) else {
            throw Problem(code: .configBadValue, message: "port \(number) is outside 1...65535")
        }
        return number
    }

    private func positiveNumber(_ value: LegacyTOMLValue) throws(Problem) -> Double {
        let number: Double
        switch value {
        case .float(let float): number = float
        case .integer(let integer): number = Double(integer)
        default: throw mismatch("a number", value)
        }
        guard number.isFinite, number > 0 else {
            throw Problem(code: .configBadValue, message: "\(number) is not a positive finite number")
        }
        return number
    }

    private func bool(_ value: LegacyTOMLValue) throws(Problem) -> Bool {
        guard case .bool(let flag) = value else { throw mismatch("true or false", value) }
        return flag
    }

    private func strings(_ value: LegacyTOMLValue) throws(Problem) -> [String] {
        guard case .array(let elements) = value else { throw mismatch("an array of strings", value) }
        return try elements.map { (element) throws(Problem) -> String in
            guard case .string(let text) = element else { throw mismatch("an array of strings", element) }
            return text
        }
    }
}

extension LegacyConfigField.Problem: Error {}
