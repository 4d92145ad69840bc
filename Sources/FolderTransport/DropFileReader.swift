#if canImport(Glibc)
    import Glibc
#endif
public import Foundation
public import PlayerProtocol
public import Games

/// Reads a dropped file safely, through the drop folder's handle: never
/// through a symlink, never a file with another hard link, never blocking
/// on a FIFO, never more than the size limit.
public enum DropFileReader {
    public static let maxBytes = IngestSubmission.maxBytes

    public enum Outcome: Sendable, Equatable {
        case bytes([UInt8])
        case refused(SubmissionError)
        /// The file was removed before it could be read: there is nothing to answer.
        case gone
    }

    static let symlinkRefusal = SubmissionError(code: .fileSymlink, path: "$", message: "symbolic links are not followed; copy the file itself into orders/")
    static let hardLinkRefusal = SubmissionError(
        code: .fileHardLink, path: "$", message: "the file has more than one hard link and is not read; copy the file itself into orders/")

    /// Reads the file at `url`, its folder opened as a handle.
    public static func read(_ url: URL) -> Outcome {
        guard let folder = try? DirectoryHandle.open(url.deletingLastPathComponent()) else {
            return .refused(SubmissionError(code: .fileUnreadable, path: "$", message: "the drop folder is not a real folder"))
        }
        return read(url.lastPathComponent, in: folder)
    }

    public static func read(_ name: String, in folder: DirectoryHandle) -> Outcome {
        let descriptor: Int32
        do {
            descriptor = try folder.openForReading(name)
        } catch {
            switch error.code {
            case .missing: return .gone
            case .symlink: return .refused(symlinkRefusal)
            default: return .refused(SubmissionError(code: .fileUnreadable, path: "$", message: "the file cannot be opened: \(error.message)"))
            }
        }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else {
            return .refused(SubmissionError(code: .fileUnreadable, path: "$", message: "the file cannot be examined: \(String(cString: strerror(errno)))"))
        }
        switch info.st_mode & S_IFMT {
        case S_IFREG: break
        case S_IFIFO: return .refused(SubmissionError(code: .fileFifo, path: "$", message: "named pipes are not read; write a regular file"))
        case S_IFDIR: return .refused(SubmissionError(code: .fileDirectory, path: "$", message: "folders are not order files; put files directly in orders/"))
        default: return .refused(SubmissionError(code: .fileNotRegular, path: "$", message: "only regular files are read"))
        }
        guard info.st_nlink <= 1 else { return .refused(hardLinkRefusal) }
        guard info.st_size <= maxBytes else {
            return .refused(SubmissionError(code: .fileTooLarge, path: "$", message: "the file has \(info.st_size) bytes; order files may have at most \(maxBytes) (1 MiB)"))
        }
        var bytes = [UInt8](repeating: 0, count: Int(info.st_size) + 1)
        var total = 0
        while total < bytes.count {
            let count = bytes.withUnsafeMutableBytes { buffer in
                Glibc.read(descriptor, buffer.baseAddress! + total, buffer.count - total)
            }
            if count < 0 {
                if errno == EINTR { continue }
                return .refused(SubmissionError(code: .fileUnreadable, path: "$", message: "reading failed: \(String(cString: strerror(errno)))"))
            }
            if count == 0 { break }
            total += count
            if total > maxBytes { return .refused(SubmissionError(code: .fileTooLarge, path: "$", message: "the file grew past \(maxBytes) bytes while being read")) }
            if total == bytes.count { bytes.append(contentsOf: [UInt8](repeating: 0, count: 4096)) }
        }
        return .bytes(Array(bytes.prefix(total)))
    }

    /// The entry's bytes and, for what is never read, the reason; nil when it is gone.
    public static func take(_ entry: DropEntry, in folder: DirectoryHandle) -> ([UInt8], SubmissionError?)? {
        switch entry.kind {
        case .symlink:
            // What the player sent is the link itself: its target, kept as text.
            guard let target = folder.linkTarget(entry.name) else { return nil }
            return (Array(target.utf8), symlinkRefusal)
        case .fifo:
            return ([], SubmissionError(code: .fileFifo, path: "$", message: "named pipes are not read; write a regular file"))
        case .directory:
            return ([], SubmissionError(code: .fileDirectory, path: "$", message: "folders are not order files; put files directly in orders/"))
        case .other:
            return ([], SubmissionError(code: .fileNotRegular, path: "$", message: "only regular files are read"))
        case .regularFile:
            switch read(entry.name, in: folder) {
            case .refused(let error): return ([], error)
            case .bytes(let bytes): return (bytes, nil)
            case .gone: return nil
            }
        }
    }
}
