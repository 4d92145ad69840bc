public import Foundation
public import Games
public import NostrCrypto

/// Secret keys on disk: one line, the key as `nsec` (hex is read too), readable by its owner only.
public enum KeyFile {
    /// Reads a key file (nsec or hex).
    public static func read(_ url: URL) throws(NostrTransportError) -> SecretKey {
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw NostrTransportError(.keyFile, "cannot read the key file \(url.path)")
        }
        do {
            return try SecretKey(parsing: String(decoding: data, as: UTF8.self))
        } catch {
            throw NostrTransportError(.keyFile, "\(url.path) holds no secret key (nsec or 64 hex digits): \(error)")
        }
    }

    /// Writes a new key file, mode 0600 from its creation; refuses to overwrite one.
    public static func create(_ key: SecretKey, at url: URL) throws(NostrTransportError) {
        try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        let descriptor = open(url.path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else {
            throw NostrTransportError(.keyFile, "cannot create \(url.path): \(String(cString: strerror(errno)))")
        }
        defer { close(descriptor) }
        let line = Array((key.nsec + "\n").utf8)
        let written = line.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
        guard written == line.count, fsync(descriptor) == 0 else {
            unlink(url.path)
            throw NostrTransportError(.keyFile, "cannot write \(url.path)")
        }
    }

    /// `data/.ec4x/moderator.key`.
    public static func moderatorURL(data: DataDirectory) -> URL {
        data.root.appendingPathComponent(".ec4x/moderator.key")
    }

    /// The data folder's moderator key, made on first need.
    public static func moderator(data: DataDirectory) throws(NostrTransportError) -> SecretKey {
        let url = moderatorURL(data: data)
        if FileManager.default.fileExists(atPath: url.path) { return try read(url) }
        do {
            try create(SecretKey.generate(), at: url)
        } catch  where FileManager.default.fileExists(atPath: url.path) {
            // Another process made it first: theirs is the key.
        }
        return try read(url)
    }

    /// The moderator key if one exists; nil before the first Nostr game.
    public static func existingModerator(data: DataDirectory) -> SecretKey? {
        try? read(moderatorURL(data: data))
    }
}
