internal import Foundation
internal import FolderTransport
internal import Games
internal import MCP
internal import PlayerProtocol

/// One house's side of the game, as tools: reads its folder, judges and
/// submits through the same use cases as the folder transport, and waits on
/// inotify. An actor, because the SDK runs tool calls concurrently and a
/// `GameSession` has one owner at a time; waits suspend without holding it.
actor HouseDesk: HouseTools {
    private let session: GameSession
    private let data: DataDirectory
    private let slug: String
    private let token: String?
    private let changes: FolderChanges
    /// How long `submit_orders` waits for the daemon's receipt.
    private let receiptPatience: Duration

    init(session: GameSession, data: DataDirectory, slug: String, token: String?, changes: FolderChanges, receiptPatience: Duration = .seconds(8)) {
        self.session = session
        self.data = data
        self.slug = slug
        self.token = token
        self.changes = changes
        self.receiptPatience = receiptPatience
    }

    var houseFolder: URL { session.folder.houseFolder(slug) }
    var receiptsFolder: URL { session.folder.receiptsFolder(slug) }

    func call(_ name: String, _ arguments: [String: Value]) async -> ToolAnswer {
        do {
            // The daemon (another process) resolves turns: judge against the game as it is now.
            try session.reloadIfChangedElsewhere()
            switch name {
            case ToolCatalog.getView: return view(format: arguments["format"]?.stringValue ?? "json")
            case ToolCatalog.getMap: return map()
            case ToolCatalog.getRules: return .text(RulesBrief.text(config: session.state.config, turnLimit: session.state.game.turnLimit))
            case ToolCatalog.validateOrders: return try validate(arguments["orders"])
            case ToolCatalog.submitOrders: return try await submit(arguments["orders"])
            case ToolCatalog.getReceipts: return receipts(limit: arguments["limit"]?.intValue ?? 5)
            case ToolCatalog.waitForTurn:
                return await waitForTurn(after: arguments["after_turn"]?.intValue, timeout: Self.seconds(arguments["timeout_seconds"]) ?? 60)
            default: return .refusal("mcp.unknown_tool", "no tool named \(name); the tools are \(ToolCatalog.names.joined(separator: ", "))")
            }
        } catch let error as GamesError {
            return .refusal(error.code.rawValue, error.message)
        } catch {
            return .refusal("mcp.internal", "\(error)")
        }
    }

    // MARK: reading

    func view(format: String) -> ToolAnswer {
        switch format {
        case "json":
            return read(session.folder.viewFile(slug)) ?? .refusal("mcp.no_view", "view.json is not written yet; the daemon or `ec4x export` writes it")
        case "markdown":
            return read(session.folder.viewBriefFile(slug)) ?? .refusal("mcp.no_view", "view.md is not written yet; the daemon or `ec4x export` writes it")
        default:
            return .refusal("mcp.bad_argument", "format is json or markdown, not \(format)")
        }
    }

    func map() -> ToolAnswer {
        read(session.folder.mapFile(slug)) ?? .refusal("mcp.no_view", "map.json is not written yet; the daemon or `ec4x export` writes it")
    }

    func receipts(limit: Int) -> ToolAnswer {
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: receiptsFolder.path)) ?? [])
            .filter { $0.hasSuffix(".json") && !$0.hasPrefix(".") }
            .sorted(by: >)  // `<seq>-<file>.json` with a zero-padded sequence: newest first.
            .prefix(max(0, limit))
        let receipts = names.compactMap { JSONText.object(at: receiptsFolder.appendingPathComponent($0)) }
        return .text(JSONText.of(["receipts": receipts]))
    }

    private func read(_ url: URL) -> ToolAnswer? {
        guard let data = DirectoryHandle.contents(of: url) else { return nil }
        return .text(String(decoding: data, as: UTF8.self))
    }

    // MARK: orders

    func validate(_ orders: Value?) throws -> ToolAnswer {
        guard let file = file(orders) else { return Self.badOrders(orders) }
        let receipt = try IngestSubmission(session: session).check(file.bytes, fileName: file.fileName, slug: slug)
        return ToolAnswer(texts: [JSONText.of(encoding: receipt)], isError: receipt.status != .accepted)
    }

    func submit(_ orders: Value?) async throws -> ToolAnswer {
        guard let file = file(orders) else { return Self.badOrders(orders) }
        let before = Set((try? FileManager.default.contentsOfDirectory(atPath: receiptsFolder.path)) ?? [])
        let (checked, placed) = try SubmitOrderFile(session: session).run(bytes: file.bytes, fileName: file.fileName, slug: slug)
        guard let placed else { return ToolAnswer(texts: [JSONText.of(encoding: checked)], isError: true) }
        let placedName = placed.lastPathComponent
        guard DaemonPresence.isRunning(data: data) else {
            return .text(
                "No ec4x daemon is running on this data folder, so nothing has taken the file yet: it waits in houses/\(slug)/orders/\(placedName) and is judged when a daemon starts. The check below is the receipt it would get now.",
                JSONText.of(encoding: checked)
            )
        }
        let receiptsFolder = receiptsFolder
        let answer = await changes.first(until: .now + receiptPatience) { () -> [String: Any]? in
            let names = ((try? FileManager.default.contentsOfDirectory(atPath: receiptsFolder.path)) ?? []).filter { !before.contains($0) && !$0.hasPrefix(".") }
            return names.sorted().lazy
                .compactMap { JSONText.object(at: receiptsFolder.appendingPathComponent($0)) }
                .first { $0["file"] as? String == placedName && $0["sha256"] as? String == checked.sha256 }
        }
        guard let answer else {
            return .text(
                "The daemon has not answered within \(receiptPatience) (it may be busy resolving a turn); the file is in houses/\(slug)/orders/\(placedName). Call get_receipts shortly. The check below is the receipt it should get.",
                JSONText.of(encoding: checked)
            )
        }
        return ToolAnswer(texts: [JSONText.of(answer)], isError: answer["status"] as? String == SubmissionStatus.rejected.rawValue)
    }

    private func file(_ orders: Value?) -> OrdersArgument? {
        try? OrdersArgument(orders, token: token, turn: session.turn)
    }

    static func badOrders(_ orders: Value?) -> ToolAnswer {
        orders == nil
            ? .refusal("mcp.missing_orders", "`orders` is required: the order file as a JSON object, or as JSON or KDL text")
            : .refusal("mcp.bad_argument", "`orders` must be a JSON object or a string of JSON or KDL text")
    }

    // MARK: waiting

    /// Returns once the house's view is for a turn after `after` (or the game
    /// has ended), woken by inotify when the daemon renames a new view in.
    func waitForTurn(after: Int?, timeout: Double) async -> ToolAnswer {
        let viewFile = session.folder.viewFile(slug)
        let after = after ?? session.turn
        let deadline = ContinuousClock.now + .milliseconds(Int(max(0, min(timeout, 3600)) * 1000))
        let view = await changes.first(until: deadline) { () -> [String: Any]? in
            guard let view = JSONText.object(at: viewFile), let game = view["game"] as? [String: Any] else { return nil }
            let turn = game["turn"] as? Int ?? 0
            return turn > after || game["phase"] as? String == "completed" ? view : nil
        }
        guard let view, let game = view["game"] as? [String: Any] else {
            let reason = Task.isCancelled ? "cancelled" : "timed out after \(timeout.formatted()) seconds"
            var message = "\(reason): the view is still for turn \(after) or earlier."
            if !DaemonPresence.isRunning(data: data) { message += " No ec4x daemon is running on this data folder, so no turn will resolve until one starts." }
            return .text(JSONText.of(["status": Task.isCancelled ? "cancelled" : "timed_out", "message": message]))
        }
        var answer: [String: Any] = ["status": "new_turn", "turn": game["turn"] ?? 0, "phase": game["phase"] ?? "", "events": view["events"] ?? []]
        if let winner = game["winner"] { answer["winner"] = winner }
        if let submitted = view["submitted"] { answer["submitted"] = submitted }
        return .text(JSONText.of(answer))
    }

    static func seconds(_ value: Value?) -> Double? {
        value?.doubleValue ?? value?.intValue.map(Double.init)
    }
}
