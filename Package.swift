// swift-tools-version:6.0
import Foundation
import PackageDescription

// One target per stage of the pipeline, so that the compiler refuses an
// edge that runs back up it:
//
//   PacteCore ─┬─ PacteSyntax ─┐
//              └─ PacteSchema ─┴─ PacteSemantics ── PacteDriver
//   PacteSemantics ── PacteDocument ── PacteFigures ─┬─ PacteHTML
//                                                    ├─ PacteMarkdown
//                                                    └─ PactePDF
//   PacteSemantics ── PacteJSON
//   PacteDriver ── PacteFormat;  PacteDocument, PacteJSON ── PacteDiff
//   PacteFigures, PacteArchive ── PacteOffice
//   PacteDriver, PacteFormat ── PacteLSP (the language server)
//   everything ── PacteKit (the umbrella) ── pacte (the command line)
//
// No library target imports Foundation, so that the command starts fast in hooks.
let package = Package(
    name: "pacte",
    products: [
        .library(name: "PacteKit", targets: ["PacteKit"]),
        .executable(name: "pacte", targets: ["pacte"]),
    ],
    targets: [
        // Diagnostics and their renderers, codes, severities, `LocalizedText`,
        // source files and their line table: what every stage reports with.
        .target(name: "PacteCore"),
        // Text → tokens → lossless syntax tree.
        .target(name: "PacteSyntax", dependencies: ["PacteCore"]),
        // The one declarative table of kinds, properties, types and enums.
        .target(name: "PacteSchema", dependencies: ["PacteCore"]),
        // Syntax tree → typed model, and the validation rules over the model.
        .target(name: "PacteSemantics", dependencies: ["PacteCore", "PacteSyntax", "PacteSchema"]),
        // Runs the stages in order and holds the catalogue of every code.
        .target(name: "PacteDriver", dependencies: ["PacteCore", "PacteSyntax", "PacteSchema", "PacteSemantics"]),
        // The document model: what each block of the printed pacte is.
        .target(name: "PacteDocument", dependencies: ["PacteCore", "PacteSchema", "PacteSemantics"]),
        // The outputs, one target per family.
        .target(name: "PacteJSON", dependencies: ["PacteCore", "PacteSchema", "PacteSemantics"]),
        // The charts laid out (positions, wrapping, pages) once for every
        // writer, and drawn as SVG.
        .target(name: "PacteFigures", dependencies: ["PacteCore", "PacteSchema", "PacteDocument"]),
        .target(name: "PacteHTML", dependencies: ["PacteCore", "PacteDocument", "PacteFigures"]),
        .target(name: "PacteMarkdown", dependencies: ["PacteCore", "PacteDocument", "PacteFigures"]),
        .target(
            name: "PactePDF",
            dependencies: ["PacteCore", "PacteDocument", "PacteFigures"],
            // The script that wrote the fonts' Swift sources, their licence and origin.
            exclude: ["Fonts/make-fonts.py", "Fonts/LICENSE", "Fonts/ORIGIN.md"]
        ),
        // ZIP archives (stored and deflate, CRC-32) for the office packages.
        .target(name: "PacteArchive"),
        // The office documents (ODF, OOXML) and their XML writer.
        .target(name: "PacteOffice", dependencies: ["PacteCore", "PacteDocument", "PacteFigures", "PacteArchive"]),
        // The formatter and the starter template.
        .target(name: "PacteFormat", dependencies: ["PacteCore", "PacteSyntax", "PacteSchema", "PacteDriver"]),
        // What changed between two versions, and the avenant that says it.
        .target(name: "PacteDiff", dependencies: ["PacteCore", "PacteSchema", "PacteSemantics", "PacteDriver", "PacteDocument", "PacteJSON"]),
        // The language server (`pacte lsp`, DESIGN §7): JSON-RPC over stdio,
        // and the editor features, all read from the library's tree and schema.
        .target(name: "PacteLSP", dependencies: ["PacteCore", "PacteSyntax", "PacteSchema", "PacteDriver", "PacteFormat"]),
        // The library as one import, and what spans every output family.
        .target(name: "PacteKit", dependencies: [
            "PacteCore", "PacteSyntax", "PacteSchema", "PacteSemantics", "PacteDriver", "PacteDocument",
            "PacteJSON", "PacteFigures", "PacteHTML", "PacteMarkdown", "PactePDF", "PacteFormat", "PacteDiff", "PacteArchive", "PacteOffice",
        ]),
        // The command line: argument parsing and I/O only.
        // A static executable on Linux, whichever way it is built (`swift
        // build`, `swift run`, the README's install, CI): no shared library
        // to load at all. Loading ten runtime libraries took longer than a
        // typical check; with the runtime inside, loading libstdc++ and
        // resolving its symbols still took half of `pacte --version`.
        // Linked by lld, the toolchain's: GNU ld warns that the runtime
        // calls `dlopen`, which a static binary can only use with the
        // glibc it was linked with. The runtime calls it only to look for
        // a library of prespecialised metadata, and goes on without one.
        .executableTarget(name: "pacte", dependencies: ["PacteKit", "PacteLSP"],
                          linkerSettings: [.unsafeFlags(["-static-executable", "-use-ld=lld"], .when(platforms: [.linux]))]),
        // `swift run -c release pacte-bench`: speed measured on a release build, not in unit tests.
        // Linked by lld, which the toolchain ships: with `--static-swift-stdlib`, GNU ld warns that
        // Foundation's static library uses `mktemp`, and the release build must have no warning.
        .executableTarget(name: "pacte-bench", dependencies: ["PacteKit", "PacteLSP", "PacteSyntax", "PacteSemantics"],
                          linkerSettings: [.unsafeFlags(["-use-ld=lld"], .when(platforms: [.linux]))]),
        .testTarget(
            name: "PacteKitTests",
            dependencies: ["PacteKit", "PacteLSP"],
            // The scripts the PDF tests run with python3 (pikepdf, pyHanko).
            exclude: ["Fixtures", "Support/check-archive.py", "Support/sign-every-field.py"]
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
