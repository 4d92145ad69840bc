public import PlayerProtocol
internal import Foundation

/// One file a player sent, as recorded: its bytes, its verdict and the name
/// of its receipt.
public struct StoredSubmission: Sendable, Equatable {
    public var id: Int64
    public var houseID: String
    /// The game's turn when the file arrived.
    public var turn: Int
    public var fileName: String
    public var format: OrderFile.Format
    /// Empty when read as a header only (`submissionHeaders`).
    public var raw: [UInt8]
    public var sha256: String
    public var status: SubmissionStatus
    /// The first errors found (see `SubmissionErrorList`).
    public var errors: [SubmissionError]
    /// Errors found beyond those listed.
    public var moreErrors: Int
    public var receiptName: String
    /// Unix time.
    public var receivedAt: Int64
    /// False for a draft (`"ready": false`): in force, but the house is not counted as submitted.
    public var ready: Bool
}

/// A file to record: what arrived and the verdict on it.
public struct NewSubmission: Sendable, Equatable {
    public var houseID: String
    public var turn: Int
    public var fileName: String
    public var format: OrderFile.Format
    public var raw: [UInt8]
    public var sha256: String
    public var status: SubmissionStatus
    public var errors: [SubmissionError]
    public var moreErrors: Int
    public var receivedAt: Int64
    public var ready: Bool

    public init(
        houseID: String, turn: Int, fileName: String, format: OrderFile.Format, raw: [UInt8], sha256: String,
        status: SubmissionStatus, errors: [SubmissionError], moreErrors: Int = 0, receivedAt: Int64, ready: Bool = true
    ) {
        self.houseID = houseID
        self.turn = turn
        self.fileName = fileName
        self.format = format
        self.raw = raw
        self.sha256 = sha256
        self.status = status
        self.errors = errors
        self.moreErrors = moreErrors
        self.receivedAt = receivedAt
        self.ready = ready
    }
}

extension StoredSubmission {
    init(_ record: SubmissionRecord) throws {
        guard let id = record.id, let status = SubmissionStatus(rawValue: record.status) else {
            throw StorageError(.inconsistentState, "submission \(record.id ?? 0) has an unknown status \(record.status)")
        }
        let errors = try record.errorsJson.map { try JSONDecoder().decode([SubmissionError].self, from: Data($0.utf8)) } ?? []
        self.init(
            id: id, houseID: record.houseId, turn: record.turn ?? 0, fileName: record.fileName,
            format: OrderFile.Format(rawValue: record.format) ?? .unknown, raw: try record.receivedBytes(), sha256: record.sha256,
            status: status, errors: errors, moreErrors: record.moreErrors ?? 0, receiptName: record.receiptName ?? "", receivedAt: record.receivedAt,
            ready: record.ready
        )
    }
}
