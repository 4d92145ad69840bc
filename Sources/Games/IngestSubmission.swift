internal import Digest
internal import Engine
public import Foundation
public import PlayerProtocol
public import Storage

/// The seam every transport uses: a submission arrives, is judged whole and
/// recorded byte for byte with its verdict, and the receipt comes back for
/// the transport to deliver. A rejected file never displaces the house's
/// accepted orders; the same bytes as the house's latest file this turn are a
/// duplicate and get the same answer, errors included. A draft
/// (`"ready": false`) is accepted and in force but leaves the house in
/// `waiting_for`.
public struct IngestSubmission {
    /// What was recorded, and the answer to it.
    public struct Outcome: Sendable, Equatable {
        public var stored: StoredSubmission
        /// `kept_as` is left empty: where the bytes were kept is the transport's to say.
        public var receipt: Receipt
    }

    let session: GameSession
    let now: Date

    public init(session: GameSession, now: Date = Date()) {
        self.session = session
        self.now = now
    }

    public func run(_ incoming: IncomingSubmission) throws -> Outcome {
        let house = try session.requireHouse(incoming.house)
        let raw = incoming.bytes
        let sha = SHA256.hex(raw)
        let format = OrderFile.Format.ofFile(named: incoming.fileName)
        // Judged as sent, kept without the token: the SHA-256 stays that of the bytes as sent.
        let kept = TokenRedaction.redact(raw, format: format, tokenHash: house.tokenHash)
        let receivedAt = Int64(now.timeIntervalSince1970)

        if incoming.refusal == nil, !raw.isEmpty,
            let latest = try session.store.latestSubmission(houseID: house.id, turn: session.turn), latest.sha256 == sha
        {
            // The errors and readiness are the earlier file's: the same bytes get the same answer.
            let stored = try session.store.recordSubmission(
                NewSubmission(
                    houseID: house.id, turn: session.turn, fileName: incoming.fileName, format: format, raw: kept,
                    sha256: sha, status: .duplicate, errors: latest.errors, moreErrors: latest.moreErrors, receivedAt: receivedAt,
                    ready: latest.ready),
                orders: nil
            ) { Self.receiptName(id: $0, file: incoming.fileName) }
            return Outcome(stored: stored, receipt: try receipt(for: stored, duplicateOf: latest.receiptName))
        }
        let verdict = session.judge.judge(raw, format: format, house: judgeHouse(house), refusal: incoming.refusal)
        // Recorded under the game's turn at receipt, whatever turn the file claims:
        // the same bytes sent again in a later turn are judged again.
        let stored = try session.store.recordSubmission(
            NewSubmission(
                houseID: house.id, turn: session.turn, fileName: incoming.fileName, format: format, raw: kept,
                sha256: sha, status: verdict.isAccepted ? .accepted : .rejected, errors: verdict.errors,
                moreErrors: verdict.moreErrors, receivedAt: receivedAt, ready: verdict.file?.isReady ?? true),
            orders: verdict.resolved
        ) { Self.receiptName(id: $0, file: incoming.fileName) }
        return Outcome(stored: stored, receipt: try receipt(for: stored, claimedTurn: verdict.file?.turn))
    }

    /// `ec4x validate`: the receipt a file would get, without recording anything.
    public func check(_ bytes: [UInt8], fileName: String, slug: String) throws -> Receipt {
        let house = try session.requireHouse(slug)
        let refusal =
            bytes.count > Self.maxBytes
            ? SubmissionError(code: .fileTooLarge, path: "$", message: "the file has \(bytes.count) bytes; order files may have at most \(Self.maxBytes) (1 MiB)")
            : nil
        let verdict = session.judge.judge(bytes, format: .ofFile(named: fileName), house: judgeHouse(house), refusal: refusal)
        let count: Int
        let ordered: [String: FleetOrderKind]
        if let resolved = verdict.resolved {
            count = resolved.fleetOrders.count + resolved.builds.count + resolved.diplomacy.count
            ordered = Dictionary(resolved.fleetOrders.map { ($0.fleetID, $0.command.kind) }, uniquingKeysWith: { first, _ in first })
        } else {
            count = try session.store.orderCount(houseID: house.id, turn: session.turn)
            ordered = try session.store.orderedFleets(houseID: house.id, turn: session.turn)
        }
        let standing = standingOrders(of: house.id, ordered: ordered)
        let ready = verdict.isAccepted ? verdict.file?.isReady ?? true : nil
        return Receipt(
            file: FileNameSafety.escaped(fileName), keptAs: "", sha256: SHA256.hex(bytes), receivedAt: Self.iso8601(now),
            status: verdict.isAccepted ? .accepted : .rejected, game: session.id, house: slug,
            turn: verdict.file?.turn ?? session.turn, errors: verdict.errors, moreErrors: verdict.moreErrors,
            ordersInForce: count + standing, standingOrdersInForce: standing, ready: ready, note: Self.note(ready: ready, duplicate: false),
            waitingFor: try session.readiness().awaited
        )
    }

