public import Foundation
import GRDB

/// A row of `submissions`: one file a player sent, kept byte for byte.
public struct SubmissionRecord: SnakeCaseRecord, Equatable {
    public static let databaseTableName = "submissions"
    public var id: Int64?
    public var gameId: String
    public var houseId: String
    public var turn: Int?
    public var fileName: String
    public var format: String
    public var raw: Data
    public var sha256: String
    public var status: String
    public var errorsJson: String?
    public var receiptName: String?
    public var receivedAt: Int64

    public init(
        id: Int64? = nil, gameId: String, houseId: String, turn: Int?, fileName: String, format: String,
        raw: Data, sha256: String, status: String, errorsJson: String?, receiptName: String?, receivedAt: Int64
    ) {
        self.id = id
        self.gameId = gameId
        self.houseId = houseId
        self.turn = turn
        self.fileName = fileName
        self.format = format
        self.raw = raw
        self.sha256 = sha256
        self.status = status
        self.errorsJson = errorsJson
        self.receiptName = receiptName
        self.receivedAt = receivedAt
    }
}
