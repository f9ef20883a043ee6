// swift-tools-version: 6.1
// libFuzzer targets for swift-auc, a package of their own so that a plain `swift build` of
// swift-auc stays lean. Build and run them with `bash Fuzz/run.sh SECONDS`.
import PackageDescription

let auc: [Target.Dependency] = [
  "FuzzSupport",
  .product(name: "AUCMetrics", package: "swift-auc"),
  .product(name: "AUCFileFormats", package: "swift-auc"),
]

let package = Package(
  name: "swift-auc-fuzz",
  dependencies: [.package(name: "swift-auc", path: "..")],
  targets: [
    .target(
      name: "FuzzSupport",
      dependencies: [
        .product(name: "AUCMetrics", package: "swift-auc"),
        .product(name: "AUCFileFormats", package: "swift-auc"),
      ]),
    .executableTarget(name: "FuzzCSV", dependencies: auc),
    .executableTarget(name: "FuzzNumPy", dependencies: auc),
    .executableTarget(name: "FuzzStateFile", dependencies: auc),
    .executableTarget(name: "FuzzStateFileV2", dependencies: auc),
    .executableTarget(name: "FuzzMetric", dependencies: auc),
    .executableTarget(name: "FuzzDecimal", dependencies: auc),
  ],
  swiftLanguageModes: [.v6]
)
