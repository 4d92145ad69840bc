internal import GRDB

extension Database {
    /// Runs one statement, prepared once per connection and then reused: the
    /// turn writer runs the same few statements thousands of times a turn,
    /// and preparing each anew cost more than executing it.
    func run(_ sql: String, _ arguments: StatementArguments) throws {
        try cachedStatement(sql: sql).execute(arguments: arguments)
    }

    /// A prepared statement for a loop that runs it many times.
    func prepared(_ sql: String) throws -> PreparedStatement {
        PreparedStatement(statement: try cachedStatement(sql: sql))
    }
}

/// One prepared statement run with fresh arguments each time. The arguments
/// are the statement's own, so GRDB's per-call checks are skipped.
struct PreparedStatement {
    let statement: Statement

    func run(_ arguments: StatementArguments) throws {
        statement.setUncheckedArguments(arguments)
        try statement.execute()
    }
}
