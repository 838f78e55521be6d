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
