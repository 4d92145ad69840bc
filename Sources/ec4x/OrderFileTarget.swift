import ArgumentParser
import Foundation

/// The game, house and file `validate` and `submit` take.
struct OrderFileTarget: ParsableArguments {
    @Argument(help: "The game's id, unique id prefix or name.")
    var game: String

    @Option(help: "The house the file is for.")
    var house: String

    @Argument(help: "The order file (.json or .kdl), or - for standard input.")
    var file: String

    var fileName: String { file == "-" ? "stdin.json" : URL(fileURLWithPath: file).lastPathComponent }

    func bytes() throws -> [UInt8] {
        if file == "-" { return [UInt8](FileHandle.standardInput.readDataToEndOfFile()) }
        guard let data = FileManager.default.contents(atPath: file) else {
            throw CommandFailure(description: "cannot read \(file)")
        }
        return [UInt8](data)
    }
}
