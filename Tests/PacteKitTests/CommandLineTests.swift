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

/// The `pacte` command as a user meets it: exit codes, outputs, files.
@Suite struct CommandLineTests {
    let lannevez = Golden.root.appendingPathComponent("Examples/lannevez.pacte").path

    private func brokenFile(in directory: URL) throws -> URL {
        let url = directory.appendingPathComponent("casse.pacte")
        var text = try String(contentsOfFile: lannevez, encoding: .utf8)
        text = text.replacingOccurrences(of: "partenaires: [mairie, cafe]", with: "partenaire: [mairie, cafe]")
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url
    }

    @Test func checkOfTheExamplesExitsZero() throws {
        let result = try CommandRunner.run(["check", Golden.root.appendingPathComponent("Examples").path])
        #expect(result.status == 0)
        #expect(result.stdout.contains("4 fichiers vérifiés, aucun problème"))
        #expect(result.stderr.isEmpty)
    }

    @Test func checkReportsErrorsInRustcShapeAndExitsOne() throws {
        let directory = try CommandRunner.temporaryDirectory()
        defer { CommandRunner.remove(directory) }
        let file = try brokenFile(in: directory)
        let result = try CommandRunner.run(["check", file.path], environment: ["NO_COLOR": "1"])
        #expect(result.status == 1)
        #expect(result.stdout.contains("error[P0201]: propriété `partenaire` inconnue dans `action chantiers`"))
        #expect(result.stdout.contains("--> \(file.path):56:3"))
        #expect(result.stdout.contains("56 |   partenaire: [mairie, cafe]"))
        #expect(result.stdout.contains("   |   ^^^^^^^^^^ propriété inconnue"))
        #expect(result.stdout.contains("= aide: vouliez-vous dire `partenaires` ?"))
        #expect(!result.stdout.contains("\u{1B}["), "no colour when not on a terminal")
    }

    @Test func colourOnlyWhenAskedAndNeverWithNoColor() throws {
        let directory = try CommandRunner.temporaryDirectory()
        defer { CommandRunner.remove(directory) }
        let file = try brokenFile(in: directory)
        let coloured = try CommandRunner.run(["check", "--color", "always", file.path], environment: ["NO_COLOR": ""])
        #expect(coloured.stdout.contains("\u{1B}[1;31merror[P0201]"))
        let refused = try CommandRunner.run(["check", "--color", "always", file.path], environment: ["NO_COLOR": "1"])
        #expect(!refused.stdout.contains("\u{1B}["), "NO_COLOR wins over --color always")
        let auto = try CommandRunner.run(["check", file.path], environment: ["NO_COLOR": "1"])
        #expect(!auto.stdout.contains("\u{1B}["))
    }

    @Test func jsonFormatIsExactlyTheDesignedShape() throws {
        let directory = try CommandRunner.temporaryDirectory()
        defer { CommandRunner.remove(directory) }
        let file = try brokenFile(in: directory)
        let result = try CommandRunner.run(["check", "--format", "json", file.path, lannevez])
        #expect(result.status == 1)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(Set(object.keys) == ["files", "summary"])
        let files = try #require(object["files"] as? [[String: Any]])
        #expect(files.count == 2)
        #expect(files[0]["path"] as? String == file.path)
        let diagnostic = try #require((files[0]["diagnostics"] as? [[String: Any]])?.first)
        // A diagnostic that knows its fix carries it (DESIGN §4, v1).
        #expect(Set(diagnostic.keys) == ["code", "severity", "message", "line", "column", "endLine", "endColumn", "help", "fixes"])
        let fix = try #require((diagnostic["fixes"] as? [[String: Any]])?.first)
        let edit = try #require((fix["edits"] as? [[String: Any]])?.first)
        #expect(edit["text"] as? String == "partenaires" && edit["line"] as? Int == 56 && edit["column"] as? Int == 3 && edit["endColumn"] as? Int == 13)
        #expect(diagnostic["code"] as? String == "P0201")
        #expect(diagnostic["severity"] as? String == "error")
        #expect(diagnostic["line"] as? Int == 56)
        #expect(diagnostic["column"] as? Int == 3)
        #expect(diagnostic["endLine"] as? Int == 56)
        #expect(diagnostic["endColumn"] as? Int == 13)
        #expect((files[1]["diagnostics"] as? [Any])?.isEmpty == true)
        let summary = try #require(object["summary"] as? [String: Int])
        #expect(summary == ["errors": 1, "warnings": 0])
    }

