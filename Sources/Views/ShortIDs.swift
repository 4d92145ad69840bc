internal import Engine

/// Shortest unambiguous names for a fixed set of ids: the shortest prefix of
/// at least `IDResolver.minimumPrefix` characters that no other id of the set
/// starts with. Order files accept such prefixes, so a view can spell system
/// ids in 8 characters instead of 36. Only safe for sets that never grow
/// during a game (the map's systems): a prefix unique today stays unique.
/// Prefixes keep the order of the full ids, so sorting by either agrees.
struct ShortIDs: Sendable {
    private let short: [String: String]

    init(ids: [String]) {
        let sorted = ids.sorted()
        var short: [String: String] = [:]
        for (position, id) in sorted.enumerated() {
            let characters = Array(id)
            // Only the sorted neighbours can share the longest prefix with this id.
            var shared = 0
            for other in [position - 1, position + 1] where sorted.indices.contains(other) {
                shared = max(shared, Self.commonPrefixLength(characters, Array(sorted[other])))
            }
            let length = min(characters.count, max(IDResolver.minimumPrefix, shared + 1))
            short[id] = String(characters.prefix(length))
        }
        self.short = short
    }

    /// The short form of `id`; an id outside the set is returned whole.
    func callAsFunction(_ id: String) -> String { short[id] ?? id }

    static func commonPrefixLength(_ a: [Character], _ b: [Character]) -> Int {
        var count = 0
        while count < a.count, count < b.count, a[count] == b[count] { count += 1 }
        return count
    }
}
