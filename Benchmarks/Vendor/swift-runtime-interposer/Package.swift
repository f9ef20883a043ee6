// swift-tools-version: 6.0
import PackageDescription

// An empty stand-in for ordo-one/swift-runtime-interposer, which ordo-one/benchmark 1.38.1
// lists as a dependency on Linux with Swift 6.3 even when its "RuntimeInterposer" trait is
// off. The benchmarks turn that trait off (no ARC counters), so nothing here is ever linked;
// the scripts point RUNTIME_INTERPOSER_LOCAL_PATH here so that the dependency resolves
// offline.
let package = Package(
  name: "swift-runtime-interposer",
  products: [
    .library(name: "SwiftRuntimeInterposerSwift", targets: ["SwiftRuntimeInterposerSwift"])
  ],
  targets: [.target(name: "SwiftRuntimeInterposerSwift")]
)
