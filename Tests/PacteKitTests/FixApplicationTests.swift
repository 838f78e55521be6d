import Testing
@testable import PacteCore
@testable import PacteDriver

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
