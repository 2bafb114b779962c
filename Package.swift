// swift-tools-version:6.0
import PackageDescription

/// Module layout (one folder each under Sources/):
/// - ConvEngine: tensors, autograd, convolution, torch-identical RNG and printing (leaf).
/// - Swiftlet: the lesson language, a Swift subset interpreted in-process (leaf, swift-syntax).
/// - CCmark + CommonMark: libcmark as Swift values (leaf).
/// - LessonSite: the static HTML site, figures and highlighting (leaf, swift-syntax).
/// - LessonKit: lessons, the runner, comparison, update, reports, engine bindings.
/// - lesson: the command line.
let syntax = "swift-syntax"

let package = Package(
    name: "lesson",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "lesson", targets: ["lesson"]),
        .library(name: "ConvEngine", targets: ["ConvEngine"]),
        .library(name: "LessonKit", targets: ["LessonKit"]),
        .executable(name: "conformance", targets: ["conformance"]),
        .executable(name: "conv-bench", targets: ["conv-bench"]),
        .executable(name: "swiftlet-bench", targets: ["swiftlet-bench"]),
    ],
    dependencies: [
        .package(url: "https://github.com/swiftlang/swift-syntax", exact: "603.0.1"),
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", exact: "5.0.1"),
    ],
    targets: [
        .target(
            name: "ConvEngine",
            swiftSettings: [.unsafeFlags(["-Ounchecked"], .when(configuration: .release))]
        ),
        .target(
            name: "Swiftlet",
            dependencies: [
                .product(name: "SwiftParser", package: syntax),
                .product(name: "SwiftSyntax", package: syntax),
                .product(name: "SwiftParserDiagnostics", package: syntax),
                .product(name: "SwiftOperators", package: syntax),
                .product(name: "SwiftDiagnostics", package: syntax),
            ]
        ),
        .systemLibrary(name: "CCmark", pkgConfig: "libcmark", providers: [.apt(["libcmark-dev"])]),
        .target(name: "CommonMark", dependencies: ["CCmark"]),
        .target(
            name: "LessonSite",
            dependencies: [
                .product(name: "SwiftParser", package: syntax),
                .product(name: "SwiftSyntax", package: syntax),
                .product(name: "SwiftIDEUtils", package: syntax),
            ]
        ),
        .target(
            name: "LessonKit",
            dependencies: [
                "CommonMark", "ConvEngine", "Swiftlet", "LessonSite",
                .product(name: "Yams", package: "Yams"),
            ]
        ),
        .executableTarget(
            name: "lesson",
            dependencies: ["LessonKit", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        .executableTarget(name: "conformance", dependencies: ["ConvEngine"]),
        .executableTarget(name: "conv-bench", dependencies: ["ConvEngine"]),
        .executableTarget(name: "swiftlet-bench", dependencies: ["Swiftlet"]),
        .executableTarget(name: "site-demo", dependencies: ["LessonSite"]),
        .testTarget(name: "ConvEngineTests", dependencies: ["ConvEngine"], exclude: ["Fixtures"]),
        .testTarget(name: "CommonMarkTests", dependencies: ["CommonMark"]),
        .testTarget(name: "LessonKitTests", dependencies: ["LessonKit"], exclude: ["Fixtures"]),
        .testTarget(name: "LessonSiteTests", dependencies: ["LessonSite"]),
        // Bad input, fuzz regressions, update properties, parallel runs; also runs the built `lesson`.
        .testTarget(name: "HardeningTests", dependencies: ["LessonKit", "LessonSite", "Swiftlet", "ConvEngine"],
                    exclude: ["Fixtures"]),
    ],
    swiftLanguageModes: [.v5]
)
