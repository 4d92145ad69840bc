/// Finds an entity by its full id or by a unique prefix of at least 8
/// characters, case-insensitively, with a binary search over sorted ids.
public struct IDResolver: Sendable {
    public static let minimumPrefix = 8

    public enum Match: Sendable, Equatable {
        case found(String)
        case ambiguous([String])
        case tooShort
        case notFound
    }

    private let sortedIDs: [String]

    public init(ids: some Sequence<String>) {
        sortedIDs = ids.sorted()
    }

    public func resolve(_ name: String) -> Match {
        let key = name.lowercased()
        let start = lowerBound(key)
        if start < sortedIDs.count, sortedIDs[start] == key { return .found(key) }
        guard key.count >= Self.minimumPrefix else { return key.isEmpty ? .notFound : .tooShort }
        var matches: [String] = []
        var index = start
        while index < sortedIDs.count, sortedIDs[index].hasPrefix(key) {
            matches.append(sortedIDs[index])
            if matches.count > 3 { break }
            index += 1
        }
        switch matches.count {
        case 0: return .notFound
        case 1: return .found(matches[0])
        default: return .ambiguous(matches)
        }
    }

    private func lowerBound(_ key: String) -> Int {
        var low = 0
        var high = sortedIDs.count
        while low < high {
            let mid = (low + high) / 2
            if sortedIDs[mid] < key { low = mid + 1 } else { high = mid }
        }
        return low
    }
}
