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
@testable import PacteOffice


/// The printed pacte is an act (DESIGN §6.2) in every format: each writer
/// prints the preamble, the numbered articles, the closing clauses and the
/// signature page with the right dates, capacities and names.
@Suite struct ActDocumentTests {
    /// The text of a document in each format, tags stripped and spaces of
    /// every kind made one plain space, so that a phrase reads the same
    /// whatever the writer did with its words.
    static func texts(of source: String) throws -> [(format: String, text: String)] {
        let compilation = Compilation(source: SourceFile(path: "p.pacte", text: source))
        let document = DocumentBuilder.build(compilation.pacte)
        var texts: [(String, String)] = [
            ("md", MarkdownBackend.render(document).replacingOccurrences(of: "\\", with: "")),
            ("html", stripped(HTMLBackend.render(document))),
            ("odt", stripped(String(decoding: ODTContent.write(document), as: UTF8.self))),
            ("docx", stripped(String(decoding: DOCXDocument.write(document).bytes, as: UTF8.self))),
        ]
        try PDFFile.withTemporary(PDFBackend.render(document).bytes) { file in texts.append(("pdf", try file.text(layout: false))) }
        return texts.map { ($0.0, PDFTests.normalised($0.1)) }
    }

    /// Markup removed: tags, then the entities XML and HTML write.
    static func stripped(_ markup: String) -> String {
        var output = "", inTag = false
        for character in markup {
            if character == "<" { inTag = true; output.append(" ") } else if character == ">" { inTag = false } else if !inTag { output.append(character) }
        }
        return output.replacingOccurrences(of: "&amp;", with: "&").replacingOccurrences(of: "&lt;", with: "<")
            .replacingOccurrences(of: "&gt;", with: ">").replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
    }

    static func expect(_ phrases: [String], in source: String, absent: [String] = [], sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        for (format, text) in try texts(of: source) {
            for phrase in phrases {
                let wanted = PDFTests.normalised(phrase)
                #expect(text.contains(wanted), "\(format): « \(wanted) » is missing", sourceLocation: sourceLocation)
            }
            for phrase in absent {
                #expect(!text.contains(PDFTests.normalised(phrase)), "\(format): « \(phrase) » should not be there", sourceLocation: sourceLocation)
            }
        }
    }

    @Test("the reference example is an act in every format")
    func referenceExample() throws {
        let source = try String(contentsOf: Golden.root.appendingPathComponent("Examples/lannevez.pacte"), encoding: .utf8)
        try Self.expect([
            "Vu le code général des collectivités territoriales, notamment son article L2143-2 ;",
            "Vu la délibération n° 2026-011 du 26 février 2026 du conseil municipal de la Commune de Lannévez-sur-Aber autorisant la maire à signer le présent pacte ;",
            "la Commune de Lannévez-sur-Aber, représentée par sa maire, Gwenaëlle Le Roux ;",
            "Il est convenu ce qui suit :",
            "Article 1 – Objet",
            "Article 7 – Durée", "Le présent pacte est conclu pour la période 2026–2031.",
            "Article 8 – Modification", "par avenant, adopté et signé dans les mêmes formes",
            "Article 9 – Retrait", "Article 10 – Entrée en vigueur",
            "Fait à Lannévez-sur-Aber, le 14 mars 2026, en trois exemplaires originaux.",
            "Pour la Commune de Lannévez-sur-Aber,", "la Maire,", "Gwenaëlle Le Roux",
            "Pour l’Association Bocage Vivant,", "le Président,", "Loïc Cadiou",
            "L’espace adopte ses avis et ses propositions par un vote de tous ses membres, à la majorité des deux tiers des votants.",
            "les décisions qui relèvent de sa compétence restent prises par lui.",
        ], in: source, absent: ["fixé par Commune", "La décision est prise", "(écart"])
    }

    @Test("without an acte: dotted lines for place and date, one original per signatory, default capacities by gender")
    func withoutAct() throws {
        let source = try String(contentsOf: Golden.root.appendingPathComponent("Examples/lannevez.pacte"), encoding: .utf8)
            .replacingOccurrences(of: "acte {\n  lieu: \"Lannévez-sur-Aber\"\n  date: 2026-03-14\n}\n", with: "")
            .replacingOccurrences(of: "signataire bocage \"Association Bocage Vivant\" { collège: association; représentant: loic }",
                                  with: "signataire bocage \"Association Bocage Vivant\" { collège: association }")
            .replacingOccurrences(of: "personne gwen \"Gwenaëlle Le Roux\" { genre: femme;", with: "personne gwen \"Gwenaëlle Le Roux\" { genre: non-précisé;")
        #expect(Compilation(source: SourceFile(path: "p.pacte", text: source)).diagnostics.isEmpty, "P0321 and P0323 only with an acte")
        try Self.expect([
            "Fait à ………………, le ………………, en trois exemplaires originaux.",
            "Pour l’Association Bocage Vivant,", "Nom et qualité :",
            "représentée par sa ou son maire, Gwenaëlle Le Roux",
            "autorisant la ou le maire à signer le présent pacte",
        ], in: source, absent: ["représentée par son Président, Loïc"])
    }

    @Test("the acte's particulars: copies, visas and amendment clause as written, a capacity given by qualité")
    func particulars() throws {
        let source = try String(contentsOf: Golden.root.appendingPathComponent("Examples/lannevez.pacte"), encoding: .utf8)
            .replacingOccurrences(of: "  date: 2026-03-14\n}", with: """
                  date: 2026-03-14
                  exemplaires: 4
                  visas: ["le code de l’environnement, notamment son article L120-1 ;", "Vu la charte du parc naturel régional."]
                  révision: "Le pacte est revu chaque année par la commission, qui propose les avenants au conseil municipal."
                }
                """)
            .replacingOccurrences(of: "{ collège: association; représentant: loic }", with: "{ collège: association; représentant: loic; qualité: \"Trésorier\" }")
        #expect(Compilation(source: SourceFile(path: "p.pacte", text: source)).diagnostics.isEmpty)
        try Self.expect([
            "en quatre exemplaires originaux.",
            "Vu le code de l’environnement, notamment son article L120-1 ;",
            "Vu la charte du parc naturel régional ;",
            "Le pacte est revu chaque année par la commission, qui propose les avenants au conseil municipal.",
            "l’Association Bocage Vivant, représentée par son trésorier, Loïc Cadiou ;",
            "le Trésorier,",
        ], in: source, absent: ["Vu Vu", "L120-1 ; ;", "adopté et signé dans les mêmes formes"])
    }

    @Test("an English pacte is an act in English")
    func english() throws {
        let source = try String(contentsOf: Golden.root.appendingPathComponent("Examples/kerhuel-en.pacte"), encoding: .utf8)
        try Self.expect([
            "Having regard to the French local government code (CGCT), in particular Article L2143-2 thereof;",
            "Having regard to deliberation no. 2026-052 of 24 September 2026 of the municipal council of the Commune de Kerhuel authorising the Mayor to sign this pact;",
            "It is agreed as follows:", "Article 1 – Purpose", "Duration", "Amendment", "Entry into force",
            "Done at Kerhuel on 10 October 2026, in four original copies.",
            "For the Commune de Kerhuel,", "the Mayor,", "Morgane Le Bihan", "the Chair,", "the Manager,",
        ], in: source, absent: ["Vu le", "Fait à"])
    }
}
