/// File names a player chose, made safe to show and to store (DESIGN.md §4):
/// control and bidirectional characters written as escapes, so a name can
/// neither start a forged line nor reorder what a reader sees; and names the
/// daemon makes from them cut on a character boundary to 200 bytes, so that
/// they and the temporary names atomic writes use beside them
/// (`.<name>.<pid>.<random>.tmp`) fit NAME_MAX (255 bytes).
public enum FileNameSafety {
    /// The longest file name Linux file systems take, in bytes.
    public static let nameMax = 255
    /// The longest name the daemon makes from a player's file name, in bytes.
    public static let storedNameMax = 200

    /// C0 and C1 controls, DEL, the line and paragraph separators, and the
    /// bidirectional marks, embeddings, overrides and isolates.
    public static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F, 0x2028, 0x2029, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069, 0x061C: true
        default: false
        }
    }

    /// `name` with each such character as `\uXXXX` and each backslash doubled,
    /// so an escape always stands for one character of the name.
    public static func escaped(_ name: String) -> String {
        guard name.unicodeScalars.contains(where: { needsEscape($0) || $0 == "\\" }) else { return name }
        var out = ""
        for scalar in name.unicodeScalars {
            if scalar == "\\" {
                out += "\\\\"
            } else if needsEscape(scalar) {
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// `prefix + escaped(stem) + suffix`, the stem cut (on a character
    /// boundary) so the whole fits in `storedNameMax` bytes. The prefix (a receipt
    /// number) keeps cut names unique.
    public static func fitted(prefix: String, stem: String, suffix: String) -> String {
        let budget = storedNameMax - prefix.utf8.count - suffix.utf8.count
        var kept = ""
        var used = 0
        for character in escaped(stem) {
            let size = character.utf8.count
            guard used + size <= budget else { break }
            kept.append(character)
            used += size
        }
        return prefix + kept + suffix
    }

    /// A name's stem and its extension (".json", ".kdl", or any short one), for keeping the extension when the stem is cut.
    public static func splitExtension(_ name: String) -> (stem: String, suffix: String) {
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return (name, "") }
        let suffix = String(name[dot...])
        guard suffix.utf8.count <= 16, !suffix.unicodeScalars.contains(where: needsEscape) else { return (name, "") }
        return (String(name[..<dot]), suffix)
    }
}
