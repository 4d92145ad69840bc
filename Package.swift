// swift-tools-version: 6.0
import PackageDescription

let strict: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("InternalImportsByDefault"),
]

let package = Package(
    name: "ec4x",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "ec4x", targets: ["ec4x"]),
        // The pure parsers, for the fuzz harnesses in Fuzz/ (a separate package, so sanitizer flags stay there).
        .library(name: "KDL", targets: ["KDL"]),
        .library(name: "LegacyFormat", targets: ["LegacyFormat"]),
        .library(name: "PlayerProtocol", targets: ["PlayerProtocol"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/groue/GRDB.swift", exact: "7.10.0"),
        .package(url: "https://github.com/apple/swift-crypto", exact: "3.12.3"),
        .package(url: "https://github.com/hummingbird-project/swift-websocket", exact: "1.6.2"),
        .package(url: "https://github.com/x-sheep/swift-property-based", exact: "2.0.1"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/modelcontextprotocol/swift-sdk", exact: "0.12.1"),
    ],
    targets: [
        // KDL v2: document model, parser and canonical printer. Pure, no dependencies.
        .target(name: "KDL", swiftSettings: strict),
        // The rules: state, orders, setup and turn resolution. Pure, no I/O (Digest: the keyed dice's nonces).
        .target(name: "Engine", dependencies: ["Digest"], swiftSettings: strict),
        // SHA-256 for file checksums and token hashes. Pure.
        .target(name: "Digest", swiftSettings: strict),
        // The player file protocol: order-file readers, receipts, submission errors, judging, JSON Schemas. Pure.
        .target(
            name: "PlayerProtocol",
            dependencies: ["Engine", "KDL", "Digest"],
            resources: [
                .embedInCode("Schemas/orders.schema.json"), .embedInCode("Schemas/receipt.schema.json"), .embedInCode("Schemas/view.schema.json"),
                .embedInCode("Schemas/map.schema.json"),
            ],
            swiftSettings: strict
        ),
        // zlib, from Debian's zlib1g-dev (a Swift toolchain requirement on Linux): submissions kept deflated.
        .systemLibrary(name: "CZlib", providers: [.apt(["zlib1g-dev"])]),
        // One SQLite database per game: schema migrations, records kept inside, domain types out.
        .target(
            name: "Storage",
            dependencies: ["Engine", "PlayerProtocol", "CZlib", .product(name: "GRDB", package: "GRDB.swift")],
            swiftSettings: strict
        ),
        // Scenarios (KDL) read into game setups, with file:line:column problems; the
        // built-in ones compiled in, so a copied binary has them (scenarios/ links here).
        .target(
            name: "Scenarios",
            dependencies: ["KDL", "Engine"],
            resources: [
                .embedInCode("BuiltIn/standard-2-player.kdl"),
                .embedInCode("BuiltIn/standard-4-player.kdl"),
                .embedInCode("BuiltIn/large-12-player.kdl"),
            ],
            swiftSettings: strict
        ),
        // Legacy game files (systems.txt, lanes.txt, game_info.txt, game_config.toml). Pure parsers.
        .target(name: "LegacyFormat", swiftSettings: strict),
        // Legacy games in and out: a parsed legacy game becomes a new game's state, and back.
        .target(name: "LegacyMigration", dependencies: ["LegacyFormat", "Engine", "Digest"], swiftSettings: strict),
        // libinotifytools, from Debian's libinotifytools0-dev.
        .systemLibrary(name: "CInotifyTools", providers: [.apt(["libinotifytools0-dev"])]),
        // Folder watching on inotify, confined to one thread.
        .target(name: "Watcher", dependencies: ["CInotifyTools"], swiftSettings: strict),
        // swift-log records turned into lines: key=value text or JSON, one per record.
        .target(name: "LogOutput", dependencies: [.product(name: "Logging", package: "swift-log")], swiftSettings: strict),
        // Fog-of-war views and public summaries. Pure.
        .target(name: "Views", dependencies: ["Engine"], swiftSettings: strict),
        // The use cases: create, ingest a submission, resolve, publish, replay, migrate, backup. Knows no transport.
        .target(
            name: "Games",
            dependencies: ["Engine", "PlayerProtocol", "Storage", "Digest", "Scenarios", "LegacyFormat", "LegacyMigration", "Views"],
            swiftSettings: strict
        ),
        // The folder transport: drop folders in, receipt and view files out, the legacy inbox.
        .target(name: "FolderTransport", dependencies: ["Games", "PlayerProtocol", "Engine", "Views", "Digest"], swiftSettings: strict),
        // The MCP transport: one house served to an AI agent as tools over stdio.
        .target(
            name: "MCPServer",
            dependencies: ["Games", "FolderTransport", "PlayerProtocol", "Engine", "Views", "Watcher", .product(name: "MCP", package: "swift-sdk")],
            resources: [.embedInCode("Rules/brief.md")],
            swiftSettings: strict
        ),
        // The daemon: pure parts (open games, when a file counts, schedules) assembled over the folder transport.
        .target(
            name: "Daemon", dependencies: ["FolderTransport", "Games", "PlayerProtocol", "Watcher", "LogOutput", .product(name: "Logging", package: "swift-log")],
            swiftSettings: strict),
        // Measurements behind `ec4x bench`.
        .target(
            name: "Benchmarks",
            dependencies: ["KDL", "Engine", "Storage", "Views", "PlayerProtocol", "Games", "FolderTransport", "Daemon", "Watcher", .product(name: "GRDB", package: "GRDB.swift")],
            swiftSettings: strict
        ),
        // libsecp256k1 (schnorrsig, extrakeys, ECDH), from Debian's libsecp256k1-dev.
        .systemLibrary(name: "CSecp256k1", pkgConfig: "libsecp256k1", providers: [.apt(["libsecp256k1-dev"])]),
        // Nostr keys and ciphers: BIP-340 Schnorr, NIP-19 npub/nsec, NIP-44 v2 encryption.
        .target(
            name: "NostrCrypto",
            dependencies: [
                "CSecp256k1",
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "_CryptoExtras", package: "swift-crypto"),
            ],
            swiftSettings: strict
        ),
        // NIP-01 events and relay messages: canonical ids, signatures, the wire JSON. Pure.
        .target(name: "NostrEvents", dependencies: ["NostrCrypto", .product(name: "Crypto", package: "swift-crypto")], swiftSettings: strict),
        // A connection to one relay over WebSocket: subscribe, publish, wait for OK.
        .target(
            name: "NostrRelay",
            dependencies: [
                "NostrEvents",
                .product(name: "WSClient", package: "swift-websocket"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: strict
        ),
        // The Nostr transport: events in and out of the moderator's games (DESIGN.md §8), and `ec4x player sync`.
        .target(
            name: "NostrTransport",
            dependencies: [
                "Games", "Storage", "Engine", "Views", "PlayerProtocol", "Digest", "Daemon", "NostrCrypto", "NostrEvents", "NostrRelay",
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: strict
        ),
        .executableTarget(
            name: "ec4x",
            dependencies: [
                "Games", "FolderTransport", "Daemon", "MCPServer", "PlayerProtocol", "Scenarios", "Engine", "Views", "Benchmarks", "LogOutput",
                "NostrTransport", "NostrCrypto",
                .product(name: "ArgumentParser", package: "swift-argument-parser"), .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: strict
        ),

        // What several test targets share (temporary folders, waiting), a plain target beside them.
        .target(name: "TestSupport", dependencies: [.product(name: "GRDB", package: "GRDB.swift")], path: "Tests/TestSupport", swiftSettings: strict),
        .testTarget(name: "KDLTests", dependencies: ["KDL", .product(name: "PropertyBased", package: "swift-property-based")], swiftSettings: strict),
        .testTarget(name: "ScenariosTests", dependencies: ["Scenarios", "Engine"], swiftSettings: strict),
        .testTarget(name: "DigestTests", dependencies: ["Digest"], swiftSettings: strict),
        .testTarget(name: "WatcherTests", dependencies: ["Watcher", "TestSupport"], swiftSettings: strict),
        .testTarget(name: "LogOutputTests", dependencies: ["LogOutput", "Daemon", .product(name: "Logging", package: "swift-log")], swiftSettings: strict),
        .testTarget(name: "LegacyFormatTests", dependencies: ["LegacyFormat", "TestSupport"], swiftSettings: strict),
        .testTarget(name: "LegacyMigrationTests", dependencies: ["LegacyMigration", "LegacyFormat", "Engine"], swiftSettings: strict),
        .testTarget(name: "PlayerProtocolTests", dependencies: ["PlayerProtocol"], swiftSettings: strict),
        .testTarget(name: "EngineTests", dependencies: ["Engine", .product(name: "PropertyBased", package: "swift-property-based")], swiftSettings: strict),
        .testTarget(name: "ViewsTests", dependencies: ["Views", "Engine", "PlayerProtocol", "Games", "FolderTransport", "Daemon", "TestSupport"], swiftSettings: strict),
        .testTarget(
            name: "StorageTests", dependencies: ["Storage", "Engine", "PlayerProtocol", "TestSupport", .product(name: "GRDB", package: "GRDB.swift")], swiftSettings: strict),
        .testTarget(
            name: "GamesTests",
            dependencies: ["Games", "FolderTransport", "Daemon", "PlayerProtocol", "Engine", "Storage", "Digest", "TestSupport", .product(name: "GRDB", package: "GRDB.swift")],
            swiftSettings: strict),
        .testTarget(name: "DaemonTests", dependencies: ["Daemon", "FolderTransport", "TestSupport"], swiftSettings: strict),
        .testTarget(
            name: "MCPServerTests", dependencies: ["MCPServer", "Games", "FolderTransport", "Engine", "TestSupport", .product(name: "MCP", package: "swift-sdk")],
            swiftSettings: strict),
        .testTarget(name: "CLITests", dependencies: ["ec4x", "TestSupport", "Digest", .product(name: "GRDB", package: "GRDB.swift")], swiftSettings: strict),
        .testTarget(name: "NostrCryptoTests", dependencies: ["NostrCrypto", "Digest"], swiftSettings: strict),
        .testTarget(name: "NostrEventsTests", dependencies: ["NostrEvents", "NostrCrypto"], swiftSettings: strict),
        .testTarget(name: "NostrRelayTests", dependencies: ["NostrRelay", "NostrEvents", "NostrCrypto"], swiftSettings: strict),
        .testTarget(
            name: "NostrTransportTests",
            dependencies: ["NostrTransport", "NostrEvents", "NostrCrypto", "Games", "FolderTransport", "Storage", "PlayerProtocol", "Engine", "TestSupport"],
            swiftSettings: strict),
    ]
)
