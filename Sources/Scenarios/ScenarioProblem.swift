/// One thing wrong with a scenario file, located as file:line:column.
public struct ScenarioProblem: Error, Sendable, Equatable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var column: Int
    public var code: String
    public var message: String
    public var hint: String?

    public init(file: String, line: Int, column: Int, code: String, message: String, hint: String? = nil) {
        self.file = file
        self.line = line
        self.column = column
        self.code = code
        self.message = message
        self.hint = hint
    }

    public var description: String {
        "\(file):\(line):\(column): \(message)" + (hint.map { " (hint: \($0))" } ?? "") + " [\(code)]"
    }
}

/// Every problem of a scenario file; thrown when it cannot make a game.
public struct ScenarioProblems: Error, Sendable, Equatable, CustomStringConvertible {
    public var problems: [ScenarioProblem]

    public var description: String { problems.map(\.description).joined(separator: "\n") }
}
