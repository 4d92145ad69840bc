internal import Engine
import Foundation

/// One value of the report.
public enum BenchValue: Sendable, Equatable {
    case number(Double, decimals: Int)
    case integer(Int)
    case text(String)
    case flag(Bool)

    var jsonText: String {
        switch self {
        case .number(let value, let decimals):
            guard value.isFinite else { return "null" }
            return String(format: "%.\(decimals)f", value)
        case .integer(let value): return String(value)
        case .text(let text): return BenchReport.jsonString(text)
        case .flag(let value): return value ? "true" : "false"
        }
    }

    var tableText: String {
        switch self {
        case .number(let value, let decimals): return value.isFinite ? String(format: "%.\(decimals)f", value) : "n/a"
        case .integer(let value): return String(value)
        case .text(let text): return text
        case .flag(let value): return value ? "yes" : "no"
        }
    }
}

/// One line of the report: a JSON key path (dots nest objects) and how a person reads it.
public struct BenchRow: Sendable, Equatable {
    public var key: String
    public var value: BenchValue
    public var label: String
    public var unit: String
    /// Shown in the table only: the target, or why a figure is missing.
    public var note: String

    public init(key: String, value: BenchValue, label: String, unit: String = "", note: String = "") {
        self.key = key
        self.value = value
        self.label = label
        self.unit = unit
        self.note = note
    }
}

/// The rows of one measurement, under a title.
public struct BenchSection: Sendable, Equatable {
    public var title: String
    public var rows: [BenchRow] = []

    public init(title: String) {
        self.title = title
    }

    mutating func number(_ key: String, _ value: Double, decimals: Int = 2, _ label: String, unit: String = "", note: String = "") {
        rows.append(BenchRow(key: key, value: .number(value, decimals: decimals), label: label, unit: unit, note: note))
    }

    mutating func integer(_ key: String, _ value: Int, _ label: String, unit: String = "", note: String = "") {
        rows.append(BenchRow(key: key, value: .integer(value), label: label, unit: unit, note: note))
    }

    mutating func text(_ key: String, _ value: String, _ label: String, note: String = "") {
        rows.append(BenchRow(key: key, value: .text(value), label: label, note: note))
    }

    mutating func flag(_ key: String, _ value: Bool, _ label: String, note: String = "") {
        rows.append(BenchRow(key: key, value: .flag(value), label: label, note: note))
    }

    /// p50, p99 and friends of a latency, under `key`.
    mutating func latency(_ key: String, _ summary: LatencySummary?, _ label: String, unavailable: String? = nil, note: String = "") {
        guard let summary else {
            text(key + ".unavailable", unavailable ?? "no samples", label + ": unavailable")
            return
        }
        number(key + ".p50", summary.p50, decimals: 3, label + " p50", unit: "ms", note: note)
        number(key + ".p90", summary.p90, decimals: 3, label + " p90", unit: "ms")
        number(key + ".p99", summary.p99, decimals: 3, label + " p99", unit: "ms")
        number(key + ".max", summary.max, decimals: 3, label + " max", unit: "ms")
        integer(key + ".samples", summary.count, label + " samples")
    }
}

/// The whole run: a table for people, one JSON object for programs.
public struct BenchReport: Sendable {
    public var sections: [BenchSection] = []

    public init() {}

    public mutating func append(_ section: BenchSection) {
        sections.append(section)
    }

    public func table() -> String {
        var lines: [String] = []
        for section in sections {
            lines.append("")
            lines.append("== \(section.title) ==")
            for row in section.rows {
                var line = "  " + pad(row.label, 52) + " " + leftPad(row.value.tableText, 14)
                if !row.unit.isEmpty { line += " " + row.unit }
                if !row.note.isEmpty { line = pad(line, 76) + "  " + row.note }
                lines.append(line)
            }
        }
        return lines.joined(separator: "\n")
    }

    /// One object; dotted keys become nested objects, in the order they were added.
    public func json() -> String {
        let root = JSONNode()
        for row in sections.flatMap(\.rows) {
            root.insert(path: row.key.split(separator: ".").map(String.init), value: row.value.jsonText)
        }
        return root.render()
    }

    static func jsonString(_ text: String) -> String { JSONValue.quoted(text) }

    private func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text : text + String(repeating: " ", count: width - text.count)
    }

    private func leftPad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text : String(repeating: " ", count: width - text.count) + text
    }
}

/// An ordered JSON object under construction.
private final class JSONNode {
    var keys: [String] = []
    var children: [String: JSONNode] = [:]
    var leaves: [String: String] = [:]

    func insert(path: [String], value: String) {
        guard let first = path.first else { return }
        if path.count == 1 {
            if leaves[first] == nil, children[first] == nil { keys.append(first) }
            leaves[first] = value
            return
        }
        let child: JSONNode
        if let existing = children[first] {
            child = existing
        } else {
            child = JSONNode()
            children[first] = child
            if leaves[first] == nil { keys.append(first) }
        }
        child.insert(path: Array(path.dropFirst()), value: value)
    }

    func render() -> String {
        let members = keys.map { key -> String in
            let value = children[key]?.render() ?? leaves[key] ?? "null"
            return BenchReport.jsonString(key) + ":" + value
        }
        return "{" + members.joined(separator: ",") + "}"
    }
}
