// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "lesson",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "LessonSite", targets: ["LessonSite"]),
        .executable(name: "site-demo", targets: ["site-demo"]),
    ],
    dependencies: [
        .package(url: "https://github.com/swiftlang/swift-syntax", exact: "603.0.1"),
    ],
    targets: [
        .target(
            name: "LessonSite",
            dependencies: [
                .product(name: "SwiftParser", package: "swift-syntax"),
                .product(name: "SwiftSyntax", package: "swift-syntax"),
                .product(name: "SwiftIDEUtils", package: "swift-syntax"),
            ]
        ),
        .executableTarget(name: "site-demo", dependencies: ["LessonSite"]),
        .testTarget(name: "LessonSiteTests", dependencies: ["LessonSite"]),
    ],
    swiftLanguageModes: [.v5]
)
