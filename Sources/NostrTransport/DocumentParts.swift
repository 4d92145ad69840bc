/// Large documents in parts (§8): each part at most `limit` bytes of UTF-8, cut between characters.
public enum DocumentParts {
    /// NIP-44 plaintexts are at most 65,535 bytes; 32 KiB leaves room below relays' usual event caps
    /// (the base64 of a 32 KiB part is about 44 KB).
    public static let defaultLimit = 32 * 1024

    public static func split(_ text: String, limit: Int = defaultLimit) -> [String] {
        guard text.utf8.count > limit else { return [text] }
        var parts: [String] = []
        var current = ""
        var size = 0
        for character in text.unicodeScalars {
            let length = String(character).utf8.count
            if size + length > limit {
                parts.append(current)
                current = ""
                size = 0
            }
            current.unicodeScalars.append(character)
            size += length
        }
        if !current.isEmpty { parts.append(current) }
        return parts
    }

    /// `["part", "<i>/<n>"]` read back: (i, n) with 1 ≤ i ≤ n; nil when absent or malformed.
    public static func position(_ tags: [[String]]) -> (index: Int, count: Int)? {
        guard let value = tags.first(where: { $0.count >= 2 && $0[0] == "part" })?[1] else { return nil }
        let pieces = value.split(separator: "/")
        guard pieces.count == 2, let index = Int(pieces[0]), let count = Int(pieces[1]), count >= 1, (1...count).contains(index) else { return nil }
        return (index, count)
    }
}
