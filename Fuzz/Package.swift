// swift-tools-version: 6.0
import PackageDescription

// libFuzzer harnesses for the parsers that read untrusted bytes. A package of its own so that the
// sanitizer flags and the main-less executables stay out of the ordinary build; scripts/fuzz.sh builds
// and runs it. Only pure modules belong here.
let strict: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("InternalImportsByDefault"),
]

let package = Package(
    name: "ec4x-fuzz",
    platforms: [.macOS(.v15)],
    dependencies: [
        .package(name: "ec4x", path: "..")
    ],
    targets: [
        // libFuzzer's driver, declared for Swift.
        .target(name: "CLibFuzzer"),
        // The entry point and the invariant check shared by the harnesses: a broken invariant crashes,
        // which libFuzzer reports like any other crash.
        .target(name: "FuzzSupport", dependencies: ["CLibFuzzer"], swiftSettings: strict),
        // What every legacy parser promises about the problems it reports.
        .target(name: "LegacyFuzzChecks", dependencies: ["FuzzSupport", .product(name: "LegacyFormat", package: "ec4x")], swiftSettings: strict),
        // What a player is promised about a rejected order file.
        .target(name: "OrderFuzzChecks", dependencies: ["FuzzSupport", .product(name: "PlayerProtocol", package: "ec4x")], swiftSettings: strict),
        .executableTarget(
            name: "fuzz-kdl",
            dependencies: ["FuzzSupport", .product(name: "KDL", package: "ec4x")],
            swiftSettings: strict
        ),
        .executableTarget(
            name: "fuzz-legacy-config",
            dependencies: ["FuzzSupport", "LegacyFuzzChecks", .product(name: "LegacyFormat", package: "ec4x")],
            swiftSettings: strict
        ),
        .executableTarget(
            name: "fuzz-legacy-systems",
            dependencies: ["FuzzSupport", "LegacyFuzzChecks", .product(name: "LegacyFormat", package: "ec4x")],
            swiftSettings: strict
        ),
        .executableTarget(
            name: "fuzz-legacy-lanes",
            dependencies: ["FuzzSupport", "LegacyFuzzChecks", .product(name: "LegacyFormat", package: "ec4x")],
            swiftSettings: strict
        ),
        .executableTarget(
            name: "fuzz-legacy-game-info",
            dependencies: ["FuzzSupport", "LegacyFuzzChecks", .product(name: "LegacyFormat", package: "ec4x")],
            swiftSettings: strict
        ),
        .executableTarget(
            name: "fuzz-legacy-game",
            dependencies: ["FuzzSupport", "LegacyFuzzChecks", .product(name: "LegacyFormat", package: "ec4x")],
            swiftSettings: strict
        ),
        .executableTarget(
            name: "fuzz-json-orders",
            dependencies: ["FuzzSupport", "OrderFuzzChecks", .product(name: "PlayerProtocol", package: "ec4x")],
            swiftSettings: strict
        ),
        .executableTarget(
            name: "fuzz-kdl-orders",
            dependencies: ["FuzzSupport", "OrderFuzzChecks", .product(name: "PlayerProtocol", package: "ec4x")],
            swiftSettings: strict
        ),
    ]
)
