internal import GRDB

/// Inserts rows many at a time (`INSERT … VALUES (…), (…), …`): a turn of a
/// large game writes thousands of event rows, and one statement per row spent
/// more on statement overhead than on the rows.
struct BatchInsert {
    let db: Database
    let table: String
    let columns: [String]
    let rowsPerStatement: Int
    private var pending: [any DatabaseValueConvertible & Sendable] = []
    private var pendingRows = 0
    /// Row ids of every row inserted so far, in order.
    private(set) var rowIDs: [Int64] = []

    init(db: Database, table: String, columns: [String], rowsPerStatement: Int = 64) {
        self.db = db
        self.table = table
        self.columns = columns
        self.rowsPerStatement = rowsPerStatement
    }

    mutating func add(_ values: [(any DatabaseValueConvertible & Sendable)?]) throws {
        precondition(values.count == columns.count, "a \(table) row has \(columns.count) columns")
        pending.append(contentsOf: values.map { $0 ?? DatabaseValue.null })
        pendingRows += 1
        if pendingRows == rowsPerStatement { try flush() }
    }

    /// Writes what is pending. Rows of one statement get consecutive ids
    /// (the table is written by this transaction alone), so each row's id is known.
    mutating func flush() throws {
        guard pendingRows > 0 else { return }
        let row = "(" + Array(repeating: "?", count: columns.count).joined(separator: ",") + ")"
        let sql = "INSERT INTO \(table) (\(columns.joined(separator: ", "))) VALUES " + Array(repeating: row, count: pendingRows).joined(separator: ",")
        let statement = try db.cachedStatement(sql: sql)
        statement.setUncheckedArguments(StatementArguments(pending))
        try statement.execute()
        let last = db.lastInsertedRowID
        rowIDs.append(contentsOf: (last - Int64(pendingRows) + 1)...last)
        pending.removeAll(keepingCapacity: true)
        pendingRows = 0
    }
}
