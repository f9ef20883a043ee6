// swift-tools-version: 6.1
import PackageDescription

// Benchmarks of swift-auc, kept out of the root package so that a plain `swift build` there
// stays lean. `swift package benchmark` runs the ordo-one benchmarks; `compare/run.sh` runs the
// side-by-side comparison with C (and numpy/scikit-learn when installed).
let package = Package(
  name: "swift-auc-benchmarks",
  platforms: [.macOS(.v13)],
  dependencies: [
    .package(name: "swift-auc", path: ".."),
    // No malloc or ARC interposers: see Vendor/swift-runtime-interposer/Package.swift.
    .package(url: "https://github.com/ordo-one/benchmark", from: "1.38.1", traits: []),
  ],
  targets: [
    .executableTarget(
      name: "AUCBenchmarks",
      dependencies: [
        .product(name: "AUCMetrics", package: "swift-auc"),
        .product(name: "Benchmark", package: "benchmark"),
      ],
      path: "Benchmarks/AUCBenchmarks",
      plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
    ),
    .executableTarget(
      name: "CompareDriver",
      dependencies: [.product(name: "AUCMetrics", package: "swift-auc")],
      path: "Sources/CompareDriver"
    ),
  ],
  swiftLanguageModes: [.v6]
)
