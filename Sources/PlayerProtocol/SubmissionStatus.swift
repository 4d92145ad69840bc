/// The verdict on one received file.
public enum SubmissionStatus: String, Sendable, Codable, CaseIterable {
    case accepted
    case rejected
    /// The same bytes as the house's latest file of the turn: the same answer again.
    case duplicate
}
