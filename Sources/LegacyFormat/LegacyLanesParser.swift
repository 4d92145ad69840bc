/// Reads a legacy `lanes.txt`: one `from,to,Major|Minor|Restricted` line per listed lane, in any order.
/// Repeated pairs are not errors here; `LegacyMapRepair` merges them and records how.
public enum LegacyLanesParser {
    public static let fileName = "lanes.txt"
    static let layout = "from,to,Major|Minor|Restricted"

    /// The lanes in file order, or every problem found in the file.
    /// - Parameter systemIDs: when given, a lane naming any other id is an error on its line.
    public static func parse(
        _ bytes: [UInt8], file: String = fileName, systemIDs: Set<Int>? = nil
    ) throws(LegacyParseFailure) -> [LegacyLane] {
        let (lanes, errors) = read(bytes, file: file, systemIDs: systemIDs)
        guard errors.isEmpty else { throw LegacyParseFailure(errors: errors) }
        return lanes
    }

    public static func parse(
        _ text: String, file: String = fileName, systemIDs: Set<Int>? = nil
    ) throws(LegacyParseFailure) -> [LegacyLane] {
        try parse(Array(text.utf8), file: file, systemIDs: systemIDs)
    }

    /// Collecting form: the lanes read cleanly, plus all errors; a line with any error contributes no lane.
    public static func read(
        _ bytes: [UInt8], file: String = fileName, systemIDs: Set<Int>? = nil
    ) -> (lanes: [LegacyLane], errors: [LegacyParseError]) {
        let (lines, lineErrors) = LegacyTextLines.split(bytes, file: file)
        var errors = lineErrors
        var lanes: [LegacyLane] = []

        for line in lines {
            let fields = LegacyFields(line, file: file)
            if let countError = fields.expectCount(3, layout: layout) {
                errors.append(countError)
                continue
            }
            var lineErrors: [LegacyParseError] = []
            let from = fields.integer(0, named: "from", errors: &lineErrors)
            let to = fields.integer(1, named: "to", errors: &lineErrors)
            let type = LegacyLaneType(rawValue: fields.values[2])
            if type == nil {
                lineErrors.append(
                    fields.error(
                        .unknownLaneType,
                        "unknown lane type '\(fields.values[2])' (expected Major, Minor or Restricted)"
                    ))
            }
            if let from, let to, from == to {
                lineErrors.append(fields.error(.selfLane, "lane joins system \(from) to itself"))
            }
            if let systemIDs {
                // A self lane names its system once; report it once.
                let ends = from == to ? [from] : [from, to]
                for end in ends.compactMap({ $0 }) where !systemIDs.contains(end) {
                    lineErrors.append(fields.error(.laneUnknownSystem, "system \(end) is not listed in systems.txt"))
                }
            }
            guard lineErrors.isEmpty, let from, let to, let type else {
                errors += lineErrors
                continue
            }
            lanes.append(LegacyLane(from: from, to: to, type: type, line: line.number))
        }
        return (lanes, errors.inLineOrder())
    }

    public static func read(
        _ text: String, file: String = fileName, systemIDs: Set<Int>? = nil
    ) -> (lanes: [LegacyLane], errors: [LegacyParseError]) {
        read(Array(text.utf8), file: file, systemIDs: systemIDs)
    }
}
