#if canImport(Glibc)
    import Glibc
#endif
public import Foundation
public import Games

/// Asks the kernel whether any process holds a file open for writing: a
/// read lease (`F_SETLEASE` with `F_RDLCK`) is refused while a writer has the
/// file open. This holds for every writer on this machine, Samba's `smbd`
/// included, however long it pauses and whatever it does to the file's mtime;
/// writers on other machines of a network filesystem stay invisible to it.
public enum OpenWriters {
    public enum Answer: Sendable, Equatable {
        case none
        case some
        /// The kernel would not say: leases need the file's owner (or
        /// CAP_LEASE) and a local filesystem. The caller falls back to its other rules.
        case unknown
    }

    /// Linux's `F_SETLEASE` (fcntl.h defines it only under `_GNU_SOURCE`,
    /// which Swift's Glibc module does not see). Part of the kernel's ABI.
    static let setLease: Int32 = 1024

    public static func check(_ url: URL) -> Answer {
        let descriptor = open(url.path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else { return .unknown }
        return check(descriptor: descriptor)
    }

    /// The entry `name` of the open drop folder `folder`.
    public static func check(_ name: String, in folder: DirectoryHandle) -> Answer {
        guard let descriptor = try? folder.openForReading(name) else { return .unknown }
        return check(descriptor: descriptor)
    }

    /// Closes `descriptor`.
    static func check(descriptor: Int32) -> Answer {
        defer { close(descriptor) }
        guard fcntl(descriptor, setLease, F_RDLCK) == 0 else {
            return errno == EAGAIN || errno == EBUSY ? .some : .unknown
        }
        _ = fcntl(descriptor, setLease, F_UNLCK)
        return .none
    }
}
