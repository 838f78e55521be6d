// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "pacte",
    products: [
        .library(name: "PacteKit", targets: ["PacteKit"]),
        .executable(name: "pacte", targets: ["pacte"]),
    ],
    targets: [
        // The library: text → tokens → syntax tree → model → diagnostics and outputs.
        // It does not import Foundation, so that the command starts fast in hooks.
        .target(name: "PacteKit"),
        // The command line: argument parsing and I/O only.
        .executableTarget(name: "pacte", dependencies: ["PacteKit"]),
        .testTarget(
            name: "PacteKitTests",
            dependencies: ["PacteKit"],
            exclude: ["Fixtures"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
