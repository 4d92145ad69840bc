/// Reads a legacy `systems.txt`: one `id,q,r,ring,player|none` line per system, in any order.
public enum LegacySystemsParser {
    public static let fileName = "systems.txt"
    static let layout = "id,q,r,ring,player|none"

    /// The systems in file order, or every problem found in the file.
    public static func parse(_ bytes: [UInt8], file: String = fileName) throws(LegacyParseFailure) -> [LegacySystem] {
        let (systems, errors) = read(bytes, file: file)
        guard errors.isEmpty else { throw LegacyParseFailure(errors: errors) }
        return systems
    }

    public static func parse(_ text: String, file: String = fileName) throws(LegacyParseFailure) -> [LegacySystem] {
        try parse(Array(text.utf8), file: file)
    }

    /// Collecting form: the systems that were read cleanly, plus all errors. A line with any error
    /// contributes no system, and a repeated id, position or home keeps the first occurrence.
    public static func read(_ bytes: [UInt8], file: String = fileName) -> (systems: [LegacySystem], errors: [LegacyParseError]) {
        let (lines, lineErrors) = LegacyTextLines.split(bytes, file: file)
        var errors = lineErrors
        var systems: [LegacySystem] = []
        var lineOfID: [Int: Int] = [:]
        var lineOfPosition: [LegacyPosition: Int] = [:]
        var lineOfHome: [Int: Int] = [:]

        for line in lines {
            let fields = LegacyFields(line, file: file)
            if let countError = fields.expectCount(5, layout: layout) {
                errors.append(countError)
                continue
            }
            var lineErrors: [LegacyParseError] = []
            let id = fields.integer(0, named: "id", errors: &lineErrors)
            let q = fields.integer(1, named: "q", errors: &lineErrors)
            let r = fields.integer(2, named: "r", errors: &lineErrors)
            let ring = fields.integer(3, named: "ring", errors: &lineErrors)
            let player = readPlayer(fields, errors: &lineErrors)

            if let id, id < 0 {
                lineErrors.append(fields.error(.badSystemID, "system id \(id) is negative"))
            }
            if let q, let r, let ring, ring != LegacyHex.ring(q: q, r: r) {
                lineErrors.append(
                    fields.error(
                        .ringMismatch,
                        "ring \(ring) does not match coordinates (\(q),\(r)), whose ring is \(LegacyHex.ring(q: q, r: r))"
                    ))
            }
            guard lineErrors.isEmpty, let id, let q, let r, let ring, let player else {
                errors += lineErrors
                continue
            }

            let position = LegacyPosition(q: q, r: r)
            if let first = lineOfID[id] {
                lineErrors.append(fields.error(.duplicateSystemID, "system id \(id) is already defined on line \(first)"))
            }
            if let first = lineOfPosition[position] {
                lineErrors.append(fields.error(.duplicateCoordinates, "coordinates (\(q),\(r)) are already used on line \(first)"))
            }
            if let index = player, let first = lineOfHome[index] {
                lineErrors.append(fields.error(.duplicateHome, "player \(index) already has a home on line \(first)"))
            }
            guard lineErrors.isEmpty else {
                errors += lineErrors
                continue
            }

            lineOfID[id] = line.number
            lineOfPosition[position] = line.number
            if let index = player { lineOfHome[index] = line.number }
            systems.append(LegacySystem(legacyID: id, q: q, r: r, ring: ring, player: player, line: line.number))
        }

        if lines.isEmpty && errors.isEmpty {
            errors.append(LegacyParseError(code: .noSystems, file: file, line: nil, text: "", message: "the file lists no systems"))
        }
        return (systems, errors.inLineOrder())
    }

    public static func read(_ text: String, file: String = fileName) -> (systems: [LegacySystem], errors: [LegacyParseError]) {
        read(Array(text.utf8), file: file)
    }

    /// Every id the file lists in its first field, including lines rejected for other reasons,
    /// so lanes are called "unknown" only when their system is truly absent.
    static func listedIDs(_ bytes: [UInt8], file: String = fileName) -> Set<Int> {
        let lines = LegacyTextLines.split(bytes, file: file).lines
        return Set(
            lines.compactMap { line in
                line.text.split(separator: ",", maxSplits: 1, omittingEmptySubsequences: false).first
                    .flatMap { Int($0.trimmingBlanks()) }
            })
    }

    /// `none` for an unowned system, else a non-negative player index. The outer optional is the
    /// failure case; the inner one is "no owner".
    private static func readPlayer(_ fields: LegacyFields, errors: inout [LegacyParseError]) -> Int?? {
        let value = fields.values[4]
        if value == "none" { return .some(nil) }
        if let index = Int(value), index >= 0, !value.hasPrefix("+") { return .some(index) }
        errors.append(fields.error(.badPlayer, "player '\(value)' is neither 'none' nor a player index 0, 1, 2, ..."))
        return nil
    }
}

/// Hashable axial position, for duplicate detection and lookups.
struct LegacyPosition: Hashable {
    var q: Int
    var r: Int
}
