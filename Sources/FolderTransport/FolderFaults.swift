#if canImport(Glibc)
    internal import Glibc
#endif
public import Games

/// Looks over a game folder for what the daemon would refuse to go through
/// (`FolderFault`), without changing anything: `ec4x status` shows the
/// result and the daemon logs each new fault once.
public enum FolderFaults {
    public static func scan(_ folder: GameFolder, slugs: [String]) -> [FolderFault] {
        let game: DirectoryHandle
        do {
            game = try DirectoryHandle.open(folder.url)
        } catch {
            return [FolderFault(error, house: nil, path: ".")]
        }
        var faults: [FolderFault] = []
        for name in ["public", ".ec4x"] {
            if let fault = folderFault(name, in: game, house: nil, path: name, required: false) { faults.append(fault) }
        }
        if let fault = folderFault("houses", in: game, house: nil, path: "houses", required: true) { return faults + [fault] }
        guard let houses = try? game.folder("houses") else { return faults }
        for slug in slugs {
            let path = "houses/\(slug)"
            if let fault = folderFault(slug, in: houses, house: slug, path: path, required: true) {
                faults.append(fault)
                continue
            }
            guard let house = try? houses.folder(slug) else { continue }
            for subfolder in HouseSubfolder.allCases {
                let fault = folderFault(subfolder.rawValue, in: house, house: slug, path: "\(path)/\(subfolder.rawValue)", required: subfolder == .orders)
                if let fault { faults.append(fault) }
            }
            for file in HouseFile.all {
                guard let info = house.status(of: file) else { continue }
                let kind = info.st_mode & S_IFMT
                guard kind != S_IFREG else { continue }
                let error = DirectoryHandle.refusal(0, kind: kind, path: file, wanted: S_IFREG)
                faults.append(FolderFault(error, house: slug, path: "\(path)/\(file)"))
            }
        }
        return faults.sorted()
    }

    /// The fault of the folder `name`, if it is not a real folder (or, when `required`, missing).
    static func folderFault(_ name: String, in parent: DirectoryHandle, house: String?, path: String, required: Bool) -> FolderFault? {
        do {
            _ = try parent.folder(name)
            return nil
        } catch  where error.code == .missing && !required {
            return nil
        } catch {
            return FolderFault(error, house: house, path: path)
        }
    }
}
