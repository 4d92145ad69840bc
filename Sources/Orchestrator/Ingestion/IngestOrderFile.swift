internal import Digest
internal import Engine
public import Foundation
internal import Storage

/// Takes one file from a house's `orders/` folder: reads it safely, records
/// it byte for byte with its verdict, moves it to `received/`, and answers
/// with a receipt. A file is judged whole; a rejected file never displaces the
/// house's accepted orders; identical bytes sent again are a duplicate.
public struct IngestOrderFile {
    let session: GameSession
    let now: Date

    public init(session: GameSession, now: Date = Date()) {
        self.session = session
        self.now = now
    }

    public func run(_ entry: DropEntry, slug: String) throws -> Receipt {
        guard let house = session.house(slug: slug) else {
            throw OrchestratorError(code: "ingest.unknown_house_folder", message: "houses/\(slug) is not a house of this game")
        }
        let (raw, refusal) = read(entry)
        let sha = SHA256.hex(raw)
        let format = OrderFile.format(ofFileNamed: entry.name)

        if refusal == nil, !raw.isEmpty, let earlier = try session.store.submissions(houseID: house.id, sha256: sha).last(where: { $0.turn == nil || $0.turn == session.turn }) {
            return try finishDuplicate(entry, earlier: earlier, house: house, sha: sha, raw: raw, format: format)
        }
        let judged = judge(raw, format: format, house: house, refusal: refusal)
        let (errors, resolved, file) = (judged.errors, judged.resolved, judged.file)
        let accepted = errors.isEmpty && resolved != nil
        let record = SubmissionRecord(
            gameId: session.id, houseId: house.id, turn: file?.turn ?? session.turn, fileName: entry.name,
            format: format.rawValue, raw: Data(raw), sha256: sha, status: accepted ? "accepted" : "rejected",
            errorsJson: errors.isEmpty ? nil : try Self.json(errors), receiptName: nil,
            receivedAt: Int64(now.timeIntervalSince1970)
        )
        let stored = try session.store.recordSubmission(record, resolved: accepted ? resolved : nil) { id in
            Self.receiptName(id: id, file: entry.name)
        }
        let keptAs = try keep(entry, slug: slug, as: stored)
        return try writeReceipt(for: stored, slug: slug, errors: errors, keptAs: keptAs, duplicateOf: nil)
    }

    // MARK: Steps

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

    func read(_ entry: DropEntry) -> ([UInt8], SubmissionError?) {
        switch entry.kind {
        case .symlink:
            let target = (try? FileManager.default.destinationOfSymbolicLink(atPath: entry.url.path)) ?? ""
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

    /// Moves the file out of orders/ into received/, under its receipt's number.
    func keep(_ entry: DropEntry, slug: String, as record: SubmissionRecord) throws -> String {
        let folder = session.folder.receivedFolder(slug)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let name = String(format: "%06lld-%@", record.id ?? 0, entry.name)
        let destination = folder.appendingPathComponent(name)
        if rename(entry.url.path, destination.path) != 0 {
            throw AtomicFile.posixError("move \(entry.url.path) to \(destination.path)")
        }
        return "houses/\(slug)/received/\(name)"
    }

    func finishDuplicate(_ entry: DropEntry, earlier: SubmissionRecord, house: HouseRecord, sha: String, raw: [UInt8], format: OrderFile.Format) throws -> Receipt {
        let slug = house.slug ?? ""
        let earlierReceipt = earlier.receiptName ?? ""
        let receiptExists = FileManager.default.fileExists(atPath: session.folder.receiptsFolder(slug).appendingPathComponent(earlierReceipt).path)
        if !receiptExists, earlier.fileName == entry.name {
            // The daemon stopped between recording this file and answering it: finish that work.
            let errors = try earlier.errorsJson.map { try JSONDecoder().decode([SubmissionError].self, from: Data($0.utf8)) } ?? []
            let keptAs = try keep(entry, slug: slug, as: earlier)
            return try writeReceipt(for: earlier, slug: slug, errors: errors, keptAs: keptAs, duplicateOf: nil)
        }
        let record = SubmissionRecord(
            gameId: session.id, houseId: house.id, turn: session.turn, fileName: entry.name, format: format.rawValue,
            raw: Data(raw), sha256: sha, status: "duplicate", errorsJson: nil, receiptName: nil,
            receivedAt: Int64(now.timeIntervalSince1970)
        )
        let stored = try session.store.recordSubmission(record, resolved: nil) { Self.receiptName(id: $0, file: entry.name) }
        let keptAs = try keep(entry, slug: slug, as: stored)
        return try writeReceipt(for: stored, slug: slug, errors: [], keptAs: keptAs, duplicateOf: earlierReceipt)
    }

    func writeReceipt(for record: SubmissionRecord, slug: String, errors: [SubmissionError], keptAs: String, duplicateOf: String?) throws -> Receipt {
        let readiness = try session.readiness()
        let receipt = Receipt(
            file: record.fileName, keptAs: keptAs, sha256: record.sha256,
            receivedAt: Self.iso8601(Date(timeIntervalSince1970: TimeInterval(record.receivedAt))),
            status: Receipt.Status(rawValue: record.status) ?? .rejected, game: session.id, house: slug,
            turn: record.turn ?? session.turn, errors: errors,
            ordersInForce: try session.store.ordersInForce(houseID: record.houseId, turn: session.turn),
            waitingFor: readiness.awaited, duplicateOf: duplicateOf
        )
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        try AtomicFile.write(try encoder.encode(receipt), to: session.folder.receiptsFolder(slug).appendingPathComponent(record.receiptName ?? "receipt.json"))
        return receipt
    }

    /// `<seq>-<file name without .json/.kdl>.json`.
    static func receiptName(id: Int64, file: String) -> String {
        var stem = file
        for suffix in [".json", ".kdl"] where stem.lowercased().hasSuffix(suffix) { stem.removeLast(suffix.count) }
        return String(format: "%06lld-%@.json", id, stem)
    }

    static func json(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    static func iso8601(_ date: Date) -> String {
        date.formatted(.iso8601.year().month().day().dateSeparator(.dash).time(includingFractionalSeconds: true).timeSeparator(.colon).timeZone(separator: .omitted))
    }
}
