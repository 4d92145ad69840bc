#if canImport(Glibc)
import Glibc
#endif
public import Foundation

/// Reads a dropped file safely: never through a symlink, never blocking on a
/// FIFO, never more than the size limit.
public enum DropFileReader {
    public static let maxBytes = 1 << 20

    public enum Outcome: Sendable, Equatable {
        case bytes([UInt8])
        case refused(code: String, message: String)
        /// The file was removed before it could be read: there is nothing to answer.
        case gone
    }

    public static func read(_ url: URL) -> Outcome {
        let descriptor = open(url.path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else {
            if errno == ENOENT { return .gone }
            if errno == ELOOP { return .refused(code: "file.symlink", message: "symbolic links are not followed; copy the file itself into orders/") }
            return .refused(code: "file.unreadable", message: "the file cannot be opened: \(String(cString: strerror(errno)))")
        }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else {
            return .refused(code: "file.unreadable", message: "the file cannot be examined: \(String(cString: strerror(errno)))")
        }
        switch info.st_mode & S_IFMT {
        case S_IFREG: break
        case S_IFIFO: return .refused(code: "file.fifo", message: "named pipes are not read; write a regular file")
        case S_IFDIR: return .refused(code: "file.directory", message: "folders are not order files; put files directly in orders/")
        default: return .refused(code: "file.not_regular", message: "only regular files are read")
        }
        guard info.st_size <= maxBytes else {
            return .refused(code: "file.too_large", message: "the file has \(info.st_size) bytes; order files may have at most \(maxBytes) (1 MiB)")
        }
        var bytes = [UInt8](repeating: 0, count: Int(info.st_size) + 1)
        var total = 0
        while total < bytes.count {
            let count = bytes.withUnsafeMutableBytes { buffer in
                Glibc.read(descriptor, buffer.baseAddress! + total, buffer.count - total)
            }
            if count < 0 {
                if errno == EINTR { continue }
                return .refused(code: "file.unreadable", message: "reading failed: \(String(cString: strerror(errno)))")
            }
            if count == 0 { break }
            total += count
            if total > maxBytes { return .refused(code: "file.too_large", message: "the file grew past \(maxBytes) bytes while being read") }
            if total == bytes.count { bytes.append(contentsOf: [UInt8](repeating: 0, count: 4096)) }
        }
        return .bytes(Array(bytes.prefix(total)))
    }
}
