import Foundation
#if canImport(Glibc)
    import Glibc
#endif

/// A bare inotify descriptor for the measuring side. libinotifytools keeps
/// one global instance per process (the daemon's watcher uses it), so the
/// bench reads the kernel's events itself and never shares that instance.
final class RawInotify {
    struct Event: Sendable {
        var folder: String
        var name: String
        var mask: UInt32
        /// When the bench read the event.
        var seen: ContinuousClock.Instant
    }

    static let completed = UInt32(IN_CLOSE_WRITE) | UInt32(IN_MOVED_TO)

    private let descriptor: Int32
    private var folders: [Int32: String] = [:]
    private var buffer = [UInt8](repeating: 0, count: 64 * 1024)
    private var pending: [Event] = []

    init() throws {
        descriptor = inotify_init1(Int32(IN_CLOEXEC | IN_NONBLOCK))
        guard descriptor >= 0 else { throw BenchError("inotify_init1 failed: \(String(cString: strerror(errno)))") }
    }

    deinit { close(descriptor) }

    func watch(_ folder: URL, mask: UInt32 = RawInotify.completed) throws {
        let wd = inotify_add_watch(descriptor, folder.path, mask)
        guard wd >= 0 else { throw BenchError("cannot watch \(folder.path): \(String(cString: strerror(errno)))") }
        folders[wd] = folder.path
    }

    /// The next event that satisfies `matches`, waiting at most `timeout` seconds.
    func next(timeout: TimeInterval, where matches: (Event) -> Bool) -> Event? {
        let deadline = BenchClock.now() + .milliseconds(Int(timeout * 1000))
        while true {
            if let index = pending.firstIndex(where: matches) {
                let event = pending[index]
                pending.removeSubrange(...index)
                return event
            }
            pending.removeAll()
            let left = BenchClock.milliseconds(BenchClock.now().duration(to: deadline))
            guard left > 0 else { return nil }
            var poller = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
            let ready = poll(&poller, 1, Int32(max(1, left.rounded(.up))))
            if ready > 0 { readEvents() }
        }
    }

    /// Drops events already queued (from earlier work) so the next wait sees only new ones.
    func drain() {
        readEvents()
        pending.removeAll()
    }

    private func readEvents() {
        let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
        guard count > 0 else { return }
        let seen = BenchClock.now()
        let header = MemoryLayout<inotify_event>.size
        var offset = 0
        buffer.withUnsafeBytes { raw in
            while offset + header <= count {
                let wd = raw.loadUnaligned(fromByteOffset: offset, as: Int32.self)
                let mask = raw.loadUnaligned(fromByteOffset: offset + 4, as: UInt32.self)
                let length = Int(raw.loadUnaligned(fromByteOffset: offset + 12, as: UInt32.self))
                let nameBytes = raw[(offset + header)..<(offset + header + length)].prefix { $0 != 0 }
                pending.append(Event(folder: folders[wd] ?? "", name: String(decoding: nameBytes, as: UTF8.self), mask: mask, seen: seen))
                offset += header + length
            }
        }
    }
}
