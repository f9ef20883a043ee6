// swift-tools-version: 6.1
// `auc-mpi`: `auc summary` across the ranks of an MPI job. Nested, so that the root package
// builds without MPI. Needs Open MPI's headers and library (Debian: libopenmpi-dev
// openmpi-bin), found through pkg-config as `ompi-c`.
import PackageDescription

let package = Package(
  name: "swift-auc-mpi",
  products: [.executable(name: "auc-mpi", targets: ["auc-mpi"])],
  dependencies: [.package(name: "swift-auc", path: "..")],
  targets: [
    .systemLibrary(
      name: "CMPI",
      pkgConfig: "ompi-c",
      providers: [.apt(["libopenmpi-dev"]), .brew(["open-mpi"])]
    ),
    .target(name: "CMPIShim", dependencies: ["CMPI"]),
    .executableTarget(
      name: "auc-mpi",
      dependencies: [
        "CMPIShim",
        .product(name: "AUCCommandLine", package: "swift-auc"),
        .product(name: "AUCFileFormats", package: "swift-auc"),
      ]
    ),
  ],
  swiftLanguageModes: [.v6]
)
