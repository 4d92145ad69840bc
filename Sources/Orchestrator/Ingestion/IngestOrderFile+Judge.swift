internal import Digest
internal import Engine
public import Foundation
internal import Storage

/// Reading and judging a file's bytes: shared by ingestion and `ec4x validate`.
extension IngestOrderFile {
    struct Judgement {
        var errors: [SubmissionError]
        var resolved: ResolvedOrders?
        var file: OrderFile?
    }

    /// The verdict on a file's bytes: every error, or the orders it puts in force.
    func judge(_ raw: [UInt8], format: OrderFile.Format, house: HouseRecord, refusal: SubmissionError?) -> Judgement {
        var errors: [SubmissionError] = refusal.map { [$0] } ?? []
        var file: OrderFile?
        if errors.isEmpty {
            switch Self.decode(raw, format: format) {
            case .decoded(let decoded): file = decoded
            case .invalid(let found): errors = found
            }
        }
        var resolved: ResolvedOrders?
        if let file {
            let header = checkHeader(file, house: house)
            errors += header
            // Orders for another game say nothing useful about this one.
            if !header.contains(where: { $0.code == "header.wrong_game" }) {
                let validation = session.validator.validate(file.orders, house: house.id)
                errors += validation.errors.map { SubmissionError(code: $0.code, path: $0.path, message: $0.message) }
                resolved = validation.resolved
            }
        }
        return Judgement(errors: errors, resolved: errors.isEmpty ? resolved : nil, file: file)
    }

    /// `ec4x validate`: the receipt a file would get, without recording or moving anything.
    public func check(_ bytes: [UInt8], fileName: String, slug: String) throws -> Receipt {
        guard let house = session.house(slug: slug) else {
            throw OrchestratorError(code: "ingest.unknown_house", message: "no house \"\(slug)\" in this game; houses: \(session.slugs.joined(separator: ", "))")
        }
        let refusal = bytes.count > DropFileReader.maxBytes
            ? SubmissionError(code: "file.too_large", path: "$", message: "the file has \(bytes.count) bytes; order files may have at most \(DropFileReader.maxBytes) (1 MiB)")
            : nil
        let judged = judge(bytes, format: OrderFile.format(ofFileNamed: fileName), house: house, refusal: refusal)
        return Receipt(
            file: fileName, keptAs: "", sha256: SHA256.hex(bytes), receivedAt: Self.iso8601(now),
            status: judged.errors.isEmpty ? .accepted : .rejected, game: session.id, house: slug,
            turn: judged.file?.turn ?? session.turn, errors: judged.errors,
            ordersInForce: judged.errors.isEmpty ? judged.file.map { $0.orders.fleetOrders.count + $0.orders.builds.count + $0.orders.diplomacy.count } ?? 0
                : try session.store.ordersInForce(houseID: house.id, turn: session.turn),
            waitingFor: try session.readiness().awaited, duplicateOf: nil
        )
    }

    /// The entry's bytes and, for what is never read, the reason; nil when it is gone.
    func read(_ entry: DropEntry) -> ([UInt8], SubmissionError?)? {
        switch entry.kind {
        case .symlink:
            // What the player sent is the link itself: its target, kept as text.
            guard let target = try? FileManager.default.destinationOfSymbolicLink(atPath: entry.url.path) else { return nil }
            return (Array(target.utf8), SubmissionError(code: "file.symlink", path: "$", message: "symbolic links are not followed; copy the file itself into orders/"))
        case .fifo:
            return ([], SubmissionError(code: "file.fifo", path: "$", message: "named pipes are not read; write a regular file"))
        case .directory:
            return ([], SubmissionError(code: "file.directory", path: "$", message: "folders are not order files; put files directly in orders/"))
        case .other:
            return ([], SubmissionError(code: "file.not_regular", path: "$", message: "only regular files are read"))
        case .regularFile:
            switch DropFileReader.read(entry.url) {
            case .refused(let code, let message): return ([], SubmissionError(code: code, path: "$", message: message))
            case .bytes(let bytes): return (bytes, nil)
            case .gone: return nil
            }
        }
    }

    static func decode(_ raw: [UInt8], format: OrderFile.Format) -> DecodedOrderFile {
        if raw.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
            return .invalid([SubmissionError(code: "file.empty", path: "$", message: "the file is empty; an order file needs at least its header (game, house, turn)")])
        }
        guard String(validating: raw, as: UTF8.self) != nil else {
            return .invalid([SubmissionError(code: "file.not_text", path: "$", message: "the file is not UTF-8 text; order files are JSON or KDL")])
        }
        switch format {
        case .json: return JSONOrderFileReader.read(raw)
        case .kdl: return KDLOrderFileReader.read(raw)
        case .unknown:
            return .invalid([SubmissionError(code: "file.unknown_format", path: "$", message: "name order files *.json or *.kdl")])
        }
    }

    func checkHeader(_ file: OrderFile, house: HouseRecord) -> [SubmissionError] {
        var errors: [SubmissionError] = []
        let gameID = session.id
        switch file.game {
        case nil:
            errors.append(SubmissionError(code: "header.missing_game", path: "game", message: "the file must say which game it is for: \"game\": \"\(gameID)\""))
        case let named? where !(named.lowercased() == gameID || (named.count >= 8 && gameID.hasPrefix(named.lowercased()))):
            errors.append(SubmissionError(code: "header.wrong_game", path: "game", message: "this folder belongs to game \(gameID), not \(named)"))
        default: break
        }
        let slug = house.slug ?? ""
        switch file.house {
        case nil:
            errors.append(SubmissionError(code: "header.missing_house", path: "house", message: "the file must name its house: \"house\": \"\(slug)\""))
        case let named? where named.lowercased() != slug && named != house.id:
            errors.append(SubmissionError(code: "header.wrong_house", path: "house", message: "the file says house \(named) but was dropped in houses/\(slug)/orders/"))
        default: break
        }
        switch file.turn {
        case nil:
            errors.append(SubmissionError(code: "header.missing_turn", path: "turn", message: "the file must name its turn: \"turn\": \(session.turn)"))
        case let turn? where turn < session.turn:
            errors.append(SubmissionError(code: "header.stale_turn", path: "turn", message: "turn \(turn) is over; the game is at turn \(session.turn)"))
        case let turn? where turn > session.turn:
            errors.append(SubmissionError(code: "header.future_turn", path: "turn", message: "turn \(turn) has not started; the game is at turn \(session.turn)"))
        default: break
        }
        if let hash = house.tokenHash {
            if let token = file.token {
                if HouseToken.hash(token) != hash {
                    errors.append(SubmissionError(code: "header.bad_token", path: "token", message: "the token is not this house's"))
                }
            } else {
                errors.append(SubmissionError(code: "header.missing_token", path: "token", message: "this game needs the house's token: \"token\": \"…\""))
            }
        }
        return errors
    }
}
