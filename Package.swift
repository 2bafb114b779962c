// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "lesson",
    products: [
        .library(name: "ConvEngine", targets: ["ConvEngine"]),
        .executable(name: "conformance", targets: ["conformance"]),
        .executable(name: "conv-bench", targets: ["conv-bench"]),
    ],
    targets: [
        .target(
            name: "ConvEngine",
            swiftSettings: [.unsafeFlags(["-Ounchecked"], .when(configuration: .release))]
        ),
        .executableTarget(name: "conformance", dependencies: ["ConvEngine"]),
        .executableTarget(name: "conv-bench", dependencies: ["ConvEngine"]),
        .testTarget(
            name: "ConvEngineTests",
            dependencies: ["ConvEngine"],
            exclude: ["Fixtures"]
        ),
    ],
    swiftLanguageModes: [.v5]
)
