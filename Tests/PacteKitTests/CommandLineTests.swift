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
        #expect(result.stdout.contains("3 fichiers vérifiés, aucun problème"))
        #expect(result.stderr.isEmpty)
    }

    @Test func checkReportsErrorsInRustcShapeAndExitsOne() throws {
        let directory = try CommandRunner.temporaryDirectory()
        defer { CommandRunner.remove(directory) }
        let file = try brokenFile(in: directory)
        let result = try CommandRunner.run(["check", file.path], environment: ["NO_COLOR": "1"])
        #expect(result.status == 1)
        #expect(result.stdout.contains("error[P0201]: propriété `partenaire` inconnue dans `action chantiers`"))
        #expect(result.stdout.contains("--> \(file.path):46:3"))
        #expect(result.stdout.contains("46 |   partenaire: [mairie, cafe]"))
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
        #expect(Set(diagnostic.keys) == ["code", "severity", "message", "line", "column", "endLine", "endColumn", "help"])
        #expect(diagnostic["code"] as? String == "P0201")
        #expect(diagnostic["severity"] as? String == "error")
        #expect(diagnostic["line"] as? Int == 46)
        #expect(diagnostic["column"] as? Int == 3)
        #expect(diagnostic["endLine"] as? Int == 46)
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

/// Completeness rules, waivers, formats for CI, explain and the git hook.
@Suite struct IntegrationTests {
    let fixtures = Golden.fixtures.appendingPathComponent("diagnostics")

    @Test func strictFailsOnWarnings() throws {
        let file = fixtures.appendingPathComponent("P0310-action-budget.pacte").path
        #expect(try CommandRunner.run(["check", file]).status == 0)
        #expect(try CommandRunner.run(["check", "--strict", file]).status == 1)
    }

    @Test func humanOutputEndsWithTheExplainHint() throws {
        let file = fixtures.appendingPathComponent("P0302-youth-seat.pacte").path
        let result = try CommandRunner.run(["check", file])
        #expect(result.stdout.hasSuffix("Pour en savoir plus : `pacte explain P0302`\n"))
    }

    @Test func explainInBothLanguages() throws {
        let french = try CommandRunner.run(["explain", "P0302"])
        #expect(french.status == 0 && french.stdout.hasPrefix("P0302 (erreur) — pas de siège jeunesse"))
        let english = try CommandRunner.run(["explain", "p0302", "--lang", "en"])
        #expect(english.stdout.hasPrefix("P0302 (error) — no youth seat"))
        let list = try CommandRunner.run(["explain"])
        #expect(list.stdout.contains("P0320"))
        #expect(try CommandRunner.run(["explain", "P9999"]).status == 2)
    }

    @Test func githubAnnotations() throws {
        let file = fixtures.appendingPathComponent("P0301-parity.pacte").path
        let result = try CommandRunner.run(["check", "--format", "github", file])
        #expect(result.status == 1)
        #expect(result.stdout.hasPrefix("::error file=\(file),line=29,col=3,endLine=29,endColumn=37,title=pacte P0301::parité non atteinte"))
        #expect(result.stdout.contains("%0Aaide : ajoutez au moins 3 hommes"))
        #expect(GitHubRenderer.escapeProperty("a:b,c%d") == "a%3Ab%2Cc%25d")
    }

    @Test func sarifHasRulesAndLocatedResults() throws {
        let file = fixtures.appendingPathComponent("P0307-calendar-outside-period.pacte").path
        let result = try CommandRunner.run(["check", "--format", "sarif", file])
        let log = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(log["version"] as? String == "2.1.0")
        let run = try #require((log["runs"] as? [[String: Any]])?.first)
        let driver = try #require((run["tool"] as? [String: Any])?["driver"] as? [String: Any])
        let rules = try #require(driver["rules"] as? [[String: Any]])
        #expect(rules.count == DiagnosticCode.allCases.count)
        let results = try #require(run["results"] as? [[String: Any]])
        let first = try #require(results.first)
        #expect(first["ruleId"] as? String == "P0307")
        #expect(first["level"] as? String == "warning")
        let index = try #require(first["ruleIndex"] as? Int)
        #expect(rules[index]["id"] as? String == "P0307")
        let region = (((first["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])?["region"] as? [String: Int])
        #expect(region == ["startLine": 25, "startColumn": 3, "endLine": 25, "endColumn": 31])
        #expect(SARIFRenderer.uri("dossier é/fichier.pacte") == "dossier%20%C3%A9/fichier.pacte")
    }

    @Test func severalFilesGiveOneSummaryLine() throws {
        let result = try CommandRunner.run(["check", fixtures.path])
        #expect(result.status == 1)
        let summary = try #require(result.stdout.split(separator: "\n").last { $0.contains("fichiers vérifiés") })
        #expect(summary.hasPrefix("\(Golden.inputs("diagnostics").count) fichiers vérifiés, "))
    }

    @Test func gitHookRefusesABrokenPacteAndAcceptsItFixed() throws {
        let repository = try CommandRunner.temporaryDirectory()
        defer { CommandRunner.remove(repository) }
        var lastError = ""
        func git(_ arguments: String...) throws -> Int32 {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = ["git", "-c", "user.name=Test", "-c", "user.email=test@example.invalid"] + arguments
            process.currentDirectoryURL = repository
            let errors = Pipe()
            process.standardOutput = FileHandle.nullDevice
            process.standardError = errors
            try process.run()
            lastError = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            return process.terminationStatus
        }
        #expect(try git("init", "-q") == 0)
        let install = try CommandRunner.run(["hook", "install"], in: repository)
        #expect(install.status == 0, "\(install.stderr)")
        #expect(try CommandRunner.run(["hook", "install"], in: repository).status == 2, "an existing hook is kept")
        #expect(try CommandRunner.run(["hook", "install", "--force"], in: repository).status == 0)

        let pacte = repository.appendingPathComponent("Pacte de la commune é.pacte")
        let good = try String(contentsOf: Golden.root.appendingPathComponent("Examples/lannevez.pacte"), encoding: .utf8)
        try good.replacingOccurrences(of: "siège-jeunesse: nolwenn", with: "siège-jeunesse: herve").write(to: pacte, atomically: true, encoding: .utf8)
        #expect(try git("add", ".") == 0)
        #expect(try git("commit", "-q", "-m", "pacte avec une erreur") != 0, "the hook refuses P0320")
        #expect(lastError.contains("error[P0320]"))
        #expect(lastError.contains("commit refusé : corrigez les erreurs ci-dessus, indexez le fichier (`git add`)"))
        #expect(!lastError.contains("version indexée"), "the file on disk is the one checked")
        // Fixed on disk but not added: the hook checks the staged version, and says so.
        try good.write(to: pacte, atomically: true, encoding: .utf8)
        #expect(try git("commit", "-q", "-m", "correction oubliée") != 0)
        #expect(lastError.contains("c’est la version indexée de « Pacte de la commune é.pacte » qui a été vérifiée"))
        #expect(lastError.contains("pensez à `git add Pacte de la commune é.pacte`"))
        #expect(try git("add", ".") == 0)
        #expect(try git("commit", "-q", "-m", "pacte corrigé") == 0)
    }
}

/// `pacte build` to the document formats.
@Suite struct BuildDocumentTests {
    let lannevez = Golden.root.appendingPathComponent("Examples/lannevez.pacte").path

    @Test func formatFollowsToThenExtensionThenPDF() throws {
        let directory = try CommandRunner.temporaryDirectory()
        defer { CommandRunner.remove(directory) }
        let input = directory.appendingPathComponent("lannevez.pacte")
        try FileManager.default.copyItem(atPath: lannevez, toPath: input.path)
        #expect(try CommandRunner.run(["build", input.path]).status == 0)
        let pdf = try Data(contentsOf: directory.appendingPathComponent("lannevez.pdf"))
        #expect(pdf.starts(with: Array("%PDF-".utf8)))
        #expect(try CommandRunner.run(["build", input.path, "-o", directory.appendingPathComponent("x.html").path]).status == 0)
        let html = try String(contentsOf: directory.appendingPathComponent("x.html"), encoding: .utf8)
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        let markdown = try CommandRunner.run(["build", input.path, "--to", "md", "-o", "-"])
        #expect(markdown.stdout.hasPrefix("# Pacte de coopération"))
    }

    @Test func pdfIsByteIdenticalAndDatedFromThePacteOrSourceDateEpoch() throws {
        let first = try CommandRunner.run(["build", lannevez, "--to", "pdf", "-o", "-"])
        let second = try CommandRunner.run(["build", lannevez, "--to", "pdf", "-o", "-"], environment: ["SOURCE_DATE_EPOCH": "0"])
        #expect(first.stdout == second.stdout, "the adoption date wins over SOURCE_DATE_EPOCH")
        #expect(first.stdout.contains("/CreationDate (D:20260314"))
    }

    @Test func charactersOutsideTheFontsAreAWarningNotAnError() throws {
        let directory = try CommandRunner.temporaryDirectory()
        defer { CommandRunner.remove(directory) }
        let input = directory.appendingPathComponent("p.pacte")
        let text = try String(contentsOfFile: lannevez, encoding: .utf8)
            .replacingOccurrences(of: "\"Café associatif Ar Vro\"", with: "\"Café ŵ 漢\"")
        try text.write(to: input, atomically: true, encoding: .utf8)
        let result = try CommandRunner.run(["build", input.path, "--to", "pdf"])
        #expect(result.status == 0)
        #expect(result.stderr.contains("warning: caractères absents des polices standard du PDF"))
        #expect(result.stderr.contains("漢"))
    }
}

/// Found in review: each stays fixed.
@Suite struct ReviewRegressionTests {
    let lannevez = Golden.root.appendingPathComponent("Examples/lannevez.pacte").path

    @Test func anErrorPastTheDiagnosticLimitStillStopsTheBuild() throws {
        var text = try String(contentsOfFile: lannevez, encoding: .utf8)
        for index in 0..<205 { text += "objectif vide\(index) \"Objectif \(index)\"\n" }
        text += "action sans-pilote \"A\" { objectif: haies; budget: 1 €; participation: information; calendrier: 2027..2028 }\n"
        let compilation = Compilation(source: SourceFile(path: "x.pacte", text: text))
        #expect(compilation.omittedErrors > 0 || compilation.diagnostics.contains { $0.severity == .error })
        #expect(compilation.hasErrors)
        let directory = try CommandRunner.temporaryDirectory()
        defer { CommandRunner.remove(directory) }
        let input = directory.appendingPathComponent("many.pacte")
        try text.write(to: input, atomically: true, encoding: .utf8)
        #expect(try CommandRunner.run(["build", input.path, "--to", "json", "-o", "-"]).status == 1)
    }

    @Test func theAmendmentNeverOverwritesTheOldVersion() throws {
        let directory = try CommandRunner.temporaryDirectory()
        defer { CommandRunner.remove(directory) }
        let older = directory.appendingPathComponent("old.pacte"), newer = directory.appendingPathComponent("new.pacte")
        let text = try String(contentsOfFile: lannevez, encoding: .utf8)
        try text.write(to: older, atomically: true, encoding: .utf8)
        try text.replacingOccurrences(of: "24_000 €", with: "25_000 €").write(to: newer, atomically: true, encoding: .utf8)
        #expect(try CommandRunner.run(["diff", older.path, newer.path, "--to", "md", "-o", older.path]).status == 2)
        #expect(try String(contentsOf: older, encoding: .utf8) == text)
    }

    @Test func aFolderLinkedToItselfIsWalkedOnce() throws {
        let directory = try CommandRunner.temporaryDirectory()
        defer { CommandRunner.remove(directory) }
        try FileManager.default.copyItem(atPath: lannevez, toPath: directory.appendingPathComponent("a.pacte").path)
        try FileManager.default.createSymbolicLink(atPath: directory.appendingPathComponent("self").path, withDestinationPath: ".")
        try FileManager.default.createSymbolicLink(atPath: directory.appendingPathComponent("again").path, withDestinationPath: ".")
        let result = try CommandRunner.run(["check", directory.path])
        #expect(result.status == 0)
        #expect(result.stdout.contains("1 fichier vérifié"))
    }

    @Test func writingThroughALinkKeepsTheLink() throws {
        let directory = try CommandRunner.temporaryDirectory()
        defer { CommandRunner.remove(directory) }
        let real = directory.appendingPathComponent("real.pacte"), link = directory.appendingPathComponent("link.pacte")
        try "personne   a \"A\" { genre: femme }\n".write(to: real, atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: "real.pacte")
        #expect(try CommandRunner.run(["fmt", "--write", link.path]).status == 0)
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link.path) == "real.pacte")
        #expect(try String(contentsOf: real, encoding: .utf8) == "personne a \"A\" { genre: femme }\n")
    }

    @Test func aCalendarFromAMonthToTheEndOfItsYearIsKept() throws {
        let text = try String(contentsOfFile: lannevez, encoding: .utf8).replacingOccurrences(of: "calendrier: 2026-11..2030-03", with: "calendrier: 2026-06..2026")
        let compilation = Compilation(source: SourceFile(path: "x.pacte", text: text))
        #expect(compilation.diagnostics.isEmpty)
        #expect(compilation.pacte.actions[0].calendar.value?.lowerBound == CalendarDate(year: 2026, month: 6))
    }

    @Test func aByteOrderMarkIsNotAColumn() {
        let source = SourceFile(path: "x", bytes: [0xEF, 0xBB, 0xBF] + Array("pakte \"T\"\n".utf8))
        let diagnostic = Compilation(source: source).diagnostics.first { $0.code == .unknownName }
        #expect(diagnostic.map { source.location(of: $0.span.start).column } == 1)
    }

    @Test func loneCarriageReturnsEndStrings() {
        let text = "pacte \"T\" {\r  territoire: \"abc\r  échelon: commune\r}\r"
        let codes = Compilation(source: SourceFile(path: "x", text: text)).diagnostics.map(\.code)
        #expect(codes.contains(.unterminatedString))
        #expect(!codes.contains(.unclosedDelimiter))
    }
}
