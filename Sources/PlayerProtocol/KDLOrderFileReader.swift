internal import Engine
internal import KDL

/// Reads a KDL order file: the JSON file's names as nodes, list entries as `-` nodes.
///
///     game "…"
///     house "alpha"
///     turn 3
///     fleet_orders {
///         - fleet="…" order="move" to="…"
///         - fleet="…" order="detach" name="Raiders" { ships military=2 }
///     }
///     builds {
///         - colony="…" item="military" quantity=2
///     }
/// Pure: the fuzz targets and every transport read order files through it.
public enum KDLOrderFileReader {
    public static func read(_ bytes: [UInt8]) -> DecodedOrderFile {
        if let refusal = OrderFileLimits.checkKDL(bytes) { return .invalid([refusal]) }
        let document: KDLDocument
        do {
            document = try KDLDocument(parsing: bytes)
        } catch {
            return .invalid([
                SubmissionError(
                    code: .fileBadKdl, path: "$", message: error.message + (error.hint.map { " (hint: \($0))" } ?? ""),
                    line: error.line, column: error.column
                )
            ])
        }
        let entries = document.nodes.reduce(0) { $0 + $1.children.count }
        if entries > OrderFileLimits.entries {
            return .invalid([
                SubmissionError(
                    code: .fileTooManyOrders, path: "$",
                    message: "the file holds \(entries) entries; an order file may hold at most \(OrderFileLimits.entries) (fleet orders, builds and diplomacy together)")
            ])
        }
        var collector = OrderFileCollector()
        var file = OrderFile()
        var seenSections = Set<String>()
        var seenHeaders = Set<String>()
        for node in document.nodes {
            let location = node.location.map { ($0.line, $0.column) }
            if OrderFileFields.header.contains(node.name) {
                guard seenHeaders.insert(node.name).inserted else {
                    collector.duplicateKey(path: node.name, location: location)
                    continue
                }
                guard node.arguments.count == 1, node.properties.isEmpty, node.children.isEmpty else {
                    collector.errors.append(
                        SubmissionError(code: .fieldWrongType, path: node.name, message: "\(node.name) takes exactly one value", line: location?.0, column: location?.1))
                    continue
                }
                let value = orderValue(node.arguments[0])
                switch node.name {
                case "game": file.game = collector.string(value, path: "game", location: location)
                case "house": file.house = collector.string(value, path: "house", location: location)
                case "turn": file.turn = collector.integer(value, path: "turn", location: location)
                case "token": file.token = collector.string(value, path: "token", location: location)
                case "ready": file.ready = collector.bool(value, path: "ready", location: location)
                default: file.stateHash = collector.string(value, path: "state_hash", location: location)
                }
            } else if OrderFileFields.sections.contains(node.name) {
                guard seenSections.insert(node.name).inserted else {
                    collector.errors.append(
                        SubmissionError(
                            code: .fieldDuplicate, path: node.name, message: "\(node.name) appears twice; put all entries in one block", line: location?.0, column: location?.1))
                    continue
                }
                for (index, entry) in node.children.enumerated() {
                    let path = "\(node.name)[\(index)]"
                    let entryLocation = entry.location.map { ($0.line, $0.column) }
                    let shipsNodes = entry.children.filter { $0.name == "ships" && $0.arguments.isEmpty && $0.children.isEmpty }
                    guard entry.name == "-", entry.arguments.isEmpty, shipsNodes.count == entry.children.count, shipsNodes.count <= 1 else {
                        collector.errors.append(
                            SubmissionError(
                                code: .fieldWrongType, path: path, message: "each entry of \(node.name) is a \"-\" node with properties, like: - fleet=\"…\" order=\"hold\"",
                                line: entryLocation?.0, column: entryLocation?.1))
                        continue
                    }
                    var fields: [String: OrderFileValue] = [:]
                    var locations: [String: (Int, Int)] = [:]
                    for property in entry.properties {
                        guard fields[property.key] == nil else {
                            collector.duplicateKey(
                                path: OrderFilePath.member(property.key, of: path), location: property.location.map { ($0.line, $0.column) })
                            continue
                        }
                        fields[property.key] = orderValue(property.value)
                        locations[property.key] = property.location.map { ($0.line, $0.column) }
                    }
                    if let ships = shipsNodes.first {
                        fields["ships"] = .object(
                            ships.properties.map { property in
                                OrderFileValue.Member(
                                    key: property.key, value: orderValue(property.value), line: property.location?.line, column: property.location?.column)
                            })
                        locations["ships"] = ships.location.map { ($0.line, $0.column) }
                    }
                    JSONOrderFileReader.readEntry(
                        section: node.name, path: path, fields: fields, locations: locations, entryLocation: entryLocation, into: &file.orders, collector: &collector)
                }
            } else {
                collector.unknown(node.name, path: OrderFilePath.member(node.name, of: nil), known: OrderFileFields.header.union(OrderFileFields.sections), location: location)
            }
        }
        return collector.errors.isEmpty ? .decoded(file) : .invalid(collector.errors)
    }

    static func orderValue(_ value: KDLValue) -> OrderFileValue {
        if let text = value.stringValue { return .string(text) }
        if let number = value.intValue { return .integer(number) }
        if let flag = value.boolValue { return .bool(flag) }
        return .other(value.kindName)
    }
}
