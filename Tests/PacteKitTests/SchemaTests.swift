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

@Suite struct SchemaTests {
    @Test func namesMatchWithoutAccentsAndInEnglish() throws {
        let action = try #require(Schema.kind(named: "action", among: Schema.pacte.topLevel))
        #expect(action.property(named: "calendrier")?.name == "calendrier")
        #expect(action.property(named: "calendar")?.name == "calendrier")
        let space = try #require(Schema.kind(named: "space", among: Schema.pacte.topLevel))
        #expect(space.property(named: "siege-jeunesse")?.name == "siège-jeunesse")
        #expect(space.property(named: "youth-seat")?.name == "siège-jeunesse")
        #expect(Schema.kind(named: "periode", among: Schema.pacte.topLevel) == nil)
        #expect(SchemaName.fold("Pénélope-Œuvre") == "Penelope-OEuvre")
        #expect(SchemaName.fold("e\u{0301}te\u{0301}") == "ete", "decomposed accents fold too")
    }

    /// The kinds find their properties, and the enumerations their
    /// values, by searching short lists: every spelling of the whole
    /// schema, as written, folded or in capitals where that is allowed,
    /// leads to its own entry.
    @Test func everySpellingOfTheSchemaLeadsToItsEntry() {
        for kind in Schema.pacte.allKinds {
            for (position, property) in kind.properties.enumerated() {
                for spelling in [property.name, property.english, SchemaName.fold(property.name), SchemaName.fold(property.english)] {
                    #expect(kind.position(ofProperty: spelling) == position, "\(kind.name).\(spelling)")
                }
            }
            #expect(kind.position(ofProperty: "pas-une-propriété") == nil)
            for property in kind.properties {
                guard case .enumeration(let values) = property.type else { continue }
                for spelling in values.spellings {
                    let canonical = values.canonical(spelling)
                    #expect(canonical.map(values.values.contains) == true, "\(values.name): \(spelling)")
                    #expect(values.canonical(SchemaName.fold(spelling).uppercased()) == canonical, "\(values.name): \(spelling) in capitals")
                }
                #expect(values.canonical("pas-une-valeur") == nil)
            }
        }
    }

    @Test func spellingsCompareAsTheyAreWritten() {
        #expect(SchemaName.sameSpelling("collège", "collège"))
        #expect(!SchemaName.sameSpelling("collège", "qualité"), "same length, different names")
        #expect(!SchemaName.sameSpelling("élu", "élue"))
        #expect(College(canonical: "économique") == .économique)
        #expect(College(canonical: "collectivité") == .collectivité)
        #expect(College(canonical: "economique") == nil, "the model reads canonical values only")
        #expect(Role(canonical: "élu") == .élu)
        // The schema still takes every spelling it took.
        let role = EnumSchema(Role.self, name: "rôle")
        #expect(role.canonical("élu") == "élu")
        #expect(role.canonical("elue") == "élu")
        #expect(role.formatted("elue") == "élue")
        #expect(role.canonical("Elected") == "élu", "English, any case")
        #expect(role.canonical("maire") == nil)
    }

    @Test func theMembersWordIsKnownWithOrWithoutAccents() {
        #expect(SchemaName.isMembersWord("membres"))
        #expect(SchemaName.isMembersWord("members"))
        #expect(SchemaName.isMembersWord("mèmbres"))
        #expect(!SchemaName.isMembersWord("membre"))
        #expect(!SchemaName.isMembersWord("gwen"))
        #expect(!SchemaName.isMembersWord(""))
    }

    @Test func didYouMean() {
        #expect(Suggestions.closest(to: "partenaire", among: ["partenaires", "pilote", "budget"]) == ["partenaires"])
        #expect(Suggestions.closest(to: "co-constrution", among: ParticipationLevel.allCases.map(\.rawValue)) == ["co-construction"])
        #expect(Suggestions.closest(to: "acton", among: ["action", "personne", "espace"]) == ["action"])
        #expect(Suggestions.closest(to: "zzzz", among: ["action", "personne"]).isEmpty)
        #expect(Suggestions.closest(to: "a", among: ["b", "c", "d", "e", "f"]).count <= 4)
    }

    @Test func everyPropertyHasAnEnglishAliasAndASummary() {
        for kind in Schema.pacte.allKinds {
            #expect(!kind.english.isEmpty)
            for property in kind.properties {
                #expect(!property.english.isEmpty && !property.summary.fr.isEmpty && !property.summary.en.isEmpty)
                #expect(!property.english.unicodeScalars.contains { !$0.isASCII }, "English names are ASCII")
            }
        }
    }

    @Test func priorityIsNotAnError() {
        let text = """
        objectif o "O" { priorite: p }
        vision { priorite p "P" }
        """
        let result = Compilation(source: SourceFile(path: "x", text: text))
        #expect(!result.diagnostics.contains { $0.code == .unknownName })
    }
}
