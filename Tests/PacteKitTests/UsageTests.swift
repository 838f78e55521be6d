import Foundation
import Testing
@testable import PacteCore

/// How the command answers a mistyped command, option or output.
@Suite struct UsageTests {
    let lannevez = Golden.root.appendingPathComponent("Examples/lannevez.pacte").path

    @Test func aMistypedCommandOrOptionGetsItsNearestSpelling() throws {
        let command = try CommandRunner.run(["chek", lannevez])
        #expect(command.status == 2)
        #expect(command.stderr.hasPrefix("erreur : commande inconnue : `chek` ; vouliez-vous dire `check` ?\n"))
        let option = try CommandRunner.run(["check", "--strcit", lannevez], environment: ["LANG": "en_GB.UTF-8"])
        #expect(option.status == 2)
        #expect(option.stderr.hasPrefix("error: unknown option: `--strcit`; did you mean `--strict`?\n"))
        let format = try CommandRunner.run(["build", lannevez, "--to", "markdwn", "-o", "-"])
        #expect(format.status == 2)
        #expect(format.stderr.contains("vouliez-vous dire `markdown` ?"))
    }

    @Test func theOutputsExtensionChoosesTheFormatAndMustAgreeWithTo() throws {
        let directory = try CommandRunner.temporaryDirectory()
        defer { CommandRunner.remove(directory) }
        let html = directory.appendingPathComponent("pacte.HTML").path
        #expect(try CommandRunner.run(["build", lannevez, "-o", html]).status == 0)
        #expect(try String(contentsOfFile: html, encoding: .utf8).hasPrefix("<!DOCTYPE html>"))
        let docx = directory.appendingPathComponent("pacte.DOCX").path
        #expect(try CommandRunner.run(["build", lannevez, "-o", docx]).status == 0)
        #expect(try Data(contentsOf: URL(fileURLWithPath: docx)).starts(with: Array("PK\u{3}\u{4}".utf8)), "a DOCX is a ZIP package")
        let xlsx = directory.appendingPathComponent("pacte.xlsx").path
        let refused = try CommandRunner.run(["build", lannevez, "-o", xlsx])
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("pacte n’écrit pas de fichier `.xlsx`"))
        #expect(refused.stderr.contains(".odt ou .docx"))
        #expect(!FileManager.default.fileExists(atPath: xlsx), "nothing is written under a name that lies")
        let clash = try CommandRunner.run(["build", lannevez, "--to", "html", "-o", directory.appendingPathComponent("p.pdf").path])
        #expect(clash.status == 2)
        #expect(clash.stderr.contains("ne disent pas le même format"))
    }

    @Test func anAmendmentTakesItsFormatFromItsOutput() throws {
        let directory = try CommandRunner.temporaryDirectory()
        defer { CommandRunner.remove(directory) }
        let newer = directory.appendingPathComponent("v2.pacte")
        try String(contentsOfFile: lannevez, encoding: .utf8).replacingOccurrences(of: "24_000 €", with: "30_000 €")
            .write(to: newer, atomically: true, encoding: .utf8)
        let markdown = directory.appendingPathComponent("avenant.md").path
        #expect(try CommandRunner.run(["diff", lannevez, newer.path, "-o", markdown]).status == 0)
        #expect(try String(contentsOfFile: markdown, encoding: .utf8).hasPrefix("# Avenant au pacte"))
        let refused = try CommandRunner.run(["diff", lannevez, newer.path, "-o", "-"])
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("indiquez le format de l’avenant"))
    }

    @Test func theClosingHintNamesTheFirstError() {
        let warning = Diagnostic(.actionBudget, at: Span(start: 0, length: 1), LocalizedText(fr: "a", en: "a"))
        let error = Diagnostic(.unresolvedReference, at: Span(start: 0, length: 1), LocalizedText(fr: "b", en: "b"))
        let renderer = HumanDiagnosticRenderer(options: .init(color: false, language: .fr))
        #expect(renderer.explainHint(for: [warning, error]) == "Pour en savoir plus : `pacte explain P0204`\n")
        #expect(renderer.explainHint(for: [warning]) == "Pour en savoir plus : `pacte explain P0310`\n")
    }
}
