public import Foundation

/// The one place that touches the disk: finds a legacy game's files in a folder and hands
/// their bytes to the pure parsers.
///
/// Layout accepted: `game_data/systems.txt` + `game_data/lanes.txt`, or both files at the root;
/// `game_config.toml` and `game_info.txt` are optional and looked for at the root, then in `game_data/`.
public enum LegacyGameFolder {
    public static let dataFolder = "game_data"

    /// Reads and parses the game in `folder`.
    public static func load(_ folder: URL) throws(LegacyParseFailure) -> LegacyGame {
        try LegacyGameParser.parse(sources(in: folder))
    }

    /// Finds and reads the files without parsing them.
    public static func sources(in folder: URL) throws(LegacyParseFailure) -> LegacyGameSources {
        var errors: [LegacyParseError] = []
        let mapPrefix =
            isFile(folder, "\(dataFolder)/\(LegacySystemsParser.fileName)")
                || isFile(folder, "\(dataFolder)/\(LegacyLanesParser.fileName)")
            ? "\(dataFolder)/" : ""

        func required(_ name: String) -> LegacyGameSources.File? {
            let path = mapPrefix + name
            guard isFile(folder, path) else {
                let location = mapPrefix.isEmpty ? "in \(dataFolder)/ or at the root of the game folder" : "next to the other map file"
                var message = "\(name) not found \(location)"
                if isFile(folder, LegacyGameInfoParser.fileName) {
                    message += "; game_info.txt holds counts only and cannot rebuild the map"
                }
                errors.append(LegacyParseError(code: .missingFile, file: path, line: nil, text: "", message: message))
                return nil
            }
            return readFile(folder, path, errors: &errors)
        }
        func optional(_ name: String) -> LegacyGameSources.File? {
            for path in [name, "\(dataFolder)/\(name)"] where isFile(folder, path) {
                return readFile(folder, path, errors: &errors)
            }
            return nil
        }

        let systems = required(LegacySystemsParser.fileName)
        let lanes = required(LegacyLanesParser.fileName)
        let config = optional(LegacyConfigParser.fileName)
        let info = optional(LegacyGameInfoParser.fileName)
        guard errors.isEmpty, let systems, let lanes else { throw LegacyParseFailure(errors: errors) }
        return LegacyGameSources(systems: systems, lanes: lanes, config: config, info: info)
    }

    private static func isFile(_ folder: URL, _ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        let exists = FileManager.default.fileExists(atPath: folder.appendingPathComponent(path).path, isDirectory: &isDirectory)
        return exists && !isDirectory.boolValue
    }

    private static func readFile(_ folder: URL, _ path: String, errors: inout [LegacyParseError]) -> LegacyGameSources.File? {
        guard let data = FileManager.default.contents(atPath: folder.appendingPathComponent(path).path) else {
            errors.append(LegacyParseError(code: .unreadableFile, file: path, line: nil, text: "", message: "the file exists but cannot be read"))
            return nil
        }
        return LegacyGameSources.File(name: path, bytes: [UInt8](data))
    }
}
