/// Why the watcher could not start or watch a folder, with a stable code.
public struct WatcherError: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Code: String, Sendable {
        case unavailable = "watcher.unavailable"
        case watchFailed = "watcher.watch_failed"
        case alreadyRunning = "watcher.already_running"
    }

    public var code: Code
    public var message: String

    public var description: String { "\(message) [\(code.rawValue)]" }
}
