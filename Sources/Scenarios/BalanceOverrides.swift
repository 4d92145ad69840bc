internal import Engine
internal import Foundation
internal import KDL

/// Applies `balance { military-cost 20 ... }` to the default rules.
///
/// Names are GameConfig's fields in kebab-case; the config is round-tripped
/// through its JSON form so every field the rules gain is overridable without
/// touching this file.
struct BalanceOverrides {
    let file: String
    private(set) var problems: [ScenarioProblem] = []

    init(file: String) {
        self.file = file
    }

    mutating func apply(_ nodes: [KDLNode], to config: GameConfig) -> GameConfig {
        guard !nodes.isEmpty,
            let encoded = try? JSONEncoder().encode(config),
            var fields = (try? JSONSerialization.jsonObject(with: encoded)) as? [String: Any]
        else { return config }
        for node in nodes {
            let key = Self.camelCase(node.name)
            guard let current = fields[key] else {
                let known = fields.keys.sorted().map(Self.kebabCase).joined(separator: ", ")
                report(node, "scenario.unknown_balance_key", "no balance number is called \"\(node.name)\"", hint: "known: \(known)")
                continue
            }
            guard node.arguments.count == 1, let value = node.arguments.first, node.properties.isEmpty else {
                report(node, "scenario.bad_arguments", "\"\(node.name)\" takes exactly one value")
                continue
            }
            if current is String {
                guard let text = value.stringValue else {
                    report(node, "scenario.wrong_type", "\"\(node.name)\" takes a string")
                    continue
                }
                fields[key] = text
            } else {
                guard let number = value.intValue else {
                    report(node, "scenario.wrong_type", "\"\(node.name)\" takes a whole number, not \(value.kindName)")
                    continue
                }
                fields[key] = number
            }
        }
        guard let data = try? JSONSerialization.data(withJSONObject: fields) else { return config }
        do {
            return try JSONDecoder().decode(GameConfig.self, from: data)
        } catch {
            report(nodes[0], "scenario.bad_balance", "the balance block does not make valid rules: \(error)")
            return config
        }
    }

    mutating func report(_ node: KDLNode, _ code: String, _ message: String, hint: String? = nil) {
        problems.append(ScenarioProblem(file: file, line: node.location?.line ?? 1, column: node.location?.column ?? 1, code: code, message: message, hint: hint))
    }

    static func camelCase(_ kebab: String) -> String {
        let parts = kebab.split(separator: "-")
        guard let first = parts.first else { return kebab }
        return String(first) + parts.dropFirst().map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
    }

    static func kebabCase(_ camel: String) -> String {
        var result = ""
        for character in camel {
            if character.isUppercase {
                result += "-" + character.lowercased()
            } else {
                result.append(character)
            }
        }
        return result
    }
}
