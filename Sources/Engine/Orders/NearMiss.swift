/// Finds the one candidate a mistyped name most likely meant: an id whose
/// first 8 characters the name repeats (a real prefix with an invented
/// tail), or an id or name within a small edit distance. Only a unique
/// candidate is suggested; a guess between two would mislead.
public struct NearMiss: Sendable {
    public struct Candidate: Sendable, Equatable {
        /// What the order should say instead (an id).
        public var id: String
        /// What a player recognises it by (a fleet's or system's name).
        public var label: String?
        /// A name that may be mistyped too (a system's), lowercased.
        public var name: String?

        public init(id: String, label: String?, name: String? = nil) {
            self.id = id
            self.label = label
            self.name = name
        }
    }

    /// Longer inputs are not compared: an edit distance costs their length times each candidate's.
    static let maxInputLength = 64
    static let maxDistance = 2

    public static func suggestion(for input: String, among candidates: [Candidate]) -> Candidate? {
        let key = Array(input.lowercased().unicodeScalars)
        guard !key.isEmpty, key.count <= maxInputLength else { return nil }
        var found: Candidate?
        for candidate in candidates where isNear(key, candidate) {
            if let earlier = found, earlier.id != candidate.id { return nil }
            found = candidate
        }
        return found
    }

    static func isNear(_ key: [Unicode.Scalar], _ candidate: Candidate) -> Bool {
        let id = Array(candidate.id.unicodeScalars)
        if key.count >= IDResolver.minimumPrefix, id.count >= IDResolver.minimumPrefix,
            key.prefix(IDResolver.minimumPrefix).elementsEqual(id.prefix(IDResolver.minimumPrefix))
        {
            return true
        }
        if key.count >= 6, distance(key, Array(id.prefix(key.count)), limit: maxDistance) <= maxDistance { return true }
        if let name = candidate.name {
            let scalars = Array(name.unicodeScalars)
            let limit = scalars.count <= 4 ? 1 : maxDistance
            if distance(key, scalars, limit: limit) <= limit { return true }
        }
        return false
    }

    /// Levenshtein distance, or `limit + 1` as soon as it must exceed `limit`.
    static func distance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar], limit: Int) -> Int {
        if abs(a.count - b.count) > limit { return limit + 1 }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...max(a.count, 1) where !a.isEmpty {
            current[0] = i
            var rowMinimum = i
            for j in stride(from: 1, through: b.count, by: 1) {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                rowMinimum = min(rowMinimum, current[j])
            }
            if rowMinimum > limit { return limit + 1 }
            swap(&previous, &current)
        }
        return a.isEmpty ? b.count : previous[b.count]
    }
}
