internal import Engine

/// Reads a JSON order file (DESIGN.md §4), reporting every problem with its
/// path, and line and column. The JSON is read strictly (`StrictJSONParser`):
/// a syntax error is reported alone, with a hint; keys written twice are
/// refused, each with its own path. Pure: the fuzz targets and every
/// transport read order files through it.
public enum JSONOrderFileReader {
    public static func read(_ bytes: [UInt8]) -> DecodedOrderFile {
        if let refusal = OrderFileLimits.checkJSON(bytes) { return .invalid([refusal]) }
        let tree: StrictJSONValue
        switch StrictJSONParser.parse(bytes) {
        case .success(let value): tree = value
        case .failure(let syntax):
            return .invalid([
                SubmissionError(
                    code: .fileBadJson, path: "$",
                    message: "line \(syntax.line), column \(syntax.column): \(syntax.message) — \(syntax.hint)",
                    line: syntax.line, column: syntax.column
                )
            ])
        }
        guard case .object(let root) = tree.kind else {
            return .invalid([
                SubmissionError(
                    code: .fileNotAnObject, path: "$", message: "an order file is one JSON object {...}", line: tree.line, column: tree.column)
            ])
        }
        var collector = OrderFileCollector()
        reportDuplicates(in: tree, path: nil, collector: &collector)
        var file = OrderFile()
        let known = OrderFileFields.header.union(OrderFileFields.sections)
        for member in root.members where !known.contains(member.key) {
            collector.unknown(member.key, path: OrderFilePath.member(member.key, of: nil), known: known, location: (member.line, member.column))
        }
        func header(_ key: String) -> (OrderFileValue?, (Int, Int)?) {
            (root[key].map { Self.value($0) }, root.member(key).map { ($0.line, $0.column) })
        }
        for key in ["game", "house", "token", "state_hash"] {
            let (value, location) = header(key)
            let text = collector.string(value, path: key, location: location)
            switch key {
            case "game": file.game = text
            case "house": file.house = text
            case "token": file.token = text
            default: file.stateHash = text
            }
        }
        let (turn, turnLocation) = header("turn")
        file.turn = collector.integer(turn, path: "turn", location: turnLocation)
        let (ready, readyLocation) = header("ready")
        file.ready = collector.bool(ready, path: "ready", location: readyLocation)

        for section in ["fleet_orders", "builds", "diplomacy"] {
            guard let member = root.member(section) else { continue }
            guard case .array(let items) = member.value.kind else {
                collector.errors.append(
                    SubmissionError(
                        code: .fieldWrongType, path: section, message: "\(section) must be a list [...], not \(value(member.value).kindName)",
                        line: member.line, column: member.column))
                continue
            }
            for (index, item) in items.enumerated() {
                let path = "\(section)[\(index)]"
                guard case .object(let fields) = item.kind else {
                    collector.errors.append(
                        SubmissionError(
                            code: .fieldWrongType, path: path, message: "\(path) must be an object {...}, not \(value(item).kindName)",
                            line: item.line, column: item.column))
                    continue
                }
                var values: [String: OrderFileValue] = [:]
                var locations: [String: (Int, Int)] = [:]
                for field in fields.members {
                    values[field.key] = value(field.value)
                    locations[field.key] = (field.line, field.column)
                }
                readEntry(
                    section: section, path: path, fields: values, locations: locations, entryLocation: (item.line, item.column),
                    into: &file.orders, collector: &collector)
            }
        }
        return collector.errors.isEmpty ? .decoded(file) : .invalid(collector.errors)
    }

    /// Every key written twice, anywhere in the file, by its path.
    static func reportDuplicates(in node: StrictJSONValue, path: String?, collector: inout OrderFileCollector) {
        switch node.kind {
        case .object(let object):
            for duplicate in object.duplicates {
                collector.duplicateKey(
                    path: OrderFilePath.member(duplicate.key, of: path), location: (duplicate.line, duplicate.column),
                    first: object.member(duplicate.key).map { ($0.line, $0.column) })
            }
            for member in object.members where member.value.hasDuplicates {
                reportDuplicates(in: member.value, path: OrderFilePath.member(member.key, of: path), collector: &collector)
            }
        case .array(let items):
            // Paths are built only where a duplicate could hide: a long list of numbers costs nothing.
            for (index, item) in items.enumerated() where item.hasDuplicates {
                reportDuplicates(in: item, path: "\(path ?? "$")[\(index)]", collector: &collector)
            }
        default: break
        }
    }

    /// A parsed value as the collector checks it.
    static func value(_ node: StrictJSONValue) -> OrderFileValue {
        switch node.kind {
        case .string(let text): .string(text)
        case .integer(let number): .integer(number)
        case .bool(let flag): .bool(flag)
        case .null: .other("null")
        case .number(let text): .other(text.contains { "." == $0 || "e" == $0 || "E" == $0 } ? "a decimal number" : "a number too large")
        case .array: .other("a list")
        case .object(let object):
            .object(
                object.members.map { member in
                    OrderFileValue.Member(key: member.key, value: value(member.value), line: member.line, column: member.column)
                })
        }
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
            let (fleet, order, to, target, name) = (text("fleet"), text("order"), text("to"), text("target"), text("name"))
            let ships = fields["ships"].flatMap { shipSelection($0, path: "\(path).ships", location: locations["ships"], collector: &collector) }
            if collector.errors.count == before, let fleet, let order {
                orders.fleetOrders.append(FleetOrder(fleet: fleet, order: order, to: to, target: target, ships: ships, name: name))
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

    /// A detach order's `ships`: `{"military": 2, "spacelift": 1}`, whole numbers of at least 0.
    static func shipSelection(
        _ value: OrderFileValue, path: String, location: (Int, Int)?, collector: inout OrderFileCollector
    ) -> ShipSelection? {
        guard case .object(let members) = value else {
            collector.errors.append(
                SubmissionError(
                    code: .fieldWrongType, path: path, message: "\(path) must be an object like {\"military\": 2}, not \(value.kindName)",
                    line: location?.0, column: location?.1))
            return nil
        }
        let before = collector.errors.count
        var selection = ShipSelection()
        for member in members {
            let memberPath = OrderFilePath.member(member.key, of: path)
            let memberLocation = member.line.map { ($0, member.column ?? 1) } ?? location
            guard OrderFileFields.shipClasses.contains(member.key) else {
                collector.unknown(member.key, path: memberPath, known: OrderFileFields.shipClasses, location: memberLocation)
                continue
            }
            guard let count = collector.integer(member.value, path: memberPath, location: memberLocation) else { continue }
            if member.key == "military" { selection.military = count } else { selection.spacelift = count }
        }
        return collector.errors.count == before ? selection : nil
    }
}
