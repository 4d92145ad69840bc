internal import Foundation
import GRDB

/// A row of `submissions`: one file a player sent, kept byte for byte.
struct SubmissionRecord: SnakeCaseRecord, Equatable {
    static let databaseTableName = "submissions"
    var id: Int64?
    var gameId: String
    var houseId: String
    var turn: Int?
    var fileName: String
    var format: String
    var raw: Data
    var sha256: String
    var status: String
    var errorsJson: String?
    var receiptName: String?
    var receivedAt: Int64
    /// "identity", or "deflate" when `raw` is kept deflated.
    var rawEncoding: String
    /// v15: errors found beyond those in `errors_json`; nil when all are listed.
    var moreErrors: Int?
    /// False for a draft: in force, but its house is not counted as submitted.
    var ready: Bool

    init(
        id: Int64? = nil, gameId: String, houseId: String, turn: Int?, fileName: String, format: String,
        raw: Data, sha256: String, status: String, errorsJson: String?, receiptName: String?, receivedAt: Int64,
        rawEncoding: String = "identity", moreErrors: Int? = nil, ready: Bool = true
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
        self.rawEncoding = rawEncoding
        self.moreErrors = moreErrors
        self.ready = ready
    }

    /// The file's bytes as received.
    func receivedBytes() throws -> [UInt8] {
        switch rawEncoding {
        case "deflate": try Deflate.decompress([UInt8](raw))
        default: [UInt8](raw)
        }
    }

    /// Keeps `bytes` deflated when the lever is on and that is smaller.
    static func encoded(_ bytes: [UInt8]) -> (raw: Data, encoding: String) {
        if StorageLevers.inEffect.contains(.rawDeflate), let deflated = Deflate.compress(bytes), deflated.count < bytes.count {
            return (Data(deflated), "deflate")
        }
        return (Data(bytes), "identity")
    }
}
