/// The names an order file may use, shared by the JSON and KDL readers.
enum OrderFileFields {
    static let header: Set<String> = ["game", "house", "turn", "token", "state_hash", "ready"]
    static let sections: Set<String> = ["fleet_orders", "builds", "diplomacy"]
    static let fleetOrder: Set<String> = ["fleet", "order", "to", "target", "ships", "name"]
    /// The keys of a detach order's `ships`.
    static let shipClasses: Set<String> = ["military", "spacelift"]
    static let build: Set<String> = ["colony", "item", "quantity"]
    static let diplomacy: Set<String> = ["house", "propose"]

    static func fields(ofSection section: String) -> Set<String> {
        switch section {
        case "fleet_orders": fleetOrder
        case "builds": build
        default: diplomacy
        }
    }

    /// Fields an entry of `section` cannot do without.
    static func required(ofSection section: String) -> [String] {
        switch section {
        case "fleet_orders": ["fleet", "order"]
        case "builds": ["colony", "item"]
        default: ["house", "propose"]
        }
    }
}

/// A value read from either format, before it is checked for its field.
enum OrderFileValue {
    /// A member of an object value, with where its key is (when the format says).
    struct Member {
        var key: String
        var value: OrderFileValue
        var line: Int?
        var column: Int?
    }

    case string(String)
    case integer(Int)
    case bool(Bool)
    case object([Member])
    case other(String)

    var kindName: String {
        switch self {
        case .string: "a string"
        case .integer: "a whole number"
        case .bool: "true or false"
        case .object: "an object"
        case .other(let name): name
        }
    }
}

/// Collects the fields of one entry or header, checking types, and every error.
struct OrderFileCollector {
    var errors = SubmissionErrorList()

    mutating func string(_ value: OrderFileValue?, path: String, location: (Int, Int)? = nil) -> String? {
        guard let value else { return nil }
        if case .string(let text) = value { return text }
        errors.append(SubmissionError(code: .fieldWrongType, path: path, message: "\(path) must be a string, not \(value.kindName)", line: location?.0, column: location?.1))
        return nil
    }

    mutating func integer(_ value: OrderFileValue?, path: String, location: (Int, Int)? = nil) -> Int? {
        guard let value else { return nil }
        if case .integer(let number) = value { return number }
        errors.append(SubmissionError(code: .fieldWrongType, path: path, message: "\(path) must be a whole number, not \(value.kindName)", line: location?.0, column: location?.1))
        return nil
    }

    mutating func bool(_ value: OrderFileValue?, path: String, location: (Int, Int)? = nil) -> Bool? {
        guard let value else { return nil }
        if case .bool(let flag) = value { return flag }
        errors.append(SubmissionError(code: .fieldWrongType, path: path, message: "\(path) must be true or false, not \(value.kindName)", line: location?.0, column: location?.1))
        return nil
    }

    mutating func unknown(_ key: String, path: String, known: Set<String>, location: (Int, Int)? = nil) {
        errors.append(
            SubmissionError(
                code: .fieldUnknown, path: path,
                message: "\(path) is not a field here; known fields: \(known.sorted().joined(separator: ", "))",
                line: location?.0, column: location?.1
            ))
    }

    /// A name given twice where it may appear once; the first stands in the message, neither is used.
    mutating func duplicateKey(path: String, location: (Int, Int)?, first: (Int, Int)? = nil) {
        let earlier = first.map { " (first at line \($0.0), column \($0.1))" } ?? ""
        errors.append(
            SubmissionError(
                code: .fieldDuplicateKey, path: path, message: "\(path) is given twice\(earlier); keep one", line: location?.0, column: location?.1))
    }

    mutating func missing(_ key: String, path: String, location: (Int, Int)? = nil) {
        errors.append(SubmissionError(code: .fieldMissing, path: path, message: "\(path) is required", line: location?.0, column: location?.1))
    }
}
