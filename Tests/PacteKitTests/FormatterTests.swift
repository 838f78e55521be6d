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

/// The formatter: golden pairs by topic, and properties over every file we have.
@Suite struct FormatterTests {
    @Test("formatter golden files", arguments: Golden.inputs("format"))
    func golden(_ name: String) throws {
        let path = "Tests/PacteKitTests/Fixtures/format/\(name)"
        guard case .formatted(let text) = Formatter.format(try Golden.source(path)) else {
            Issue.record("\(name) was refused")
            return
        }
        try Golden.check(text, against: path.replacingOccurrences(of: ".pacte", with: ".formatted"))
    }

    /// Every example and fixture that parses.
    static let corpus: [String] = Golden.examples().map { "Examples/\($0)" }
        + ["corpus", "diagnostics", "json", "syntax", "lexer", "format"].flatMap { folder in
            Golden.inputs(folder).map { "Tests/PacteKitTests/Fixtures/\(folder)/\($0)" }
        }

    @Test("idempotent, meaning-preserving, every comment kept", arguments: corpus)
    func properties(_ path: String) throws {
        let source = try Golden.source(path)
        guard case .formatted(let once) = Formatter.format(source) else { return }
        let formattedSource = SourceFile(path: path, text: once)
        guard case .formatted(let twice) = Formatter.format(formattedSource) else {
            Issue.record("the formatted \(path) does not parse")
            return
        }
        #expect(once == twice, "fmt(fmt(x)) = fmt(x)")
        let before = Compilation(source: source), after = Compilation(source: formattedSource)
        #expect(JSONBackend.render(before.pacte) == JSONBackend.render(after.pacte), "same model")
        #expect(before.diagnostics.map(\.code).sorted() == after.diagnostics.map(\.code).sorted(), "same diagnostics")
        let comments = { (file: SourceFile) in Lexer.tokenize(file).tokens.filter { $0.kind == .comment }.map { file.text(of: $0.span).trimmingBlanks } }
        #expect(comments(source) == comments(formattedSource), "no comment lost or reordered")
    }

    @Test func refusesAFileWithSyntaxErrors() throws {
        let source = SourceFile(path: "x.pacte", text: "pacte \"x\" {\n  territoire: \"a\n}\n")
        guard case .refused(let diagnostics) = Formatter.format(source) else {
            Issue.record("a broken file must not be formatted")
            return
        }
        #expect(diagnostics.map(\.code) == [.unterminatedString])
    }

    @Test func fmtCheckWriteAndPermissions() throws {
        let directory = try CommandRunner.temporaryDirectory()
        defer { CommandRunner.remove(directory) }
        let file = directory.appendingPathComponent("p.pacte")
        try "personne   a \"A\" {   genre: femme }\n".write(to: file, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o640], ofItemAtPath: file.path)
        let check = try CommandRunner.run(["fmt", "--check", file.path])
        #expect(check.status == 1)
        #expect(check.stdout.contains("-personne   a \"A\" {   genre: femme }\n+personne a \"A\" { genre: femme }"))
        let write = try CommandRunner.run(["fmt", "--write", file.path])
        #expect(write.status == 0)
        #expect(try String(contentsOf: file, encoding: .utf8) == "personne a \"A\" { genre: femme }\n")
        let permissions = try FileManager.default.attributesOfItem(atPath: file.path)[.posixPermissions] as? Int
        #expect(permissions == 0o640, "a rewritten file keeps its permissions")
        #expect(try CommandRunner.run(["fmt", "--check", file.path]).status == 0)
        let broken = directory.appendingPathComponent("broken.pacte")
        try "pacte \"x\" {\n".write(to: broken, atomically: true, encoding: .utf8)
        #expect(try CommandRunner.run(["fmt", "--write", broken.path]).status == 1)
        #expect(try String(contentsOf: broken, encoding: .utf8) == "pacte \"x\" {\n", "a broken file is left alone")
    }
}
