/// A parsed legacy config: its `key = value` lines, each with the table it sits in and where it was.
struct LegacyTOMLDocument: Sendable, Equatable {
    struct Entry: Sendable, Equatable {
        /// The enclosing `[table]`, or nil for keys before any table header.
        var table: String?
        var key: String
        var value: LegacyTOMLValue
        var line: LegacyLine
    }

    struct TableHeader: Sendable, Equatable {
        var name: String
        var line: LegacyLine
    }

    var entries: [Entry] = []
    var tables: [TableHeader] = []
}
