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
