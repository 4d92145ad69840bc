internal import Engine
internal import Foundation

/// `get_rules`: the rules in brief, written for a model, followed by this
/// game's numbers as frozen into it at creation (a scenario may change any).
/// The brief is compiled in, so a lone binary can answer.
enum RulesBrief {
    static func text(config: GameConfig, turnLimit: Int?) -> String {
        var text = String(decoding: PackageResources.brief_md, as: UTF8.self)
        text += "\n## This game's numbers\n"
        if let turnLimit { text += "The game ends when turn \(turnLimit) is resolved.\n" }
        text += "Every number of the rules, by its name above:\n\n```json\n"
        text += JSONText.of(encoding: config)
        text += "\n```\n"
        return text
    }
}
