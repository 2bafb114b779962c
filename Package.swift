// swift-tools-version:6.0
import PackageDescription

/// The Markdown layer (`CCmark`, `CommonMark`) and the lesson model (`LessonKit`).
/// The lead merges these targets into the project's final manifest.
let package = Package(
    name: "lesson",
    products: [
        .library(name: "CommonMark", targets: ["CommonMark"]),
        .library(name: "LessonKit", targets: ["LessonKit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams", exact: "5.0.1"),
    ],
    targets: [
        .systemLibrary(
            name: "CCmark",
            pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"])]
        ),
        .target(name: "CommonMark", dependencies: ["CCmark"]),
        .target(
            name: "LessonKit",
            dependencies: ["CommonMark", .product(name: "Yams", package: "Yams")]
        ),
        .testTarget(name: "CommonMarkTests", dependencies: ["CommonMark"]),
        .testTarget(name: "LessonKitTests", dependencies: ["LessonKit"], exclude: ["Fixtures"]),
    ],
    swiftLanguageModes: [.v5]
)
