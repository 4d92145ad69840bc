import Foundation
import Testing
import TestSupport
import LegacyFormat

/// Folder layouts, on temporary folders written by the test.
struct GameFolderTests {
    let systems = "40,0,0,0,none\n49,1,0,1,0\n"
    let lanes = "40,49,Major\n"

    /// Writes `files` (relative path -> text) into a new temporary folder and runs `body` on it.
    func withFolder(_ files: [String: String], _ body: (URL) throws -> Void) throws {
        let temporary = try TemporaryFolder()
        let folder = temporary.url
        for (path, text) in files {
            let url = folder.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        try body(folder)
    }

    @Test func mapFilesAtTheRoot() throws {
        try withFolder(["systems.txt": systems, "lanes.txt": lanes, "game_info.txt": "G\nPlayers: 1"]) { folder in
            let sources = try LegacyGameFolder.sources(in: folder)
            #expect(sources.systems.name == "systems.txt")
            #expect(sources.info?.name == "game_info.txt")
            #expect(try LegacyGameFolder.load(folder).map.lanes.count == 1)
        }
    }

    @Test func gameDataFolderWinsAndConfigMayLiveInIt() throws {
        try withFolder([
            "game_data/systems.txt": systems, "game_data/lanes.txt": lanes,
            "game_data/game_config.toml": "numEmpires = 1",
            "systems.txt": "garbage",
        ]) { folder in
            let game = try LegacyGameFolder.load(folder)
            #expect(game.config?.numEmpires == 1)
            #expect(try LegacyGameFolder.sources(in: folder).config?.name == "game_data/game_config.toml")
        }
    }

    @Test func halfAMapIsAMissingFileError() throws {
        try withFolder(["game_data/systems.txt": systems]) { folder in
            #expect {
                try LegacyGameFolder.sources(in: folder)
            } throws: { error in
                let errors = (error as? LegacyParseFailure)?.errors ?? []
                return errors.map(\.code) == [.missingFile] && errors.map(\.file) == ["game_data/lanes.txt"]
            }
        }
    }

    @Test func parseErrorsNameTheFileAsFoundInTheFolder() throws {
        try withFolder(["game_data/systems.txt": systems, "game_data/lanes.txt": "40,49,Wide\n"]) { folder in
            #expect {
                try LegacyGameFolder.load(folder)
            } throws: { error in
                (error as? LegacyParseFailure)?.description
                    == "game_data/lanes.txt:1: unknown lane type 'Wide' (expected Major, Minor or Restricted) (legacy.unknown_lane_type) [40,49,Wide]"
            }
        }
    }
}
