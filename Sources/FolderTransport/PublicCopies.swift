public import Foundation
public import Games

/// The public files copied into every house's `public/` folder, so a house's
/// own folder (one share) holds all it may read (DESIGN.md §4, Trust).
public struct PublicCopies {
    let handles: GameFolderHandles
    let slugs: [String]

    public init(handles: GameFolderHandles, slugs: [String]) {
        self.handles = handles
        self.slugs = slugs
    }

    /// Writes `data` at `path` (folders, then the file name) below each
    /// house's `public/`; returns the houses whose folders refused it.
    public func write(_ data: Data, to path: [String]) -> [FolderFault] {
        guard let name = path.last else { return [] }
        var faults: [FolderFault] = []
        for slug in slugs {
            do {
                var folder = try handles.subfolder(.publicCopies, of: slug)
                for component in path.dropLast() {
                    folder = try folder.folder(component, creatingWith: FileModes.folder)
                }
                try folder.write(data, to: name)
            } catch {
                faults.append(FolderFault(error, house: slug, in: handles.game))
            }
        }
        return faults
    }
}
