/// Reassembles addressable documents sent in parts (§8): parts of one version share a `created_at`;
/// a version is whole when parts 1…n have arrived. Pure.
public struct PartAssembler: Sendable {
    var pending: [Key: [Int: String]] = [:]

    struct Key: Hashable {
        var topic: String
        var createdAt: Int64
        var count: Int
    }

    public init() {}

    /// Adds one part (or a whole document, `position` nil); returns the text once it is whole.
    public mutating func add(topic: String, createdAt: Int64, position: (index: Int, count: Int)?, text: String) -> String? {
        guard let position, position.count > 1 else { return text }
        let key = Key(topic: topic, createdAt: createdAt, count: position.count)
        pending[key, default: [:]][position.index] = text
        guard let parts = pending[key], parts.count == position.count else { return nil }
        pending[key] = nil
        return (1...position.count).map { parts[$0] ?? "" }.joined()
    }
}
