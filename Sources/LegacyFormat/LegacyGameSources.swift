/// The raw files of one legacy game, as bytes, named as they should appear in errors.
/// Kept apart from disk access so the parsers stay pure and testable on in-memory text.
public struct LegacyGameSources: Sendable, Hashable {
    public struct File: Sendable, Hashable {
        /// Path relative to the game folder, e.g. `game_data/systems.txt`.
        public var name: String
        public var bytes: [UInt8]

        public init(name: String, bytes: [UInt8]) {
            self.name = name
            self.bytes = bytes
        }

        public init(name: String, text: String) {
            self.init(name: name, bytes: Array(text.utf8))
        }
    }

    public var systems: File
    public var lanes: File
    public var config: File?
    public var info: File?

    public init(systems: File, lanes: File, config: File? = nil, info: File? = nil) {
        self.systems = systems
        self.lanes = lanes
        self.config = config
        self.info = info
    }
}
