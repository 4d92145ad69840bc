/// One thing wrong with a submission: a stable code, where it is (a JSON
/// path such as `fleet_orders[2].to`) and a plain-English explanation.
public struct OrderError: Error, Sendable, Codable, Equatable, CustomStringConvertible {
    public var code: String
    public var path: String
    public var message: String

    public init(code: String, path: String, message: String) {
        self.code = code
        self.path = path
        self.message = message
    }

    public var description: String { "\(path): \(message) [\(code)]" }
}
