public import Storage

/// `--storage-levers`: which of the writer's space savings a run uses, so
/// each can be measured on its own and the earlier write path ("none") timed
/// beside the new one in the same run.
public func withStorageLevers<T>(_ text: String, _ body: () throws -> T) throws -> T {
    try StorageLevers.$inEffect.withValue(try parseStorageLevers(text)) { try body() }
}

func parseStorageLevers(_ text: String) throws -> StorageLevers {
    switch text {
    case "all": return .all
    case "none": return []
    default:
        var levers: StorageLevers = []
        for word in text.split(separator: ",") {
            guard let lever = StorageLevers.names.first(where: { $0.0 == word })?.1 else {
                throw BenchError("unknown storage lever \(word); known: all, none, \(StorageLevers.names.map(\.0).joined(separator: ", "))")
            }
            levers.insert(lever)
        }
        return levers
    }
}

/// The levers in effect, as `--storage-levers` spells them.
func storageLeversDescription() -> String {
    let names = StorageLevers.names.filter { StorageLevers.inEffect.contains($0.1) }.map(\.0)
    return names.isEmpty ? "none" : names.joined(separator: ",")
}
