internal import Foundation
internal import FolderTransport

/// The order a pass takes files in: each house's files in arrival order (so
/// an older file never overtakes a newer one of the same house), and the
/// houses in turn, one file each round (so a house that floods its folder
/// delays another house's file by one file, not by the whole flood).
///
/// A house whose next file cannot be taken yet (still being written, waiting
/// for a retry, failed) is blocked for the rest of the pass: its later files
/// wait behind it. Other houses go on.
struct HouseQueues {
    private var queues: [(slug: String, entries: ArraySlice<DropEntry>)]
    private var position = 0

    /// - Parameter entries: each house's drop folder entries, in any order.
    init(_ entries: [String: [DropEntry]]) {
        queues = entries.keys.sorted().compactMap { slug in
            let ordered = Self.arrivalOrder(entries[slug] ?? [])
            return ordered.isEmpty ? nil : (slug: slug, entries: ArraySlice(ordered))
        }
    }

    /// Oldest first by modification time; the name breaks ties (and orders
    /// files written within one clock tick as their writer named them).
    static func arrivalOrder(_ entries: [DropEntry]) -> [DropEntry] {
        entries.sorted { ($0.modified, $0.name) < ($1.modified, $1.name) }
    }

    /// The next file to look at, from the next house in turn; nil when every
    /// house is done or blocked.
    mutating func next() -> (slug: String, entry: DropEntry)? {
        guard !queues.isEmpty else { return nil }
        if position >= queues.count { position = 0 }
        let slug = queues[position].slug
        let entry = queues[position].entries.removeFirst()
        if queues[position].entries.isEmpty {
            queues.remove(at: position)
        } else {
            position += 1
        }
        return (slug, entry)
    }

    /// Drops the rest of a house's files from this pass.
    mutating func block(_ slug: String) {
        guard let index = queues.firstIndex(where: { $0.slug == slug }) else { return }
        queues.remove(at: index)
        if index < position { position -= 1 }
    }

    /// Whether files are left for a later round.
    var isEmpty: Bool { queues.isEmpty }
}
