/// Fleet names are unique per house (DESIGN.md §4), compared without case,
/// so a player can name a fleet in an order and read it in events unmistakably.
public enum FleetNames {
    public static let maxLength = 40

    /// `base` if no fleet in `taken` (lowercased names) is called that, else
    /// the first free "`base` (2)", "`base` (3)", ….
    public static func unique(_ base: String, taken: Set<String>) -> String {
        if !taken.contains(base.lowercased()) { return base }
        var number = 2
        while taken.contains("\(base) (\(number))".lowercased()) { number += 1 }
        return "\(base) (\(number))"
    }

    /// `name` without leading and trailing blanks.
    public static func trimmed(_ name: String) -> String {
        let scalars = name.unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
            let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
        else { return "" }
        return String(scalars[first...last])
    }
}
