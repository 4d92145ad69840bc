public import Foundation
#if canImport(Glibc)
    import Glibc
#endif

/// Opens a game folder up as versions before the trust rules left it: every
/// folder 0755 and every file 0644, the game folder included. The database
/// and `.ec4x/` are left as they are (the database is tightened on open).
public func openModesAsAnOlderVersionWrote(_ gameFolder: URL) {
    let walker = FileManager.default.enumerator(atPath: gameFolder.path)
    while let relative = walker?.nextObject() as? String {
        if relative.hasPrefix(".ec4x") || relative.hasPrefix("ec4x.db") { continue }
        let path = gameFolder.appendingPathComponent(relative).path
        var isFolder: ObjCBool = false
        _ = FileManager.default.fileExists(atPath: path, isDirectory: &isFolder)
        chmod(path, isFolder.boolValue ? 0o755 : 0o644)
    }
    chmod(gameFolder.path, 0o755)
}
