// swift-tools-version:6.0
import PackageDescription

/// Module layout (one folder each under Sources/):
/// - ConvEngine: tensors, autograd, convolution, torch-identical RNG and printing (leaf).
/// - Swiftlet: the lesson language, a Swift subset interpreted in-process (leaf, swift-syntax).
/// - CCmark + CommonMark: libcmark as Swift values (leaf).
/// - LessonFigures: figures as SVG plus a one-line text form (leaf, no dependencies).
/// - LessonSite: the static HTML site and server-side highlighting (swift-syntax, LessonFigures).
/// - LessonSupport: what lessons call beyond the engine (figures from tensors), shared by the
///   interpreter's bindings and compiled lessons.
/// - LessonKit: lessons, the runner, comparison, update, reports, engine bindings.
/// - lesson: the command line.
let syntax = "swift-syntax"

/// Release builds of the engine and its kernels drop overflow/bounds checks in the hot loops.
let fastRelease: [SwiftSetting] = [.unsafeFlags(["-Ounchecked"], .when(configuration: .release))]

/// The second copy of the kernels is compiled for AVX2 + FMA and only called after a CPU check,
/// so the package still runs on older x86-64 CPUs and builds unchanged on arm64.
#if arch(x86_64)
let avx2Kernels: [SwiftSetting] = fastRelease + [
    .unsafeFlags(["-Xcc", "-mavx2", "-Xcc", "-mfma"]), .define("FUSED_MULTIPLY_ADD"), .define("AVX2_BUILD"),
]
/// A third copy, of the matrix product only, for AVX-512 (same CPU check before any call).
let avx512Kernels: [SwiftSetting] = fastRelease + [
    .unsafeFlags(["-Xcc", "-mavx512f", "-Xcc", "-mavx512vl", "-Xcc", "-mavx2", "-Xcc", "-mfma"]),
]
#else
let avx2Kernels: [SwiftSetting] = fastRelease
let avx512Kernels: [SwiftSetting] = fastRelease
#endif

let package = Package(
    name: "lesson",
    platforms: [.macOS(.v15)],
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
        .target(name: "ConvKernels", swiftSettings: fastRelease),
        .target(name: "ConvKernelsAVX2", swiftSettings: avx2Kernels),
        .target(name: "ConvKernelsAVX512", swiftSettings: avx512Kernels),
        .target(name: "ConvEngine", dependencies: ["ConvKernels", "ConvKernelsAVX2", "ConvKernelsAVX512"], swiftSettings: fastRelease),
        .target(
            name: "Swiftlet",
            dependencies: [
                .product(name: "SwiftParser", package: syntax),
                .product(name: "SwiftSyntax", package: syntax),
                .product(name: "SwiftParserDiagnostics", package: syntax),
                .product(name: "SwiftOperators", package: syntax),
                .product(name: "SwiftDiagnostics", package: syntax),
            ],
            // The evaluator's hot path reads class fields millions of times per second; dynamic
            // exclusivity checks on them cost more than the work itself, so release builds drop
            // them. Debug builds (the tests) and the fuzzers keep them, to catch overlapping accesses.
            swiftSettings: [.unsafeFlags(["-enforce-exclusivity=unchecked"], .when(configuration: .release))]
        ),
        // What the runner does implicitly, as plain Swift for exported lessons (no dependencies).
        .target(name: "LessonPrelude"),
        .systemLibrary(name: "CCmark", pkgConfig: "libcmark", providers: [.apt(["libcmark-dev"])]),
        .target(name: "CommonMark", dependencies: ["CCmark"]),
        .target(name: "LessonFigures"),
        .target(
            name: "LessonSite",
            dependencies: [
                "LessonFigures",
                .product(name: "SwiftParser", package: syntax),
                .product(name: "SwiftSyntax", package: syntax),
                .product(name: "SwiftIDEUtils", package: syntax),
            ]
        ),
        .target(name: "LessonSupport", dependencies: ["ConvEngine", "LessonFigures"]),
        .target(
            name: "LessonKit",
            dependencies: [
                "CommonMark", "ConvEngine", "Swiftlet", "LessonSite", "LessonSupport", "LessonPrelude",
                .product(name: "Yams", package: "Yams"),
            ]
        ),
        .executableTarget(
            name: "lesson",
            dependencies: ["LessonKit", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        .executableTarget(name: "lesson-bench", dependencies: ["LessonKit", "LessonSite", "Swiftlet"]),
        .executableTarget(name: "conformance", dependencies: ["ConvEngine"]),
        .executableTarget(name: "conv-bench", dependencies: ["ConvEngine"]),
        .executableTarget(name: "swiftlet-bench", dependencies: ["Swiftlet"]),
        .executableTarget(name: "site-demo", dependencies: ["LessonSite"]),
        .testTarget(name: "ConvEngineTests", dependencies: ["ConvEngine"], exclude: ["Fixtures"]),
        .testTarget(name: "SwiftletTests", dependencies: ["Swiftlet"], exclude: ["Golden"]),
        .testTarget(name: "CommonMarkTests", dependencies: ["CommonMark"]),
        .testTarget(name: "LessonKitTests", dependencies: ["LessonKit"], exclude: ["Fixtures"]),
        // Runs the built `lesson` as a subprocess for the two test targets below.
        .target(name: "LessonTestSupport", path: "Tests/LessonTestSupport"),
        .testTarget(name: "LessonCLITests", dependencies: ["lesson", "LessonTestSupport"]),
        // Bad input, fuzz regressions, update properties, parallel runs; also runs the built `lesson`.
        .testTarget(name: "HardeningTests", dependencies: ["LessonKit", "LessonSite", "Swiftlet", "ConvEngine", "lesson", "LessonTestSupport"],
                    exclude: ["Fixtures"]),
        .testTarget(name: "LessonSiteTests", dependencies: ["LessonSite", "LessonFigures"]),
    ],
    swiftLanguageModes: [.v5]
)
