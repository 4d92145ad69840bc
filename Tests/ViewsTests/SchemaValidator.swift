import Foundation

/// A small JSON Schema (draft 2020-12) validator covering exactly the
/// keywords the EC4X schemas use. A keyword it does not know is an error, so a
/// schema can never silently use something that is not being checked.
struct SchemaValidator {
    struct Problem: Equatable, CustomStringConvertible {
        var path: String
        var message: String
        var description: String { "\(path): \(message)" }
    }

    struct UnsupportedKeyword: Error, CustomStringConvertible {
        var keyword: String
        var description: String { "the test validator does not support \"\(keyword)\"" }
    }

    static let annotations: Set<String> = ["$schema", "$id", "$defs", "title", "description"]
    static let supported: Set<String> = [
        "type", "properties", "required", "additionalProperties", "items", "enum", "const", "minimum", "maximum",
        "minLength", "minItems", "maxItems", "pattern", "$ref", "allOf", "if", "then", "else",
    ]

    let root: JSONTree

    init(schema: String) throws {
        root = try JSONTree.parse(schema)
        try Self.checkKeywords(root)
    }

    /// Every keyword of every subschema must be one this validator implements.
    static func checkKeywords(_ schema: JSONTree) throws {
        guard case .object(let members) = schema else { return }
        for (key, value) in members {
            guard annotations.contains(key) || supported.contains(key) else { throw UnsupportedKeyword(keyword: key) }
            switch key {
            case "properties", "$defs":
                for sub in value.objectValue?.values.map({ $0 }) ?? [] { try checkKeywords(sub) }
            case "allOf":
                for sub in value.arrayValue ?? [] { try checkKeywords(sub) }
            case "additionalProperties", "items", "if", "then", "else":
                try checkKeywords(value)
            default:
                break
            }
        }
    }

    func validate(_ instance: JSONTree) -> [Problem] {
        var problems: [Problem] = []
        check(instance, against: root, path: "$", problems: &problems)
        return problems
    }

    func validate(_ data: Data) throws -> [Problem] { validate(try JSONTree.parse(data)) }

    private func resolve(_ reference: String) -> JSONTree? {
        guard reference.hasPrefix("#/") else { return nil }
        var node: JSONTree? = root
        for part in reference.dropFirst(2).split(separator: "/") { node = node?[String(part)] }
        return node
    }

    private func check(_ value: JSONTree, against schema: JSONTree, path: String, problems: inout [Problem]) {
        func fail(_ message: String) { problems.append(Problem(path: path, message: message)) }
        switch schema {
        case .bool(true): return
        case .bool(false): return fail("no value is allowed here")
        case .object: break
        default: return fail("schema is neither an object nor a boolean")
        }
        if let reference = schema["$ref"]?.stringValue {
            guard let target = resolve(reference) else { return fail("unresolvable $ref \(reference)") }
            check(value, against: target, path: path, problems: &problems)
        }
        if let type = schema["type"] {
            let allowed = type.arrayValue?.compactMap(\.stringValue) ?? [type.stringValue ?? ""]
            if !allowed.contains(where: { Self.matches(value, type: $0) }) { fail("expected \(allowed.joined(separator: " or "))") }
        }
        if let options = schema["enum"]?.arrayValue, !options.contains(value) { fail("not one of the allowed values") }
        if let constant = schema["const"], constant != value { fail("must be exactly \(constant)") }
        if let number = Self.number(value) {
            if let minimum = schema["minimum"].flatMap(Self.number), number < minimum { fail("below the minimum \(minimum)") }
            if let maximum = schema["maximum"].flatMap(Self.number), number > maximum { fail("above the maximum \(maximum)") }
        }
        if case .string(let text) = value {
            if let minimum = schema["minLength"]?.intValue, text.count < minimum { fail("shorter than \(minimum)") }
            if let pattern = schema["pattern"]?.stringValue {
                if let regex = try? Regex(pattern) {
                    if (try? regex.firstMatch(in: text)) == nil { fail("does not match \(pattern)") }
                } else {
                    fail("bad pattern \(pattern)")
                }
            }
        }
        if case .array(let items) = value {
            if let minimum = schema["minItems"]?.intValue, items.count < minimum { fail("fewer than \(minimum) items") }
            if let maximum = schema["maxItems"]?.intValue, items.count > maximum { fail("more than \(maximum) items") }
            if let itemSchema = schema["items"] {
                for (index, item) in items.enumerated() { check(item, against: itemSchema, path: "\(path)[\(index)]", problems: &problems) }
            }
        }
        if case .object(let members) = value {
            let properties = schema["properties"]?.objectValue ?? [:]
            for key in schema["required"]?.arrayValue?.compactMap(\.stringValue) ?? [] where members[key] == nil {
                fail("missing required \"\(key)\"")
            }
            for key in members.keys.sorted() {
                if let propertySchema = properties[key] {
                    check(members[key]!, against: propertySchema, path: "\(path).\(key)", problems: &problems)
                } else if let additional = schema["additionalProperties"] {
                    check(members[key]!, against: additional, path: "\(path).\(key)", problems: &problems)
                }
            }
        }
        for sub in schema["allOf"]?.arrayValue ?? [] { check(value, against: sub, path: path, problems: &problems) }
        if let condition = schema["if"] {
            var scratch: [Problem] = []
            check(value, against: condition, path: path, problems: &scratch)
            if scratch.isEmpty {
                if let then = schema["then"] { check(value, against: then, path: path, problems: &problems) }
            } else if let otherwise = schema["else"] {
                check(value, against: otherwise, path: path, problems: &problems)
            }
        }
    }

    static func matches(_ value: JSONTree, type: String) -> Bool {
        switch (type, value) {
        case ("null", .null), ("boolean", .bool), ("integer", .integer), ("number", .integer), ("number", .number),
            ("string", .string), ("array", .array), ("object", .object):
            true
        default: false
        }
    }

    static func number(_ value: JSONTree) -> Double? {
        switch value {
        case .integer(let number): Double(number)
        case .number(let number): number
        default: nil
        }
    }
}
