// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "lesson",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "Swiftlet", targets: ["Swiftlet"]),
        .executable(name: "swiftlet-bench", targets: ["swiftlet-bench"]),
    ],
    dependencies: [
        .package(url: "https://github.com/swiftlang/swift-syntax", exact: "603.0.1"),
    ],
    targets: [
        .target(
            name: "Swiftlet",
            dependencies: [
                .product(name: "SwiftParser", package: "swift-syntax"),
                .product(name: "SwiftSyntax", package: "swift-syntax"),
                .product(name: "SwiftParserDiagnostics", package: "swift-syntax"),
                .product(name: "SwiftOperators", package: "swift-syntax"),
                .product(name: "SwiftDiagnostics", package: "swift-syntax"),
            ],
            // The evaluator's hot path reads class fields millions of times per second; dynamic
            // exclusivity checks on them cost more than the work itself. Frames are raw
            // pointers, so nothing relies on those checks.
            swiftSettings: [.unsafeFlags(["-enforce-exclusivity=unchecked"])]
        ),
        .executableTarget(name: "swiftlet-bench", dependencies: ["Swiftlet"]),
        .testTarget(
            name: "SwiftletTests",
            dependencies: ["Swiftlet"],
            exclude: ["Golden"]
        ),
    ],
    swiftLanguageModes: [.v5]
)
