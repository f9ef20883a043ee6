// swift-tools-version: 6.1
import PackageDescription

let package = Package(
  name: "swift-auc",
  products: [
    .library(name: "AUCMetrics", targets: ["AUCMetrics"]),
    .library(name: "AUCFileFormats", targets: ["AUCFileFormats"]),
    .library(name: "AUCCommandLine", targets: ["AUCCommandLine"]),
    .executable(name: "auc", targets: ["auc"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    .package(url: "https://github.com/apple/swift-numerics", from: "1.1.1"),
    // Only for `swift package generate-documentation`: a command plugin, not built by
    // `swift build` or `swift test`.
    .package(url: "https://github.com/swiftlang/swift-docc-plugin", from: "1.5.0"),
  ],
  targets: [
    .target(
      name: "AUCMetrics",
      dependencies: ["CScoreConversion", .product(name: "RealModule", package: "swift-numerics")]
    ),
    .target(name: "CScoreConversion"),
    .target(name: "CTemporaryFileCleanup"),
    .target(name: "CMappingGuard"),
    .systemLibrary(
      name: "CZlib",
      pkgConfig: "zlib",
      providers: [.apt(["zlib1g-dev"]), .brew(["zlib"])]
    ),
    .target(
      name: "AUCFileFormats",
      dependencies: ["AUCMetrics", "CMappingGuard", "CZlib", "CTemporaryFileCleanup"]
    ),
    .target(
      name: "AUCCommandLine",
      dependencies: [
        "AUCMetrics",
        "AUCFileFormats",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    .executableTarget(name: "auc", dependencies: ["AUCCommandLine"]),
    .testTarget(
      name: "AUCMetricsTests",
      dependencies: ["AUCMetrics"],
      resources: [.copy("Golden"), .copy("Stats"), .copy("Multiclass"), .copy("Calibration")]
    ),
    .target(name: "AUCTestSupport", path: "Tests/Support"),
    .testTarget(
      name: "AUCFileFormatsTests",
      dependencies: ["AUCFileFormats", "AUCMetrics", "AUCTestSupport"]
    ),
    .testTarget(
      name: "aucTests",
      dependencies: ["auc", "AUCCommandLine", "AUCFileFormats", "AUCMetrics", "AUCTestSupport"],
      resources: [.copy("Fixtures")]
    ),
  ],
  swiftLanguageModes: [.v6]
)
