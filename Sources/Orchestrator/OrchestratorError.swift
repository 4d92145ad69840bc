/// A use case that could not be carried out, with a stable code and a message for the user.
public struct OrchestratorError: Error, Sendable, Equatable, CustomStringConvertible {
    public var code: String
    public var message: String

    public init(code: String, message: String) {
        self.code = code
        self.message = message
    }

    public var description: String { message }
}
