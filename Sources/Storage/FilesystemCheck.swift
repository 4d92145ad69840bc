internal import Foundation

/// Refuses folders on network filesystems: SQLite's locks and WAL shared
/// memory are not safe over NFS or SMB, so a game there could be corrupted.
public enum FilesystemCheck {
    /// Filesystem types (as /proc/mounts names them) that live on another host.
    static let networkTypes: Set<String> = [
        "nfs", "nfs4", "cifs", "smb", "smb2", "smb3", "smbfs", "9p", "afs", "ceph", "glusterfs",
        "lustre", "ncpfs", "coda", "fuse.sshfs", "davfs", "fuse.davfs2",
    ]

    /// The filesystem type of `path` when it is a network filesystem, nil when local or unknown.
    public static func networkFilesystemName(at path: String) -> String? {
        guard let mounts = try? String(contentsOfFile: "/proc/mounts", encoding: .utf8) else { return nil }
        let resolved = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
        guard let type = filesystemType(of: resolved, mountTable: mounts) else { return nil }
        return networkTypes.contains(type) ? type : nil
    }

    /// The type of the mount that holds `path`: the longest mount point that contains it.
    static func filesystemType(of path: String, mountTable: String) -> String? {
        var best: (length: Int, type: String)?
        for line in mountTable.split(separator: "\n") {
            let fields = line.split(separator: " ")
            guard fields.count >= 3 else { continue }
            let point = String(fields[1]).replacingOccurrences(of: "\\040", with: " ")
            let contains = point == "/" || path == point || path.hasPrefix(point + "/")
            if contains, point.count >= (best?.length ?? -1) {
                best = (point.count, String(fields[2]))
            }
        }
        return best?.type
    }

    public static func requireLocal(_ path: String, filesystemName: String?) throws(StorageError) {
        if let name = filesystemName {
            throw StorageError(
                .networkFilesystem,
                "\(path) is on a network filesystem (\(name)); SQLite is not safe there. Keep the data folder on a local disk and share the game folder another way."
            )
        }
    }
}
