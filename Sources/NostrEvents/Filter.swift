/// A NIP-01 subscription filter. Empty lists and nils are left out of the JSON (no constraint).
public struct Filter: Sendable, Equatable {
    public var ids: [String] = []
    public var authors: [String] = []
    public var kinds: [Int] = []
    /// Single-letter tag queries: `["d": ["game-1"]]` becomes `"#d":["game-1"]`, in name order.
    public var tags: [String: [String]] = [:]
    public var since: Int64?
    public var until: Int64?
    public var limit: Int?

    public init(
        ids: [String] = [], authors: [String] = [], kinds: [Int] = [], tags: [String: [String]] = [:],
        since: Int64? = nil, until: Int64? = nil, limit: Int? = nil
    ) {
        self.ids = ids
        self.authors = authors
        self.kinds = kinds
        self.tags = tags
        self.since = since
        self.until = until
        self.limit = limit
    }

    public var json: JSON {
        var members: [(key: String, value: JSON)] = []
        if !ids.isEmpty { members.append(("ids", .array(ids.map(JSON.string)))) }
        if !authors.isEmpty { members.append(("authors", .array(authors.map(JSON.string)))) }
        if !kinds.isEmpty { members.append(("kinds", .array(kinds.map { .integer($0) }))) }
        // Sorted so the same filter always makes the same text.
        for name in tags.keys.sorted() {
            members.append(("#" + name, .array((tags[name] ?? []).map(JSON.string))))
        }
        if let since { members.append(("since", .integer(since))) }
        if let until { members.append(("until", .integer(until))) }
        if let limit { members.append(("limit", .integer(limit))) }
        return .object(members)
    }
}
