internal import Foundation
internal import Synchronization

/// Where finished lines go. A line is handed over whole and one at a time, so
/// lines logged from several threads never interleave.
public final class LogSink: Sendable {
    private let write: @Sendable (String) -> Void
    private let lock = Mutex(())

    /// - Parameter write: receives each line without its line break.
    public init(_ write: @escaping @Sendable (String) -> Void) {
        self.write = write
    }

    /// Standard error, one line per record. A write that fails (stderr closed)
    /// is dropped: losing a log line must not stop the daemon.
    public static let standardError = LogSink { try? FileHandle.standardError.write(contentsOf: Data(($0 + "\n").utf8)) }

    func emit(_ line: String) {
        lock.withLock { _ in write(line) }
    }
}
