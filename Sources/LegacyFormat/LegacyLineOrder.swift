/// Reports list problems top to bottom, as a user fixes them; whole-file problems come first.
/// The sort is made stable by hand so that several problems of one line keep their order.
protocol LegacyLineLocated {
    var line: Int? { get }
}

extension LegacyParseError: LegacyLineLocated {}
extension LegacyParseWarning: LegacyLineLocated {}

extension Array where Element: LegacyLineLocated {
    func inLineOrder() -> [Element] {
        enumerated()
            .sorted { ($0.element.line ?? 0, $0.offset) < ($1.element.line ?? 0, $1.offset) }
            .map(\.element)
    }
}
