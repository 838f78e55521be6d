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
        #expect(result.stderr.contains("warning: caractères absents des polices du PDF"))
        #expect(result.stderr.contains("漢") && !result.stderr.contains("ŵ"), "the embedded fonts have Welsh letters")
    }
}
