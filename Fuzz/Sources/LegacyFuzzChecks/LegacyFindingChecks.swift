internal import FuzzSupport
public import LegacyFormat

/// What every legacy parser promises about the problems it reports: each names the file it was given
/// and a line that exists in the input, so a person can go and fix it.
public func checkLegacyErrors(_ errors: [LegacyParseError], file: String, input: [UInt8]) {
    let lineCount = input.reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
    for error in errors {
        fuzzInvariant(error.file == file, "error names file \(error.file), not \(file)")
        if let line = error.line {
            fuzzInvariant((1...lineCount).contains(line), "error on line \(line) of a \(lineCount)-line input: \(error)")
        }
        fuzzInvariant(!error.message.isEmpty, "error without a message: \(error.code)")
    }
}

public func checkLegacyWarnings(_ warnings: [LegacyParseWarning], file: String, input: [UInt8]) {
    let lineCount = input.reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
    for warning in warnings {
        fuzzInvariant(warning.file == file, "warning names file \(warning.file), not \(file)")
        if let line = warning.line {
            fuzzInvariant((1...lineCount).contains(line), "warning on line \(line) of a \(lineCount)-line input: \(warning)")
        }
    }
}
