internal import GRDB

extension Database {
    /// Runs one statement, prepared once per connection and then reused: the
    /// turn writer runs the same few statements thousands of times a turn,
    /// and preparing each anew cost more than executing it.
    func run(_ sql: String, _ arguments: StatementArguments) throws {
        try cachedStatement(sql: sql).execute(arguments: arguments)
    }
}
