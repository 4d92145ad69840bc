internal import Foundation
internal import Games
internal import MCP

/// What a tool call returns: text blocks (JSON or Markdown) and whether it is
/// an error. Errors are results, not protocol failures, so the agent reads
/// the codes and fixes its file.
struct ToolAnswer: Sendable, Equatable {
    var texts: [String]
    var isError: Bool

    static func text(_ texts: String..., isError: Bool = false) -> ToolAnswer {
        ToolAnswer(texts: texts, isError: isError)
    }

    /// A refusal with a stable code, in the shape of a receipt's error.
    static func refusal(_ code: String, _ message: String) -> ToolAnswer {
        ToolAnswer(texts: [JSONText.of(["errors": [["code": code, "path": "$", "message": message]]])], isError: true)
    }

    var result: CallTool.Result {
        CallTool.Result(content: texts.map { .text(text: $0, annotations: nil, _meta: nil) }, isError: isError)
    }
}

/// JSON text with sorted keys, as every tool returns it.
enum JSONText {
    static func of(_ object: Any) -> String {
        guard let data = try? JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]) else { return "{}" }
        return String(decoding: data, as: UTF8.self)
    }

    static func of<T: Encodable>(encoding value: T) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(value) else { return "{}" }
        return String(decoding: data, as: UTF8.self)
    }

    static func object(at url: URL) -> [String: Any]? {
        // Never through a link a player planted in its folder (DESIGN.md §4).
        guard let data = DirectoryHandle.contents(of: url), !data.isEmpty else { return nil }
        return (try? JSONSerialization.jsonObject(with: data)) as? [String: Any]
    }
}
