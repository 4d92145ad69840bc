internal import Engine
internal import Foundation

/// Reads a JSON order file (DESIGN.md §4), reporting every problem with its path.
/// Pure: the fuzz targets and every transport read order files through it.
public enum JSONOrderFileReader {
    /// JSON as a tree, decoded by JSONDecoder so that true and 1 stay different.
    enum Tree: Decodable {
        case null
        case bool(Bool)
        case integer(Int)
        case number(Double)
        case string(String)
        case array([Tree])
        case object([String: Tree])

        init(from decoder: any Decoder) throws {
            let container = try decoder.singleValueContainer()
            if container.decodeNil() {
                self = .null
            } else if let value = try? container.decode(Bool.self) {
                self = .bool(value)
            } else if let value = try? container.decode(Int.self) {
                self = .integer(value)
            } else if let value = try? container.decode(Double.self) {
                self = .number(value)
            } else if let value = try? container.decode(String.self) {
                self = .string(value)
            } else if let value = try? container.decode([Tree].self) {
                self = .array(value)
            } else {
                self = .object(try container.decode([String: Tree].self))
            }
        }

        var value: OrderFileValue {
            switch self {
            case .string(let text): .string(text)
            case .integer(let number): .integer(number)
            case .null: .other("null")
            case .bool: .other("true or false")
            case .number: .other("a decimal number")
            case .array: .other("a list")
            case .object: .other("an object")
            }
        }
    }

    public static func read(_ bytes: [UInt8]) -> DecodedOrderFile {
        if let refusal = OrderFileLimits.checkJSON(bytes) { return .invalid([refusal]) }
        let tree: Tree
        do {
            tree = try JSONDecoder().decode(Tree.self, from: Data(bytes))
        } catch {
            let (line, column) = syntaxLocation(of: error, in: bytes)
            return .invalid([
                SubmissionError(
                    code: .fileBadJson, path: "$",
                    message: "the file is not valid JSON" + (line.map { " (near line \($0), column \(column ?? 1))" } ?? ""),
                    line: line, column: column
                )
            ])
        }
        guard case .object(let root) = tree else {
            return .invalid([SubmissionError(code: .fileNotAnObject, path: "$", message: "an order file is one JSON object {...}")])
        }
        var collector = OrderFileCollector()
        var file = OrderFile()
        for key in root.keys.sorted() where !OrderFileFields.header.contains(key) && !OrderFileFields.sections.contains(key) {
            collector.unknown(key, path: OrderFilePath.member(key, of: nil), known: OrderFileFields.header.union(OrderFileFields.sections))
        }
        file.game = collector.string(root["game"]?.value, path: "game")
        file.house = collector.string(root["house"]?.value, path: "house")
        file.turn = collector.integer(root["turn"]?.value, path: "turn")
        file.token = collector.string(root["token"]?.value, path: "token")
        file.stateHash = collector.string(root["state_hash"]?.value, path: "state_hash")

        for section in ["fleet_orders", "builds", "diplomacy"] {
            guard let node = root[section] else { continue }
            guard case .array(let items) = node else {
                collector.errors.append(SubmissionError(code: .fieldWrongType, path: section, message: "\(section) must be a list [...], not \(node.value.kindName)"))
                continue
            }
            for (index, item) in items.enumerated() {
                let path = "\(section)[\(index)]"
                guard case .object(let fields) = item else {
                    collector.errors.append(SubmissionError(code: .fieldWrongType, path: path, message: "\(path) must be an object {...}, not \(item.value.kindName)"))
                    continue
                }
                readEntry(section: section, path: path, fields: fields.mapValues(\.value), into: &file.orders, collector: &collector)
            }
        }
        return collector.errors.isEmpty ? .decoded(file) : .invalid(collector.errors)
    }

    /// One entry of a section, shared with the KDL reader.
    static func readEntry(
        section: String, path: String, fields: [String: OrderFileValue], locations: [String: (Int, Int)] = [:],
        entryLocation: (Int, Int)? = nil, into orders: inout Orders, collector: inout OrderFileCollector
    ) {
        let known = OrderFileFields.fields(ofSection: section)
        for key in fields.keys.sorted() where !known.contains(key) {
            collector.unknown(key, path: OrderFilePath.member(key, of: path), known: known, location: locations[key])
        }
        let before = collector.errors.count
        for key in OrderFileFields.required(ofSection: section) where fields[key] == nil {
            collector.missing(key, path: "\(path).\(key)", location: entryLocation)
        }
        func text(_ key: String) -> String? { collector.string(fields[key], path: "\(path).\(key)", location: locations[key]) }
        switch section {
        case "fleet_orders":
            let (fleet, order, to, target) = (text("fleet"), text("order"), text("to"), text("target"))
            if collector.errors.count == before, let fleet, let order {
                orders.fleetOrders.append(FleetOrder(fleet: fleet, order: order, to: to, target: target))
            }
        case "builds":
            let (colony, item) = (text("colony"), text("item"))
            let quantity = collector.integer(fields["quantity"], path: "\(path).quantity", location: locations["quantity"]) ?? 1
            if collector.errors.count == before, let colony, let item {
                orders.builds.append(BuildOrder(colony: colony, item: item, quantity: quantity))
            }
        default:
            let (house, propose) = (text("house"), text("propose"))
            if collector.errors.count == before, let house, let propose {
                orders.diplomacy.append(DiplomacyOrder(house: house, propose: propose))
            }
        }
    }

    /// Where the parser gave up, when its message says so; else computed from the bytes for the empty case.
    static func syntaxLocation(of error: any Error, in bytes: [UInt8]) -> (Int?, Int?) {
        let text = "\(error)"
        if let range = text.range(of: #"line (\d+), column (\d+)"#, options: .regularExpression) {
            let numbers = text[range].split(whereSeparator: { !$0.isNumber }).compactMap { Int($0) }
            if numbers.count == 2 { return (numbers[0], numbers[1]) }
        }
        if let range = text.range(of: #"line (\d+)"#, options: .regularExpression) {
            return (Int(text[range].split(separator: " ").last ?? ""), nil)
        }
        return (nil, nil)
    }
}
