internal import FuzzSupport
public import PlayerProtocol

/// What a player is promised about a rejected order file: at least one error, each with a stable code,
/// a path to the offending field (`$` for the file as a whole), a message, and any line and column
/// inside the file.
public func checkDecodedOrderFile(_ decoded: DecodedOrderFile, input: [UInt8]) {
    guard case .invalid(let errors) = decoded else { return }
    fuzzInvariant(!errors.isEmpty && !errors.listed.isEmpty, "rejected without an error")
    fuzzInvariant(errors.listed.count <= SubmissionErrorList.listLimit, "more than \(SubmissionErrorList.listLimit) errors listed")
    let lineCount = lineCountBound(input)
    for error in errors.listed {
        fuzzInvariant(!error.code.rawValue.isEmpty, "error without a code: \(error)")
        fuzzInvariant(!error.path.isEmpty, "error without a path: \(error)")
        fuzzInvariant(!error.message.isEmpty, "error without a message: \(error)")
        if let line = error.line {
            fuzzInvariant((1...lineCount).contains(line), "error on line \(line) of a \(lineCount)-line file: \(error)")
        }
        if let column = error.column {
            fuzzInvariant(column >= 1, "error at column \(column): \(error)")
        }
    }
}
