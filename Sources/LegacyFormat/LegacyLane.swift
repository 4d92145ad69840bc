/// One line of a legacy `lanes.txt`: `from,to,Major|Minor|Restricted`.
/// The same pair may appear again (often reversed); `LegacyMapRepair` merges them.
public struct LegacyLane: Sendable, Hashable, Codable {
    public var from: Int
    public var to: Int
    public var type: LegacyLaneType
    /// 1-based line in lanes.txt, kept for reports.
    public var line: Int

    public init(from: Int, to: Int, type: LegacyLaneType, line: Int) {
        self.from = from
        self.to = to
        self.type = type
        self.line = line
    }
}