    @Test func englishWithTheFlagOrTheLocale() throws {
        let directory = try CommandRunner.temporaryDirectory()
        defer { CommandRunner.remove(directory) }
        let file = try brokenFile(in: directory)
        let flagged = try CommandRunner.run(["check", "--lang", "en", file.path])
        #expect(flagged.stdout.contains("unknown property `partenaire` in `action chantiers`"))
        #expect(flagged.stdout.contains("= help: did you mean `partenaires`?"))
        let located = try CommandRunner.run(["check", file.path], environment: ["LANG": "en_GB.UTF-8"])
        #expect(located.stdout.contains("unknown property"))
    }

    @Test func standardInputIsADash() throws {
        let text = try Data(contentsOf: URL(fileURLWithPath: lannevez))
        let result = try CommandRunner.run(["check", "--format", "json", "-"], stdin: text)
        #expect(result.status == 0)
        #expect(result.stdout.contains("\"path\":\"-\""))
    }

    @Test func usageAndIOErrorsExitTwo() throws {
        #expect(try CommandRunner.run(["check"]).status == 2)
        #expect(try CommandRunner.run(["check", "--format", "xml", lannevez]).status == 2)
        #expect(try CommandRunner.run(["frobnicate"]).status == 2)
        let missing = try CommandRunner.run(["check", "/nonexistent/pacte.pacte"])
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("impossible de lire `/nonexistent/pacte.pacte`"))
    }

    @Test func strictTurnsWarningsIntoFailure() throws {
        // P03xx warnings come with the completeness rules; until then --strict
        // must at least leave a clean file passing.
        #expect(try CommandRunner.run(["check", "--strict", lannevez]).status == 0)
    }

    @Test func buildWritesJSONAtomicallyAndNeverOverTheInput() throws {
        let directory = try CommandRunner.temporaryDirectory()
        defer { CommandRunner.remove(directory) }
        let input = directory.appendingPathComponent("lannevez.pacte")
        try FileManager.default.copyItem(atPath: lannevez, toPath: input.path)
        let result = try CommandRunner.run(["build", input.path, "--to", "json"])
        #expect(result.status == 0)
        let written = directory.appendingPathComponent("lannevez.json")
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: written)) as? [String: Any]
        #expect(json?["formatVersion"] as? Int == 1)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasSuffix(".tmp") }
        #expect(leftovers.isEmpty)
        let overwrite = try CommandRunner.run(["build", input.path, "-o", input.path, "--to", "json"])
        #expect(overwrite.status == 2)
        #expect(try String(contentsOf: input, encoding: .utf8) == String(contentsOfFile: lannevez, encoding: .utf8))
    }

    @Test func buildRefusesAFileWithErrorsAndWritesNothing() throws {
        let directory = try CommandRunner.temporaryDirectory()
        defer { CommandRunner.remove(directory) }
        let file = try brokenFile(in: directory)
        let output = directory.appendingPathComponent("out.json")
        let result = try CommandRunner.run(["build", file.path, "-o", output.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("error[P0201]"))
        #expect(!FileManager.default.fileExists(atPath: output.path))
    }

    @Test func buildToStandardOutput() throws {
        let result = try CommandRunner.run(["build", lannevez, "--to", "json", "-o", "-"])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("{\n  \"formatVersion\": 1,"))
    }
}
