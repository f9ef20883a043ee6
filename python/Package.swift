// swift-tools-version: 6.1
// The native part of the `swift_auc` Python package: a shared library with a small C ABI over
// AUCMetrics, the Swift standard library linked in, only the `auc_` symbols exported. Built by
// `pip install ./python` (setup.py); nested, so that the root package builds without it.
import PackageDescription

let package = Package(
  name: "swift-auc-python",
  products: [
    .library(name: "SwiftAUCPython", type: .dynamic, targets: ["SwiftAUCPython"])
  ],
  dependencies: [.package(name: "swift-auc", path: "..")],
  targets: [
    .target(
      name: "SwiftAUCPython",
      dependencies: [
        .product(name: "AUCMetrics", package: "swift-auc"),
        .product(name: "AUCFileFormats", package: "swift-auc"),
      ],
      linkerSettings: [
        .unsafeFlags([
          "-static-stdlib",
          "-Xlinker", "--version-script=\(Context.packageDirectory)/exports.map",
        ])
      ]
    )
  ],
  swiftLanguageModes: [.v6]
)
