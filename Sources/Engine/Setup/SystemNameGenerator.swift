/// Makes unique, pronounceable system names from the seed.
public enum SystemNameGenerator {
    static let starts = [
        "Al", "Be", "Ca", "Da", "El", "Fa", "Ga", "He", "Io", "Ka", "Lo", "Ma", "Ne", "Or",
        "Pa", "Qu", "Ra", "Sa", "Ta", "Ul", "Ve", "Wo", "Xa", "Yo", "Ze",
    ]
    static let middles = ["", "ra", "ni", "to", "ve", "li", "da", "mo", "ry", "se"]
    static let ends = [
        "n", "x", "s", "th", "ra", "ris", "mir", "dor", "lia", "tis", "gon", "phi", "nus", "ka",
    ]

    public static func names(count: Int, random: inout SeededRandom) -> [String] {
        var used = Set<String>()
        var result: [String] = []
        result.reserveCapacity(count)
        while result.count < count {
            var name = random.pick(starts) + random.pick(middles) + random.pick(ends)
            if used.contains(name) {
                // The syllable space is large but finite; a numeral keeps names unique on any map size.
                var suffix = 2
                while used.contains("\(name) \(suffix)") { suffix += 1 }
                name = "\(name) \(suffix)"
            }
            used.insert(name)
            result.append(name)
        }
        return result
    }
}
