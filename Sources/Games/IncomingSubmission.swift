public import PlayerProtocol

/// A submission as any transport hands it over: which house, the file's name
/// and bytes, and where it came from. The transport reads; `IngestSubmission`
/// judges and records.
public struct IncomingSubmission: Sendable, Equatable {
    /// Where a submission came from, for the log and the receipt's wording.
    public enum Origin: Sendable, Equatable {
        /// A file dropped in `houses/<slug>/orders/`.
        case folder
        /// An order event on a relay, by its event id.
        case relay(eventID: String)
        /// A tool call of an agent (MCP).
        case tool
    }

    public var house: String
    public var fileName: String
    public var bytes: [UInt8]
    /// Why the transport could not read the file whole (a symlink, a FIFO, too
    /// large): such a submission is recorded and rejected with this alone.
    public var refusal: SubmissionError?
    public var origin: Origin

    public init(house: String, fileName: String, bytes: [UInt8], refusal: SubmissionError? = nil, origin: Origin) {
        self.house = house
        self.fileName = fileName
        self.bytes = bytes
        self.refusal = refusal
        self.origin = origin
    }
}
