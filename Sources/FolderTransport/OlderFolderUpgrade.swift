#if canImport(Glibc)
    internal import Glibc
#endif
internal import Foundation
public import Games
internal import PlayerProtocol

/// Brings a game folder written by a version before the trust rules
/// (DESIGN.md §4) up to them, once per game. Those versions wrote every file
/// 0644 and every folder 0755, and kept each received file with the house's
/// token in it: on a shared folder, any player could read another house's
/// token from its `received/` and act for it.
///
/// What it does, through directory handles (no link is followed):
/// - every received copy of up to 1 MiB is redacted as a new file would be;
///   a larger one (never read whole) is made readable by its owner alone;
/// - every folder and file the daemon owns loses the bits that let "other"
///   read or write it; the game folder and `houses/` become passages as in a
///   new game (`FileModes.passage`: searched, never listed).
///
/// Done is recorded in `.ec4x/`, so a game is walked once.
public enum OlderFolderUpgrade {
    /// What the upgrade changed.
    public struct Report: Equatable, Sendable {
        public var redactedFiles = 0
        public var ownerOnlyFiles = 0
        public var tightened = 0

        public var changedAnything: Bool { redactedFiles + ownerOnlyFiles + tightened > 0 }
    }

    static let markerName = "folder-trust"
    static let revision = "1\n"

    /// Upgrades the folder unless that was done before; nil when it was.
    public static func runIfNeeded(_ session: GameSession) throws(SafePathError) -> Report? {
        let handles = try GameFolderHandles(session.folder)
        let control = try handles.controlFolder()
        if let marker = try? control.contents(of: markerName), String(decoding: marker, as: UTF8.self) == revision { return nil }
        let report = run(session, handles: handles)
        try control.write(Data(revision.utf8), to: markerName, mode: FileModes.privateFile)
        return report
    }

    static func run(_ session: GameSession, handles: GameFolderHandles) -> Report {
        var report = Report()
        let houses = try? handles.houses()
        for slug in session.slugs {
            guard let received = try? houses?.folder(slug).folder(HouseSubfolder.received.rawValue) else { continue }
            let tokenHash = session.house(slug: slug)?.tokenHash
            for name in received.names() {
                redact(name, in: received, tokenHash: tokenHash, report: &report)
            }
        }
        tighten(handles.game, passage: true, owner: geteuid(), report: &report)
        return report
    }

    /// Rewrites one received copy without its token; one too large to read
    /// whole is closed to everyone but its owner instead.
    static func redact(_ name: String, in folder: DirectoryHandle, tokenHash: String?, report: inout Report) {
        guard let info = folder.status(of: name), info.st_mode & S_IFMT == S_IFREG else { return }
        guard info.st_size <= DropFileReader.maxBytes else {
            if info.st_mode & 0o077 != 0, folder.setMode(of: name, to: FileModes.privateFile) { report.ownerOnlyFiles += 1 }
            return
        }
        guard let data = try? folder.contents(of: name, limit: DropFileReader.maxBytes) else { return }
        let bytes = [UInt8](data)
        let redacted = TokenRedaction.redact(bytes, format: .ofFile(named: name), tokenHash: tokenHash)
        guard redacted != bytes else { return }
        if (try? folder.write(Data(redacted), to: name)) != nil { report.redactedFiles += 1 }
    }

    /// Takes "other"'s bits off everything below `folder` that `owner` (the
    /// daemon's user) owns; a passage folder keeps only the search bits.
    static func tighten(_ folder: DirectoryHandle, passage: Bool, owner: uid_t, report: inout Report) {
        var own = stat()
        if fstat(folder.descriptor, &own) == 0, own.st_uid == owner {
            let closed: mode_t = passage ? 0o066 : 0o007
            let mode = own.st_mode & 0o7777
            if mode & closed != 0, fchmod(folder.descriptor, mode & ~closed) == 0 { report.tightened += 1 }
        }
        for name in folder.names() {
            guard let info = folder.status(of: name), info.st_uid == owner else { continue }
            switch info.st_mode & S_IFMT {
            case S_IFDIR:
                guard let child = try? folder.folder(name) else { continue }
                tighten(child, passage: passage && name == "houses", owner: owner, report: &report)
            case S_IFREG:
                let mode = info.st_mode & 0o7777
                if mode & 0o007 != 0, folder.setMode(of: name, to: mode & ~0o007) { report.tightened += 1 }
            default:
                continue
            }
        }
    }
}
