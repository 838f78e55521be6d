import Testing
@testable import PacteCore
@testable import PacteDriver
@testable import PacteSemantics

/// Every fix a diagnostic carries, applied to the file: the file checks
/// again with fewer diagnostics, and the fixed ones are gone.
@Suite struct FixApplicationTests {
    @Test func applyingTheDidYouMeanFixesLeavesACleanFile() throws {
        let original = try String(contentsOf: Golden.root.appendingPathComponent("Examples/lannevez.pacte"), encoding: .utf8)
        let broken = original
            .replacingOccurrences(of: "partenaires: [mairie, cafe]", with: "partenaire: [mairie, cafe]")   // P0201
            .replacingOccurrences(of: "participation: co-construction", with: "participation: co-constructon")   // P0207
            .replacingOccurrences(of: "pilote: bocage", with: "pilote: bocag")   // P0204
        let before = Compilation(source: SourceFile(path: "casse.pacte", text: broken))
        #expect(Set(before.diagnostics.map(\.code)) == [.unknownName, .unknownEnumValue, .unresolvedReference])
        let edits = before.diagnostics.flatMap { $0.fixes.first?.edits ?? [] }
        #expect(edits.count == 3)
        let fixed = try TextEdit.apply(edits, to: broken)
        #expect(fixed == original)
        let after = Compilation(source: SourceFile(path: "corrige.pacte", text: fixed))
        #expect(after.diagnostics.isEmpty)
    }
}

/// Every diagnostic fixture with fixes, fixed: no fixed diagnostic comes
/// back, nothing new breaks, and a template's placeholder is the only
/// thing left where the author has a choice to make.
@Suite struct FixtureFixTests {
    @Test("applying a fixture's fixes removes what they fix", arguments: Golden.inputs("diagnostics"))
    func fixesApplied(_ name: String) throws {
        let source = try Golden.source("Tests/PacteKitTests/Fixtures/diagnostics/\(name)")
        let before = Compilation(source: source)
        let fixed = before.diagnostics.filter { !$0.fixes.isEmpty }
        guard !fixed.isEmpty else { return }
        let edits = fixed.flatMap { $0.fixes[0].edits }
        let bytes = try TextEdit.apply(edits, to: source.bytes)
        let after = Compilation(source: SourceFile(path: source.path, bytes: bytes))
        // A fix never breaks the syntax, and never leaves more diagnostics.
        let syntaxBefore = before.diagnostics.filter { $0.code.isSyntax && $0.fixes.isEmpty }.count
        let syntaxAfter = after.diagnostics.filter(\.code.isSyntax).count
        #expect(syntaxAfter <= syntaxBefore, "syntax errors after the fixes of \(name)")
        #expect(after.diagnostics.count <= before.diagnostics.count, "more diagnostics after the fixes of \(name)")
        // What remains of a fixed diagnostic is a placeholder to fill.
        func isPlaceholder(_ diagnostic: Diagnostic) -> Bool {
            diagnostic.code == .placeholder || diagnostic.message.fr.contains(PropertyTemplate.placeholderID)
        }
        for code in Set(fixed.map(\.code)) {
            let remaining = after.diagnostics.filter { $0.code == code && !isPlaceholder($0) }.count
            let untouched = before.diagnostics.filter { $0.code == code && $0.fixes.isEmpty }.count
            #expect(remaining <= untouched, "\(code.rawValue) still reported after its fix in \(name)")
        }
    }

    @Test func everyCodeThatKnowsItsFixShowsOneInTheFixtures() throws {
        var codes: Set<String> = []
        for name in Golden.inputs("diagnostics") {
            let result = Compilation(source: try Golden.source("Tests/PacteKitTests/Fixtures/diagnostics/\(name)"))
            codes.formUnion(result.diagnostics.filter { !$0.fixes.isEmpty }.map(\.code.rawValue))
        }
        let expected: Set<String> = ["P0103", "P0201", "P0204", "P0205", "P0207", "P0303", "P0304", "P0305", "P0306", "P0309", "P0310", "P0314", "P0317"]
        #expect(expected.subtracting(codes).isEmpty, "no fixture shows a fix for \(expected.subtracting(codes).sorted())")
    }
}
