public import Engine

/// The stable code of a submission error. Players, harnesses and tests
/// match on these; the messages are for people and may change.
///
/// A struct rather than an enum because the rules' own codes
/// (`OrderError.Code`) pass through unchanged beside the protocol's.
public struct SubmissionErrorCode: RawRepresentable, Hashable, Sendable, Codable, CustomStringConvertible {
    public let rawValue: String

    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    init(_ rawValue: String) {
        self.rawValue = rawValue
    }

    /// A code of the orders' checks, as the rules report it.
    public init(_ code: OrderError.Code) {
        rawValue = code.rawValue
    }

    public var description: String { rawValue }

    public init(from decoder: any Decoder) throws {
        rawValue = try decoder.singleValueContainer().decode(String.self)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}

extension SubmissionErrorCode {
    public static let fieldDuplicate = Self("field.duplicate")
    /// A JSON object names the same key twice (RFC 8259 leaves the meaning open; we refuse it).
    public static let fieldDuplicateKey = Self("field.duplicate_key")
    public static let fieldMissing = Self("field.missing")
    public static let fieldWrongType = Self("field.wrong_type")
    public static let fileDirectory = Self("file.directory")
    public static let fileEmpty = Self("file.empty")
    public static let fileFifo = Self("file.fifo")
    /// A file with more than one hard link: it may be another file's other name, so it is never read.
    public static let fileHardLink = Self("file.hard_link")
    public static let fileNotAnObject = Self("file.not_an_object")
    public static let fileNotRegular = Self("file.not_regular")
    public static let fileNotText = Self("file.not_text")
    public static let fileSymlink = Self("file.symlink")
    public static let fileTooLarge = Self("file.too_large")
    public static let fileTooManyFields = Self("file.too_many_fields")
    public static let fileTooManyOrders = Self("file.too_many_orders")
    public static let fileUnknownFormat = Self("file.unknown_format")
    public static let fileUnreadable = Self("file.unreadable")
    public static let headerBadToken = Self("header.bad_token")
    public static let headerFutureTurn = Self("header.future_turn")
    public static let headerMissingGame = Self("header.missing_game")
    public static let headerMissingHouse = Self("header.missing_house")
    public static let headerMissingToken = Self("header.missing_token")
    public static let headerMissingTurn = Self("header.missing_turn")
    public static let headerStaleTurn = Self("header.stale_turn")
    public static let headerWrongGame = Self("header.wrong_game")
    public static let headerWrongHouse = Self("header.wrong_house")
    public static let fileBadJson = Self("file.bad_json")
    public static let fileBadKdl = Self("file.bad_kdl")
    public static let fieldUnknown = Self("field.unknown")
    /// The house sent more files or bytes this turn than the daemon takes; the file is kept unread.
    public static let submissionOverQuota = Self("submission.over_quota")
}
