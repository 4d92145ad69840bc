/// Comma-separated fields of one legacy line, with the integer reading shared by the map parsers.
struct LegacyFields {
    let line: LegacyLine
    let file: String
    let values: [String]

    init(_ line: LegacyLine, file: String) {
        self.line = line
        self.file = file
        // Blanks around a field carry no meaning in these machine-written files, so they are dropped.
        self.values = line.text.split(separator: ",", omittingEmptySubsequences: false).map { $0.trimmingBlanks() }
    }

    func error(_ code: LegacyParseError.Code, _ message: String) -> LegacyParseError {
        LegacyParseError(code: code, file: file, line: line.number, text: line.text, message: message)
    }

    /// Checks the field count, naming the expected layout in the error.
    func expectCount(_ count: Int, layout: String) -> LegacyParseError? {
        values.count == count
            ? nil
            : error(.badFieldCount, "expected \(count) comma-separated fields (\(layout)), found \(values.count)")
    }

    /// Reads field `index` as a decimal integer, appending an error that names the field when it is not one.
    func integer(_ index: Int, named name: String, errors: inout [LegacyParseError]) -> Int? {
        let value = values[index]
        if let number = Int(value), !value.hasPrefix("+") {
            return number
        }
        errors.append(error(.badInteger, "\(name) '\(value)' is not an integer"))
        return nil
    }
}
