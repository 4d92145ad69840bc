/// Maps byte offsets to 1-based line and column (columns count Unicode scalars).
struct KDLLineTable {
    /// Byte offset where each line starts; the first entry skips a leading BOM.
    let lineStarts: [Int]
    // Forward-moving cache so that resolving many offsets on one long line stays linear.
    private var cachedLine = 0
    private var cachedOffset: Int
    private var cachedColumn = 1

    init(lineStarts: [Int]) {
        self.lineStarts = lineStarts
        self.cachedOffset = lineStarts[0]
    }

    /// The location of `offset` in `bytes`.
    mutating func location(of offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> KDLSourceLocation {
        let line = lineIndex(containing: offset)
        var column: Int
        var scanFrom: Int
        if line == cachedLine && offset >= cachedOffset {
            column = cachedColumn
            scanFrom = cachedOffset
        } else {
            column = 1
            scanFrom = min(lineStarts[line], offset)
        }
        let scanTo = min(offset, bytes.count)
        while scanFrom < scanTo {
            // Every byte that is not a UTF-8 continuation byte starts a scalar.
            if bytes[scanFrom] & 0xC0 != 0x80 {
                column += 1
            }
            scanFrom += 1
        }
        cachedLine = line
        cachedOffset = offset
        cachedColumn = column
        return KDLSourceLocation(line: line + 1, column: column, offset: offset)
    }

    private func lineIndex(containing offset: Int) -> Int {
        // Fast path: same or next line as the previous lookup.
        if offset >= lineStarts[cachedLine] {
            if cachedLine + 1 == lineStarts.count || offset < lineStarts[cachedLine + 1] {
                return cachedLine
            }
            if cachedLine + 2 == lineStarts.count || offset < lineStarts[cachedLine + 2] {
                return cachedLine + 1
            }
        }
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if lineStarts[middle] <= offset {
                low = middle
            } else {
                high = middle - 1
            }
        }
        return low
    }
}
