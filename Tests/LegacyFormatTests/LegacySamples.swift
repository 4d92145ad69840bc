import Foundation
import Testing

/// The real legacy files in `shared/legacy-samples`, found next to the repository
/// (this file is <repo>/Tests/LegacyFormatTests/LegacySamples.swift).
enum LegacySamples {
    static let folder: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()
        .deletingLastPathComponent()
        .deletingLastPathComponent()
        .appendingPathComponent("../shared/legacy-samples")
        .standardizedFileURL

    static func url(_ path: String) -> URL {
        folder.appendingPathComponent(path)
    }

    /// The bytes of a sample; a missing sample fails the test with its expected location, never skips it.
    static func bytes(_ path: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> [UInt8] {
        let url = url(path)
        let data = try #require(
            FileManager.default.contents(atPath: url.path),
            "legacy sample missing: \(url.path) (expected shared/legacy-samples beside the repository)",
            sourceLocation: sourceLocation
        )
        return [UInt8](data)
    }
}
