import Foundation
import Testing
@testable import PacteCore
@testable import PacteSyntax
@testable import PacteSchema
@testable import PacteSemantics
@testable import PacteDriver
@testable import PacteDocument
@testable import PacteJSON
@testable import PacteHTML
@testable import PacteMarkdown
@testable import PactePDF
@testable import PacteFormat
@testable import PacteDiff
@testable import PacteKit

/// Golden files: an input next to its expected output. A missing
/// expectation is written and the test fails; `PACTE_UPDATE=1` rewrites
/// them on purpose. Review the diff of expected files like code.
enum Golden {
    /// The package's root folder.
    static let root: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// `Tests/PacteKitTests/Fixtures`.
    static let fixtures = root.appendingPathComponent("Tests/PacteKitTests/Fixtures")

    static var updating: Bool { ProcessInfo.processInfo.environment["PACTE_UPDATE"] == "1" }

    /// The `.pacte` files of a fixture folder, by name.
    static func inputs(_ folder: String) -> [String] {
        let directory = fixtures.appendingPathComponent(folder)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return names.filter { $0.hasSuffix(".pacte") }.sorted()
    }

    /// Every `.pacte` file under `Fixtures/`, as paths from the package root.
    static func allFixtureInputs() -> [String] {
        let enumerator = FileManager.default.enumerator(atPath: fixtures.path)
        var paths: [String] = []
        while let name = enumerator?.nextObject() as? String {
            if name.hasSuffix(".pacte") { paths.append("Tests/PacteKitTests/Fixtures/" + name) }
        }
        return paths.sorted()
    }

    /// The `.pacte` files of `Examples/`.
    static func examples() -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("Examples").path)) ?? []
        return names.filter { $0.hasSuffix(".pacte") }.sorted()
    }

    /// Reads a fixture as a source file whose path is relative to the package root.
    static func source(_ relativePath: String) throws -> SourceFile {
        let data = try Data(contentsOf: root.appendingPathComponent(relativePath))
        return SourceFile(path: relativePath, bytes: Array(data))
    }

    /// Compares `actual` with the expected file, writing it when missing or when updating.
    static func check(_ actual: String, against relativePath: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        let url = root.appendingPathComponent(relativePath)
        let expected = try? String(contentsOf: url, encoding: .utf8)
        if updating || expected == nil {
            try actual.write(to: url, atomically: true, encoding: .utf8)
            if expected == nil {
                Issue.record("wrote missing expectation \(relativePath); review it and run again", sourceLocation: sourceLocation)
            }
            return
        }
        if actual != expected {
            Issue.record("\(relativePath) differs (PACTE_UPDATE=1 rewrites it):\n\(firstDifference(expected ?? "", actual))",
                         sourceLocation: sourceLocation)
        }
    }

    private static func firstDifference(_ expected: String, _ actual: String) -> String {
        let expectedLines = expected.components(separatedBy: "\n")
        let actualLines = actual.components(separatedBy: "\n")
        for index in 0..<max(expectedLines.count, actualLines.count) {
            let left = index < expectedLines.count ? expectedLines[index] : "<end>"
            let right = index < actualLines.count ? actualLines[index] : "<end>"
            if left != right { return "line \(index + 1):\n- \(left)\n+ \(right)" }
        }
        return "(same lines, different line ends)"
    }
}
