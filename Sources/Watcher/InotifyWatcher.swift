internal import CInotifyTools
public import Foundation

/// Watches folders with libinotifytools on one dedicated thread.
///
/// The library keeps one global instance per process and is not thread-safe,
/// so every call into it happens on the watcher's own thread; other threads
/// only queue requests. `inotifytools_next_event` can only wait (in whole
/// seconds) for an event, so requests and `stop()` touch a file in a private
/// control folder to wake the thread at once.
public final class InotifyWatcher: @unchecked Sendable {
    /// The process-wide library instance may be used by one watcher at a time.
    nonisolated(unsafe) private static var active = false
    private static let activeLock = NSLock()

    private let lock = NSLock()
    private var pendingWatches: [String] = []
    private var barriers: [DispatchSemaphore] = []
    private var stopping = false
    private var thread: Thread?
    private let finished = DispatchSemaphore(value: 0)
    private let controlFolder: URL
    /// The control folder itself, held open: a data folder moved or replaced
    /// under the daemon takes the watched control folder with it, and the
    /// wake-up file must land in the folder that is watched, not the one now at the path.
    private var controlDescriptor: Int32 = -1
    private let handler: @Sendable (WatchEvent) -> Void

    static let mask = Int32(truncatingIfNeeded: UInt32(IN_CLOSE_WRITE) | UInt32(IN_MOVED_TO) | UInt32(IN_CREATE))

    /// - Parameters:
    ///   - controlFolder: a private folder the watcher may write a wake-up file in.
    ///   - handler: called on the watcher thread for each event; keep it short.
    public init(controlFolder: URL, handler: @escaping @Sendable (WatchEvent) -> Void) {
        self.controlFolder = controlFolder
        self.handler = handler
    }

