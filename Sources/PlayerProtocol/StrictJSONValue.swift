/// A JSON value as `StrictJSONParser` read it, with where it starts (1-based
/// line and column, columns counting Unicode scalars) so that every later
/// finding about it can say where to look.
struct StrictJSONValue: Sendable {
    enum Kind: Sendable {
        case null
        case bool(Bool)
        /// A literal without fraction or exponent that fits in an `Int`.
        case integer(Int)
        /// Any other number, as written.
        case number(String)
        case string(String)
        case array([StrictJSONValue])
        case object(StrictJSONObject)
    }

    var kind: Kind
    var line: Int
    var column: Int

    /// Whether a key is written twice anywhere inside this value.
    var hasDuplicates: Bool {
        switch kind {
        case .object(let object): !object.duplicates.isEmpty || object.members.contains { $0.value.hasDuplicates }
        case .array(let items): items.contains { $0.hasDuplicates }
        default: false
        }
    }
}

/// An object's members in the order written. A key written twice keeps its
/// first value in `members`; every later occurrence is in `duplicates`, so the
/// reader can refuse it with its path instead of silently picking one.
struct StrictJSONObject: Sendable {
    struct Member: Sendable {
        var key: String
        var value: StrictJSONValue
        /// Where the key starts.
        var line: Int
        var column: Int
    }

    var members: [Member] = []
    var duplicates: [Member] = []

    subscript(key: String) -> StrictJSONValue? { members.first { $0.key == key }?.value }

    func member(_ key: String) -> Member? { members.first { $0.key == key } }
}

/// The first syntax error in a JSON text: where, what, and how to fix it.
struct StrictJSONSyntaxError: Error, Sendable, Equatable {
    var line: Int
    var column: Int
    var message: String
    var hint: String
}
