/// One thing wrong with an order file: a stable code, where (a JSON path, and
/// line and column for KDL or JSON syntax), and a plain-English message.
public struct SubmissionError: Sendable, Codable, Equatable {
    public var code: String
    public var path: String
    public var message: String
    public var line: Int?
    public var column: Int?

    public init(code: String, path: String, message: String, line: Int? = nil, column: Int? = nil) {
        self.code = code
        self.path = path
        self.message = message
        self.line = line
        self.column = column
    }
}
