// swift-tools-version:6.0
import Foundation
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
        .target(
            name: "PacteKit",
            // The script that wrote Backends/PDF/FontMetrics.swift from Adobe's AFM files.
            exclude: ["Backends/PDF/make-font-metrics.py"]
        ),
        // The command line: argument parsing and I/O only.
        .executableTarget(name: "pacte", dependencies: ["PacteKit"]),
        // `swift run -c release pacte-bench`: speed measured on a release build, not in unit tests.
        .executableTarget(name: "pacte-bench", dependencies: ["PacteKit"]),
        .testTarget(
            name: "PacteKitTests",
            dependencies: ["PacteKit"],
            exclude: ["Fixtures"]
        ),
    ],
    swiftLanguageModes: [.v6]
)

// The libFuzzer target has no `main` of its own (libFuzzer provides it), so
// it is declared only when `.ci/fuzz` builds it with `--sanitize=fuzzer`.
if ProcessInfo.processInfo.environment["PACTE_FUZZ"] != nil {
    package.products.append(.executable(name: "pacte-fuzz", targets: ["pacte-fuzz"]))
    package.targets.append(.executableTarget(name: "pacte-fuzz", dependencies: ["PacteKit"]))
}