    /// Starts the watcher thread; fails when inotify cannot be used here.
    public func start() throws(WatcherError) {
        Self.activeLock.lock()
        defer { Self.activeLock.unlock() }
        guard !Self.active else {
            throw WatcherError(code: .alreadyRunning, message: "another watcher already uses inotify in this process")
        }
        do {
            // Private to the program, like the rest of `.ec4x/`.
            try FileManager.default.createDirectory(at: controlFolder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        } catch {
            throw WatcherError(code: .unavailable, message: "cannot create \(controlFolder.path): \(error)")
        }
        controlDescriptor = open(controlFolder.path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        let started = DispatchSemaphore(value: 0)
        nonisolated(unsafe) var failure: WatcherError?
        let thread = Thread { [self] in
            if inotifytools_initialize() == 0 {
                failure = WatcherError(code: .unavailable, message: "inotify is not available: \(String(cString: strerror(inotifytools_error())))")
                started.signal()
                finished.signal()
                return
            }
            if inotifytools_watch_file(controlFolder.path, Self.mask) == 0 {
                failure = WatcherError(code: .unavailable, message: "cannot watch \(controlFolder.path): \(String(cString: strerror(inotifytools_error())))")
                inotifytools_cleanup()
                started.signal()
                finished.signal()
                return
            }
            started.signal()
            run()
            inotifytools_cleanup()
            finished.signal()
        }
        thread.name = "ec4x.inotify"
        thread.start()
        started.wait()
        if let failure { throw failure }
        self.thread = thread
        Self.active = true
    }

    /// Asks the watcher thread to watch `path` (a folder); it is added before the next event is read.
    public func watch(_ path: String) {
        lock.withLock { pendingWatches.append(path) }
        wake()
    }

    /// Returns once every folder asked for so far is watched (or has failed),
    /// so a caller can say "watching" and mean it.
    public func waitUntilWatching(timeout: TimeInterval = 5) {
        let barrier = DispatchSemaphore(value: 0)
        let running = lock.withLock { () -> Bool in
            guard thread != nil, !stopping else { return false }
            barriers.append(barrier)
            return true
        }
        guard running else { return }
        wake()
        _ = barrier.wait(timeout: .now() + timeout)
    }

    /// Stops the thread and releases the library; returns when it has stopped.
    public func stop() {
        let wasRunning = lock.withLock { () -> Bool in
            let running = thread != nil && !stopping
            stopping = true
            return running
        }
        guard wasRunning else { return }
        wake()
        finished.wait()
        if controlDescriptor >= 0 { close(controlDescriptor) }
        Self.activeLock.withLock { Self.active = false }
    }

    /// Number of folders being watched (including the control folder).
    public var watchCount: Int {
        lock.withLock { watchedCount }
    }

    private var watchedCount = 0
    private var watchFailures: [String: String] = [:]

    /// Folders the kernel refused to watch (usually: out of inotify watches), with the reason.
    public var failedWatches: [String: String] { lock.withLock { watchFailures } }

    private func wake() {
        if controlDescriptor >= 0 {
            let descriptor = openat(controlDescriptor, "wake", O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
            if descriptor >= 0 {
                close(descriptor)
                return
            }
        }
        let file = controlFolder.appendingPathComponent("wake")
        _ = FileManager.default.createFile(atPath: file.path, contents: Data())
    }

    private func run() {
        while true {
            let (requests, waiting, stop) = lock.withLock { () -> ([String], [DispatchSemaphore], Bool) in
                defer {
                    pendingWatches.removeAll()
                    barriers.removeAll()
                }
                return (pendingWatches, barriers, stopping)
            }
            for path in requests { addWatch(path) }
            for waiter in waiting { waiter.signal() }
            if stop { return }
            // Requests and stop() wake the thread through the control folder, so
            // the timeout is only a safety net, and a few seconds at most: a control folder deleted with its data
            // folder can no longer wake the thread.
            guard let event = inotifytools_next_event(5) else { continue }
            deliver(event)
        }
    }

    /// The folder each watch was placed on (device, inode): a folder deleted
    /// and made again under the same path needs a new watch, since the old
    /// one went with the old folder.
    private var watchedFolders: [String: FolderIdentity] = [:]
    /// Watches the kernel removed (`IN_IGNORED`: their folder was deleted).
    private var droppedWatches = Set<Int32>()

    private func addWatch(_ path: String) {
        let identity = FolderIdentity.of(path)
        let existing = inotifytools_wd_from_filename(path + "/")
        if existing >= 0 {
            guard let identity, watchedFolders[path] != identity else { return }
            // Another folder under the old name: drop the old watch, unless the
            // kernel already did (the old folder was deleted).
            if !droppedWatches.contains(existing) { _ = inotifytools_remove_watch_by_wd(existing) }
        }
        watchedFolders[path] = identity
        if inotifytools_watch_file(path, Self.mask) == 0 {
            let reason = String(cString: strerror(inotifytools_error()))
            lock.withLock { watchFailures[path] = reason }
        } else {
            let count = Int(inotifytools_get_num_watches())
            lock.withLock {
                watchFailures[path] = nil
                watchedCount = count
            }
        }
    }

    private func deliver(_ event: UnsafeMutablePointer<inotify_event>) {
        let mask = event.pointee.mask
        if mask & UInt32(truncatingIfNeeded: IN_Q_OVERFLOW) != 0 {
            handler(.overflow)
            return
        }
        if mask & UInt32(truncatingIfNeeded: IN_IGNORED) != 0 {
            droppedWatches.insert(event.pointee.wd)
            return
        }
        guard event.pointee.len > 0, let folderName = inotifytools_filename_from_wd(event.pointee.wd) else { return }
        var directory = String(cString: folderName)
        if directory.hasSuffix("/") { directory.removeLast() }
        if directory == controlFolder.path { return }
        // The name is a flexible array member right after the fixed header.
        let name = String(cString: UnsafeRawPointer(event).advanced(by: MemoryLayout<inotify_event>.size).assumingMemoryBound(to: CChar.self))
        if mask & (UInt32(IN_CLOSE_WRITE) | UInt32(IN_MOVED_TO)) != 0, mask & UInt32(truncatingIfNeeded: IN_ISDIR) == 0 {
            handler(.fileCompleted(directory: directory, name: name))
        } else {
            handler(.entryCreated(directory: directory, name: name, isDirectory: mask & UInt32(truncatingIfNeeded: IN_ISDIR) != 0))
        }
    }
}
