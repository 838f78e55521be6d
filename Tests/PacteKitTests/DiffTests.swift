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

/// `pacte diff`: changes in meaning, nothing else.
@Suite struct DiffTests {
    let original: String

    init() throws {
        original = try String(contentsOf: Golden.root.appendingPathComponent("Examples/lannevez.pacte"), encoding: .utf8)
    }

    private func diff(_ edit: (String) -> String) -> PacteDiff {
        let old = Compilation(source: SourceFile(path: "old.pacte", text: original))
        let new = Compilation(source: SourceFile(path: "new.pacte", text: edit(original)))
        return PacteDiff(old: old, new: new)
    }

    @Test func formattingAndCommentsAreNotChanges() {
        let result = diff { text in
            "# un commentaire de plus\n" + text.replacingOccurrences(of: "  échelon: commune", with: "  echelon:    commune   # accent retiré")
        }
        #expect(result.isEmpty)
    }

    @Test func plantedChangesAreNamedAndNothingElse() {
        let result = diff { text in
            text.replacingOccurrences(of: "signataire cafe \"Café associatif Ar Vro\" { collège: association; représentant: yann }\n", with: "")
                .replacingOccurrences(of: "personne yann \"Yann Gourmelon\" { genre: homme; rôle: acteur; structure: cafe }\n", with: "")
                .replacingOccurrences(of: "  partenaires: [mairie, cafe]", with: "  partenaires: [mairie]")
                .replacingOccurrences(of: "  budget: 24_000 €", with: "  budget: 30_000 €")
                .replacingOccurrences(of: "    votants: membres", with: "    votants: [gwen, herve, nolwenn]")
        }
        let lines = result.changes.map { "\($0.kind.rawValue) \($0.section.rawValue) \($0.id ?? "") \($0.field ?? "") \($0.old ?? "") → \($0.new ?? "")" }
        #expect(lines == [
            "removed signataire cafe   → ",
            "removed personne yann   → ",
            "changed action chantiers budget 24 000 € → 30 000 €",
            "removed action chantiers partenaires Café associatif Ar Vro → ",
            "changed espace commission votants membres → Gwenaëlle Le Roux, Hervé Tanguy, Nolwenn Bihan",
        ])
        #expect(result.changes[2].delta == 600_000)
        #expect(result.budget.old == 2_400_000 && result.budget.new == 3_000_000)
        #expect(result.appeared.isEmpty && result.disappeared.isEmpty)
    }

    @Test func aRemovalIsToldWhereItStood() {
        let result = diff { text in
            text.replacingOccurrences(of: "personne herve \"Hervé Tanguy\" { genre: homme; rôle: agent; structure: mairie }\n", with: "")
                .replacingOccurrences(of: "\"Loïc Cadiou\"", with: "\"Loïc Cadiou-Le Bras\"")
                .replacingOccurrences(of: "[gwen, herve, loic, nolwenn]", with: "[gwen, loic, nolwenn]")
        }
        let persons = result.changes.filter { $0.section == .personne }.map { "\($0.kind.rawValue) \($0.id ?? "")" }
        // gwen, herve, loic in the file: the removal of herve comes before the change of loic.
        #expect(persons == ["removed herve", "changed loic"])
        let members = result.changes.filter { $0.field == "membres" }
        #expect(members.map(\.old) == ["Hervé Tanguy"])
    }

    @Test func votersThatStayTheMembersAreNoChange() {
        let result = diff { text in
            text.replacingOccurrences(of: "[gwen, herve, loic, nolwenn]", with: "[gwen, herve, loic, nolwenn, anna]")
                + "personne anna \"Anna Kerbrat\" { genre: femme; rôle: habitant }\n"
        }
        #expect(result.changes.filter { $0.section == .espace }.map(\.field) == ["parité", "membres"])
        #expect(result.changes.last?.new == "Anna Kerbrat")
    }

    @Test func theHumanDiffEscapesWhatCouldDriveTheTerminal() {
        let result = diff { $0.replacingOccurrences(of: "\"Association Bocage Vivant\"", with: "\"Bocage \\u{1B}[2J\\u{202E}Vivant\"") }
        let text = PacteDiffRenderer.human(result, oldPath: "a\u{1B}.pacte", newPath: "b.pacte", language: .fr)
        #expect(!text.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x202E })
        #expect(text.contains("Bocage \\u{1B}[2J\\u{202E}Vivant"))
        #expect(text.contains("`a\\u{1B}.pacte`"))
    }

    @Test func diagnosticsThatAppear() {
        let result = diff { $0.replacingOccurrences(of: "  siège-jeunesse: nolwenn\n", with: "") }
        #expect(result.changes.map(\.field) == ["siège-jeunesse"])
        #expect(result.appeared.map(\.code) == [.youthSeat])
    }

    @Test func commandLineWithStandardInputAndJSON() throws {
        let directory = try CommandRunner.temporaryDirectory()
        defer { CommandRunner.remove(directory) }
        let newer = directory.appendingPathComponent("lannevez.pacte")
        try original.replacingOccurrences(of: "  budget: 24_000 €", with: "  budget: 25_500 €").write(to: newer, atomically: true, encoding: .utf8)
        let result = try CommandRunner.run(["diff", "--format", "json", "-", newer.path], stdin: Data(original.utf8))
        #expect(result.status == 1)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let budget = try #require(object["budget"] as? [String: Double])
        #expect(budget == ["old": 24000, "new": 25500, "delta": 1500])
        let human = try CommandRunner.run(["diff", Golden.root.appendingPathComponent("Examples/lannevez.pacte").path, newer.path])
        #expect(human.stdout.contains("budget : « 24 000 € » → « 25 500 € » (+1 500 €)"))
        #expect(try CommandRunner.run(["diff", newer.path, newer.path]).status == 0)
    }

    @Test func amendmentListsEveryPlantedChange() throws {
        let directory = try CommandRunner.temporaryDirectory()
        defer { CommandRunner.remove(directory) }
        let older = directory.appendingPathComponent("v1.pacte"), newer = directory.appendingPathComponent("v2.pacte")
        try original.write(to: older, atomically: true, encoding: .utf8)
        try original.replacingOccurrences(of: "signataire cafe \"Café associatif Ar Vro\" { collège: association; représentant: yann }\n", with: "")
                .replacingOccurrences(of: "personne yann \"Yann Gourmelon\" { genre: homme; rôle: acteur; structure: cafe }\n", with: "")
            .replacingOccurrences(of: "  partenaires: [mairie, cafe]", with: "  partenaires: [mairie]")
            .replacingOccurrences(of: "  budget: 24_000 €", with: "  budget: 30_000 €")
            .replacingOccurrences(of: "    votants: membres", with: "    votants: [gwen, herve, nolwenn]")
            .write(to: newer, atomically: true, encoding: .utf8)
        let markdown = try CommandRunner.run(["diff", older.path, newer.path, "--to", "md", "-o", "-"])
        #expect(markdown.stdout.hasPrefix("# Avenant au pacte"))
        for expected in ["Le Café associatif Ar Vro se retire du pacte et n’en est plus signataire.",
                         "Le budget de l’action « Chantiers participatifs de plantation » est porté de 24 000 € à 30 000 € (+6 000 €).",
                         "Les votants de l’espace « Commission extra-municipale des transitions » sont désormais Gwenaëlle Le Roux, Hervé Tanguy et Nolwenn Bihan (au lieu des membres de l’espace).",
                         "| **Total du pacte** | **24 000 €** | **30 000 €** | **+6 000 €** |"] {
            #expect(markdown.stdout.replacingOccurrences(of: "\u{00A0}", with: " ").contains(expected), "\(expected)")
        }
        let pdf = directory.appendingPathComponent("avenant.pdf")
        #expect(try CommandRunner.run(["diff", older.path, newer.path, "--to", "pdf", "-o", pdf.path]).status == 0)
        let file = PDFFile(path: pdf.path)
        try file.check()
        let text = try file.text(layout: false)
        #expect(text.contains("Café associatif Ar Vro") && text.contains("Nolwenn Bihan") && text.contains("30 000"))
    }
}
