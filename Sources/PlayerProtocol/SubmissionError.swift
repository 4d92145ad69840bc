public import Engine

/// One thing wrong with an order file: a stable code, where (a JSON path, and
/// line and column for KDL or JSON syntax), and a plain-English message.
public struct SubmissionError: Sendable, Codable, Equatable {
    public var code: SubmissionErrorCode
    public var path: String
    public var message: String
    public var line: Int?
    public var column: Int?

    public init(code: SubmissionErrorCode, path: String, message: String, line: Int? = nil, column: Int? = nil) {
        self.code = code
        self.path = path
        self.message = message
        self.line = line
        self.column = column
    }
}

extension SubmissionError {
    /// A finding of the orders' checks, as a submission error.
    public init(_ error: OrderError) {
        self.init(code: SubmissionErrorCode(error.code), path: error.path, message: error.message)
    }
}