    /// Fleets of the house that will follow a standing order this turn: no
    /// accepted file orders them (a detach leaves its fleet's standing order running).
    func standingOrders(of houseID: String, ordered: [String: FleetOrderKind]) -> Int {
        session.state.fleets.count { fleet in
            fleet.ownerHouseID == houseID && fleet.standingOrder.map { $0.kind != .hold } == true
                && (ordered[fleet.id] == nil || ordered[fleet.id] == .detach)
        }
    }

    static func note(ready: Bool?, duplicate: Bool) -> String? {
        var parts: [String] = []
        if duplicate { parts.append("the same bytes as your previous file this turn: its answer again, errors included") }
        if ready == false {
            parts.append(
                "a draft (\"ready\": false): in force if the deadline passes, but the turn waits for your file with \"ready\": true")
        }
        return parts.isEmpty ? nil : parts.joined(separator: "; ")
    }

    /// The receipt of a recorded submission, as it stands now (also for
    /// answering, after a restart, a file recorded but never answered).
    public func receipt(
        for stored: StoredSubmission, claimedTurn: Int? = nil, duplicateOf: String? = nil, keptAs: String = ""
    ) throws -> Receipt {
        let count = try session.store.orderCount(houseID: stored.houseID, turn: session.turn)
        let standing = standingOrders(of: stored.houseID, ordered: try session.store.orderedFleets(houseID: stored.houseID, turn: session.turn))
        // A duplicate carries the errors of the file it repeats: without errors, it repeats an accepted one.
        let acceptedFile = stored.status == .accepted || (stored.status == .duplicate && stored.errors.isEmpty)
        let ready = acceptedFile ? stored.ready : nil
        return Receipt(
            file: FileNameSafety.escaped(stored.fileName), keptAs: keptAs, sha256: stored.sha256,
            receivedAt: Self.iso8601(Date(timeIntervalSince1970: TimeInterval(stored.receivedAt))),
            status: stored.status, game: session.id, house: session.houses.first { $0.id == stored.houseID }?.slug ?? stored.houseID,
            turn: claimedTurn ?? stored.turn, errors: stored.errors, moreErrors: stored.moreErrors,
            ordersInForce: count + standing, standingOrdersInForce: standing, ready: ready,
            note: Self.note(ready: ready, duplicate: stored.status == .duplicate),
            waitingFor: try session.readiness().awaited, duplicateOf: duplicateOf
        )
    }

    /// The receipt of the earlier identical file a duplicate repeats.
    public func earlierReceipt(of stored: StoredSubmission) throws -> String? {
        try session.store.submissions(houseID: stored.houseID, sha256: stored.sha256)
            .last { $0.id < stored.id && $0.status != .duplicate }?.receiptName
    }

    func judgeHouse(_ house: StoredHouse) -> SubmissionJudge.House {
        SubmissionJudge.House(id: house.id, slug: house.slug, tokenHash: house.tokenHash)
    }

    /// Order files may have at most 1 MiB.
    public static let maxBytes = 1 << 20

    /// `<seq>-<file name without .json/.kdl>.json`, escaped and cut to fit NAME_MAX.
    public static func receiptName(id: Int64, file: String) -> String {
        var stem = file
        for suffix in [".json", ".kdl"] where stem.lowercased().hasSuffix(suffix) { stem.removeLast(suffix.count) }
        return FileNameSafety.fitted(prefix: String(format: "%06lld-", id), stem: stem, suffix: ".json")
    }

    static func iso8601(_ date: Date) -> String {
        date.formatted(.iso8601.year().month().day().dateSeparator(.dash).time(includingFractionalSeconds: true).timeSeparator(.colon).timeZone(separator: .omitted))
    }
}
