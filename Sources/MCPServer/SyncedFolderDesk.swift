internal import Engine
internal import Foundation
internal import Games
internal import MCP
internal import PlayerProtocol

/// The house's tools over a folder that `ec4x player sync` mirrors (a Nostr game: no database
/// here, only `view.json`, `map.json`, `receipts/` and `orders/`). Reads come from the files;
/// `submit_orders` drops the file into `orders/` for the sync to publish and waits for its receipt
/// in `receipts/`; `validate_orders` checks what the files allow (syntax, schema, header against the
/// view) and leaves the rest to the moderator, who alone holds the game.
actor SyncedFolderDesk: HouseTools {
    private let folder: URL
    private let changes: FolderChanges
    /// How long `submit_orders` waits for the moderator's receipt to come back through the relays.
    private let receiptPatience: Duration

    init(folder: URL, changes: FolderChanges, receiptPatience: Duration = .seconds(8)) {
        self.folder = folder
        self.changes = changes
        self.receiptPatience = receiptPatience
    }

    var viewFile: URL { folder.appendingPathComponent("view.json") }
    var receiptsFolder: URL { folder.appendingPathComponent("receipts", isDirectory: true) }
    var ordersFolder: URL { folder.appendingPathComponent("orders", isDirectory: true) }
    var currentTurn: Int { ((JSONText.object(at: viewFile)?["game"] as? [String: Any])?["turn"] as? Int) ?? 0 }

    func call(_ name: String, _ arguments: [String: Value]) async -> ToolAnswer {
        switch name {
        case ToolCatalog.getView: return view(format: arguments["format"]?.stringValue ?? "json")
        case ToolCatalog.getMap: return map()
        case ToolCatalog.getRules: return rules()
        case ToolCatalog.validateOrders: return validate(arguments["orders"])
        case ToolCatalog.submitOrders: return await submit(arguments["orders"])
        case ToolCatalog.getReceipts: return receipts(limit: arguments["limit"]?.intValue ?? 5)
        case ToolCatalog.waitForTurn:
            return await waitForTurn(after: arguments["after_turn"]?.intValue, timeout: HouseDesk.seconds(arguments["timeout_seconds"]) ?? 60)
        default: return .refusal("mcp.unknown_tool", "no tool named \(name); the tools are \(ToolCatalog.names.joined(separator: ", "))")
        }
    }

    // MARK: reading

    func view(format: String) -> ToolAnswer {
        guard format == "json" || format == "markdown" else { return .refusal("mcp.bad_argument", "format is json or markdown, not \(format)") }
        guard let text = read(viewFile) else { return Self.noView }
        if format == "json" { return .text(text) }
        // `ec4x player sync` writes view.md from view.json once map.json has arrived too.
        if let brief = read(folder.appendingPathComponent("view.md")) { return .text(brief) }
        return .text("view.md is written once map.json has arrived; here is view.json, which holds the same facts.", text)
    }

    func map() -> ToolAnswer {
        if let text = read(folder.appendingPathComponent("map.json")) { return .text(text) }
        guard let map = JSONText.object(at: viewFile)?["map"] else { return Self.noView }
        return .text("map.json has not arrived yet; here is the `map` part of view.json.", JSONText.of(map))
    }

    /// The brief and the game's numbers, which map.json carries as `rules` (views of
    /// older moderators carried them in view.json).
    func rules() -> ToolAnswer {
        let sources = [folder.appendingPathComponent("map.json"), viewFile].compactMap { JSONText.object(at: $0) }
        guard let rules = sources.lazy.compactMap({ $0["rules"] }).first else { return Self.noView }
        let turnLimit = ((JSONText.object(at: viewFile)?["game"]) as? [String: Any])?["turn_limit"] as? Int
        guard let data = try? JSONSerialization.data(withJSONObject: rules), let config = try? JSONDecoder().decode(GameConfig.self, from: data) else {
            return .text("The game's rules could not be read as this version's numbers; here they are as the moderator gives them.", JSONText.of(rules))
        }
        return .text(RulesBrief.text(config: config, turnLimit: turnLimit))
    }

    /// Newest first, by when each arrived (a synced receipt is named after its order file, not numbered).
    func receipts(limit: Int) -> ToolAnswer {
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: receiptsFolder.path)) ?? []).filter { $0.hasSuffix(".json") && !$0.hasPrefix(".") }
        let dated = names.map { name -> (Date, String) in
            let attributes = try? FileManager.default.attributesOfItem(atPath: receiptsFolder.appendingPathComponent(name).path)
            return ((attributes?[.modificationDate] as? Date) ?? .distantPast, name)
        }
        let newest = dated.sorted { $0 > $1 }.prefix(max(0, limit))
        return .text(JSONText.of(["receipts": newest.compactMap { JSONText.object(at: receiptsFolder.appendingPathComponent($0.1)) }]))
    }

    private func read(_ url: URL) -> String? {
        FileManager.default.contents(atPath: url.path).map { String(decoding: $0, as: UTF8.self) }
    }

    private static let noView = ToolAnswer.refusal("mcp.no_view", "view.json has not arrived yet; is `ec4x player sync` running on this folder?")

    // MARK: orders

    /// Syntax and schema through the order file readers, and the header against the view; the rules
    /// (legal moves, costs) are judged by the moderator when the file is submitted.
    func validate(_ orders: Value?) -> ToolAnswer {
        guard let file = try? OrdersArgument(orders, token: nil, turn: currentTurn) else { return HouseDesk.badOrders(orders) }
        var errors: [SubmissionError] = []
        switch SubmissionJudge.decode(file.bytes, format: .ofFile(named: file.fileName)) {
        case .invalid(let found): errors = found.listed
        case .decoded(let decoded): errors = headerErrors(decoded)
        }
        let answer: [String: Any] = [
            "status": errors.isEmpty ? "readable" : "rejected",
            "errors": errors.map { ["code": $0.code.rawValue, "path": $0.path, "message": $0.message] },
            "note":
                "Checked here: syntax, schema and the header (game, house, turn) against view.json. Full validation (legal moves, costs, ownership) happens at the moderator when you submit_orders; its receipt says so.",
        ]
        return ToolAnswer(texts: [JSONText.of(answer)], isError: !errors.isEmpty)
    }

    private func headerErrors(_ file: OrderFile) -> [SubmissionError] {
        guard let view = JSONText.object(at: viewFile) else { return [] }
        let game = view["game"] as? [String: Any]
        let house = view["house"] as? [String: Any]
        var errors: [SubmissionError] = []
        if let named = file.game, let id = game?["id"] as? String, !id.hasPrefix(named.lowercased()) {
            errors.append(SubmissionError(code: .headerWrongGame, path: "$.game", message: "the file names game \(named); this folder's game is \(id)"))
        }
        if let named = file.house, let slug = house?["slug"] as? String, named.lowercased() != slug, named != house?["id"] as? String {
            errors.append(SubmissionError(code: .headerWrongHouse, path: "$.house", message: "the file names house \(named); this folder plays \(slug)"))
        }
        if let turn = file.turn, let current = game?["turn"] as? Int, turn != current {
            errors.append(
                SubmissionError(
                    code: turn < current ? .headerStaleTurn : .headerFutureTurn, path: "$.turn", message: "the file is for turn \(turn); the view is for turn \(current)"))
        }
        return errors
    }

    /// Written whole into `orders/` (a dot-file renamed into place, which the sync skips until then);
    /// the receipt is the one whose name starts with the file's stem and was not there before.
    func submit(_ orders: Value?) async -> ToolAnswer {
        guard var file = try? OrdersArgument(orders, token: nil, turn: currentTurn) else { return HouseDesk.badOrders(orders) }
        let stem = "mcp-turn\(currentTurn)-\(UUID().uuidString.prefix(8).lowercased())"
        file.fileName = stem + (file.fileName.hasSuffix(".kdl") ? ".kdl" : ".json")
        let before = Set((try? FileManager.default.contentsOfDirectory(atPath: receiptsFolder.path)) ?? [])
        do {
            try FileManager.default.createDirectory(at: ordersFolder, withIntermediateDirectories: true)
            let staged = ordersFolder.appendingPathComponent(".\(file.fileName).tmp")
            try Data(file.bytes).write(to: staged)
            try FileManager.default.moveItem(at: staged, to: ordersFolder.appendingPathComponent(file.fileName))
        } catch {
            return .refusal("mcp.cannot_write", "cannot write into \(ordersFolder.path): \(error)")
        }
        let receiptsFolder = receiptsFolder
        let answer = await changes.first(until: .now + receiptPatience) { () -> [String: Any]? in
            let names = ((try? FileManager.default.contentsOfDirectory(atPath: receiptsFolder.path)) ?? []).filter {
                !before.contains($0) && $0.hasPrefix(stem + "-")
            }
            return names.lazy.compactMap { JSONText.object(at: receiptsFolder.appendingPathComponent($0)) }.first
        }
        guard let answer else {
            return .text(
                JSONText.of([
                    "status": "on_its_way",
                    "file": "orders/\(file.fileName)",
                    "message":
                        "The file is in orders/ for ec4x player sync to publish; the moderator's receipt has not come back within \(receiptPatience). Call get_receipts shortly (its receipt is named \(stem)-….json).",
                ]))
        }
        return ToolAnswer(texts: [JSONText.of(answer)], isError: answer["status"] as? String == SubmissionStatus.rejected.rawValue)
    }

    // MARK: waiting

    /// Returns once view.json is for a turn after `after` (or the game ended), woken by inotify when
    /// the sync renames a new view in.
    func waitForTurn(after: Int?, timeout: Double) async -> ToolAnswer {
        let viewFile = viewFile
        let after = after ?? currentTurn
        let deadline = ContinuousClock.now + .milliseconds(Int(max(0, min(timeout, 3600)) * 1000))
        let view = await changes.first(until: deadline) { () -> [String: Any]? in
            guard let view = JSONText.object(at: viewFile), let game = view["game"] as? [String: Any] else { return nil }
            return game["turn"] as? Int ?? 0 > after || game["phase"] as? String == "completed" ? view : nil
        }
        guard let view, let game = view["game"] as? [String: Any] else {
            let reason = Task.isCancelled ? "cancelled" : "timed out after \(timeout.formatted()) seconds"
            let message = "\(reason): the view is still for turn \(after) or earlier. New views arrive only while `ec4x player sync` runs on this folder."
            return .text(JSONText.of(["status": Task.isCancelled ? "cancelled" : "timed_out", "message": message]))
        }
        var answer: [String: Any] = ["status": "new_turn", "turn": game["turn"] ?? 0, "phase": game["phase"] ?? "", "events": view["events"] ?? []]
        if let winner = game["winner"] { answer["winner"] = winner }
        if let submitted = view["submitted"] { answer["submitted"] = submitted }
        return .text(JSONText.of(answer))
    }
}
