// swift-tools-version:6.0
import PackageDescription

/// Release builds of the engine and its kernels drop overflow/bounds checks in the hot loops.
let fastRelease: [SwiftSetting] = [.unsafeFlags(["-Ounchecked"], .when(configuration: .release))]

/// The second copy of the kernels is compiled for AVX2 + FMA and only called after a CPU check,
/// so the package still runs on older x86-64 CPUs and builds unchanged on arm64.
#if arch(x86_64)
let avx2Kernels: [SwiftSetting] = fastRelease + [
    .unsafeFlags(["-Xcc", "-mavx2", "-Xcc", "-mfma"]), .define("FUSED_MULTIPLY_ADD"), .define("AVX2_BUILD"),
]
#else
let avx2Kernels: [SwiftSetting] = fastRelease
#endif

let package = Package(
    name: "lesson",
    products: [
        .library(name: "ConvEngine", targets: ["ConvEngine"]),
        .executable(name: "conformance", targets: ["conformance"]),
        .executable(name: "conv-bench", targets: ["conv-bench"]),
    ],
    targets: [
        .target(name: "ConvKernels", swiftSettings: fastRelease),
        .target(name: "ConvKernelsAVX2", swiftSettings: avx2Kernels),
        .target(name: "ConvEngine", dependencies: ["ConvKernels", "ConvKernelsAVX2"], swiftSettings: fastRelease),
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
