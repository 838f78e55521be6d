import Foundation
import Testing
@testable import PacteCore
@testable import PacteSemantics
@testable import PacteDriver
@testable import PacteDocument
@testable import PacteDiff
@testable import PacteKit

/// The document model itself, before any writer: the builder says what
/// each part of the printed pacte is (title block, sections and their
/// anchors, a paragraph's role, a column's kind, the signature page) and
/// names every part the same at every build.
@Suite struct DocumentModelTests {
    let reference: Document

    init() throws {
        reference = try DocumentBackendTests.document(ofExample: "lannevez.pacte")
    }

    @Test("the reference example has a title block with its facts")
    func titleBlock() throws {
        let title = try #require(reference.titleBlock)
        #expect(title.title == "Pacte de coopération pour les transitions de Lannévez-sur-Aber")
        #expect(title.anchor == "pacte" && title.id == BlockID("pacte"))
        #expect(title.subtitle == nil)
        #expect(title.facts.map(\.label) == ["Territoire", "Échelon", "Espace de coopération", "Base légale", "Période", "Adopté le"])
        #expect(title.facts.first == Fact("Territoire", "Commune de Lannévez-sur-Aber"))
        // An act's preamble: the law, the deliberation, the parties, then « Il est convenu ».
        let lines = reference.preamble.compactMap { if case .paragraph(let paragraph) = $0 { paragraph.runs.plainText } else { nil } }
        #expect(lines == [
            "Vu le code général des collectivités territoriales, notamment son article L2143-2\u{A0};",
            "Vu la délibération n°\u{A0}2026-011 du 26\u{A0}février\u{A0}2026 du conseil municipal de la Commune de Lannévez-sur-Aber autorisant la maire à signer le présent pacte\u{A0};",
            "Les signataires sont\u{A0}:",
            "Il est convenu ce qui suit\u{A0}:",
        ])
        guard case .list(let parties) = reference.preamble[3] else { Issue.record("the parties are a list"); return }
        #expect(parties.items.map(\.plainText) == [
            "la Commune de Lannévez-sur-Aber, représentée par sa maire, Gwenaëlle Le Roux\u{A0};",
            "l’Association Bocage Vivant, représentée par son président, Loïc Cadiou\u{A0};",
            "le Café associatif Ar Vro, représenté par son président, Yann Gourmelon.",
        ])
    }

    @Test("sections and subsections, with their levels and anchors")
    func sections() {
        #expect(reference.sections.map(\.heading.anchor) == ["objet", "vision", "charte", "plan", "espaces", "financement",
                                                             "duree", "modification", "retrait", "entree-en-vigueur"])
        #expect(reference.sections.allSatisfy { $0.heading.level == 2 && $0.role == .provision })
        // Numbered as the articles of an act, the closing clauses included.
        #expect(reference.sections.map(\.heading.text) == [
            "Article 1 – Objet", "Article 2 – Notre vision à l’horizon 2040", "Article 3 – Charte de coopération",
            "Article 4 – Plan d’actions", "Article 5 – L’espace de coopération", "Article 6 – Financement",
            "Article 7 – Durée", "Article 8 – Modification", "Article 9 – Retrait", "Article 10 – Entrée en vigueur",
        ])
        let subsections = reference.sections.map { $0.subsections.map(\.heading.anchor) }
        #expect(subsections == [[], ["priorites"], [], ["objectif-haies", "calendrier", "budget"], ["espace-commission"], [], [], [], [], []])
        #expect(reference.sections.flatMap(\.subsections).allSatisfy { $0.heading.level == 3 && $0.subsections.isEmpty })
        #expect(reference.sections[3].blocks.isEmpty, "the plan's content is in its subsections")
        #expect(reference.headings.map(\.anchor) == ["pacte", "objet", "vision", "priorites", "charte", "plan", "objectif-haies", "calendrier", "budget",
                                                     "espaces", "espace-commission", "financement", "duree", "modification",
                                                     "retrait", "entree-en-vigueur", "signatures"])
        #expect(reference.headings.map(\.level) == [1, 2, 2, 3, 2, 2, 3, 3, 3, 2, 3, 2, 2, 2, 2, 2, 2])
    }

    @Test("the action table has a money column, and totals")
    func actionTable() throws {
        let objective = try #require(reference.sections[3].subsections.first)
        let tables = objective.blocks.compactMap { if case .table(let table) = $0 { table } else { nil } }
        let table = try #require(tables.first)
        #expect(table.columns.map(\.heading) == ["Action", "Pilote", "Partenaires", "Budget", "Participation", "Calendrier"])
        #expect(table.columns.map(\.kind) == [.text, .text, .text, .money, .text, .text])
        #expect(table.kind(ofColumn: 3).isFigure && !table.kind(ofColumn: 0).isFigure)
        #expect(table.kind(ofColumn: 42) == .text, "a cell past the columns holds text")
        #expect(abs(table.columns.map(\.width).reduce(0, +) - 1) < 1e-9)
        #expect(table.rows.count == 1 && table.rows[0][3] == .text("24\u{A0}000\u{A0}€"))
        #expect(table.totals == [[.text("Total de l’objectif"), .text(""), .text(""), .text("24\u{A0}000\u{A0}€"), .text(""), .text("")]])
        #expect(table.id == BlockID("objectif-haies.tableau1"))
        let budget = try #require(reference.sections[3].subsections.first { $0.heading.anchor == "budget" })
        guard case .table(let totals) = budget.blocks.first else { Issue.record("no budget table"); return }
        #expect(totals.columns.map(\.kind) == [.text, .money])
    }

    @Test("paragraphs say their role")
    func roles() throws {
        let charter = reference.sections[2]
        guard case .paragraph(let intro) = charter.blocks.first, case .list(let commitments) = charter.blocks.last else {
            Issue.record("the charter is an intro and a list"); return
        }
        #expect(intro.role == .intro && intro.runs.plainText == "Les signataires s’engagent à\u{A0}:")
        #expect(commitments.kind == .bulleted && commitments.items.count == 2)
        let space = try #require(reference.sections[4].subsections.first)
        let paragraphs = space.blocks.compactMap { if case .paragraph(let paragraph) = $0 { paragraph } else { nil } }
        #expect(paragraphs.map(\.role) == [.body, .leadIn, .leadIn])
        // The law of the form, under its article, then the decision path.
        #expect(paragraphs[1].runs == [.strong("Cadre légal (art. L2143-2 du CGCT)")])
        #expect(paragraphs[2].runs == [.strong("Chemin de décision")])
        // The decision path: the lead-in, then its steps, numbered.
        let leadIn = try #require(space.blocks.firstIndex { $0.id == paragraphs[2].id })
        guard case .list(let steps) = space.blocks[leadIn + 1] else { Issue.record("no steps after the lead-in"); return }
        #expect(steps.kind == .numbered && steps.items.count == 5)
        #expect(Paragraph.Role.allCases.filter(\.keepsWithNext) == [.leadIn, .intro])
    }

    @Test("a space for young people and an objective without actions carry notes")
    func notes() throws {
        let source = try String(contentsOf: Golden.root.appendingPathComponent("Examples/lannevez.pacte"), encoding: .utf8)
            + "\nobjectif vide \"Un objectif sans action\" { indicateur: \"rien\" }\n"
        let document = DocumentBackendTests.document(of: source)
        let empty = try #require(document.sections[3].subsections.first { $0.heading.anchor == "objectif-vide" })
        guard case .paragraph(let note) = empty.blocks.last else { Issue.record("no note"); return }
        #expect(note.role == .note && note.id == BlockID("objectif-vide.p1"))
        let youth = try DocumentBackendTests.document(ofExample: "plouzevel-jeunesse.pacte")
        let notes = youth.allBlocks.compactMap { if case .paragraph(let paragraph) = $0, paragraph.role == .note { paragraph } else { nil } }
        #expect(notes.contains { $0.runs == [.emphasis("Espace dédié à la jeunesse du territoire.")] })
    }

    @Test("the waivers are an annex")
    func annex() throws {
        let source = try String(contentsOf: Golden.root.appendingPathComponent("Examples/lannevez.pacte"), encoding: .utf8)
            + "\ndérogation P0302 \"Le conseil des jeunes siège ailleurs\"\n"
        let document = DocumentBackendTests.document(of: source)
        let annex = try #require(document.sections.last)
        #expect(annex.role == .annex && annex.heading.anchor == "derogations")
        #expect(document.sections.dropLast().allSatisfy { $0.role == .provision })
        guard case .table(let table) = annex.blocks.last else { Issue.record("no table of waivers"); return }
        #expect(table.columns.map(\.kind) == [.text, .text])
        #expect(table.rows.count == 1)
    }

    @Test("the signature page is a node of its own, a box per signatory")
    func signaturePage() throws {
        let page = try #require(reference.signaturePage)
        #expect(page.heading == Heading(level: 2, "Signatures", anchor: "signatures"))
        #expect(page.signatures.map(\.signatory) == ["mairie", "bocage", "cafe"])
        #expect(page.signatures.map(\.id.rawValue) == ["signatures.signature1", "signatures.signature2", "signatures.signature3"])
        #expect(page.statement == "Fait à Lannévez-sur-Aber, le 14\u{A0}mars\u{A0}2026, en trois exemplaires originaux.")
        #expect(page.signatures.map(\.onBehalf) == ["Pour la Commune de Lannévez-sur-Aber,", "Pour l’Association Bocage Vivant,",
                                                    "Pour le Café associatif Ar Vro,"])
        #expect(page.signatures.map(\.capacity) == ["la Maire,", "le Président,", "le Président,"])
        #expect(page.signatures.map(\.representative) == ["Gwenaëlle Le Roux", "Loïc Cadiou", "Yann Gourmelon"])
        #expect(reference.initialsLabel == "Paraphes\u{A0}:")
        #expect(!reference.sections.contains { $0.heading.anchor == "signatures" }, "not a section among the others")
    }

    @Test("ids are stable, unique and made from places")
    func stableIDs() throws {
        let again = try DocumentBackendTests.document(ofExample: "lannevez.pacte")
        #expect(again == reference)
        #expect(again.allIDs == reference.allIDs)
        #expect(Set(reference.allIDs).count == reference.allIDs.count, "no two parts share an id")
        #expect(!reference.allIDs.contains(BlockID("")), "every block is placed")
        #expect(reference.allIDs.prefix(8).map(\.rawValue) == ["pacte", "preambule.p1", "preambule.p2", "preambule.p3", "preambule.liste1",
                                                              "preambule.p4", "objet", "objet.p1"])
        for name in Golden.examples() {
            let document = try DocumentBackendTests.document(ofExample: name)
            #expect(Set(document.allIDs).count == document.allIDs.count, "\(name): unique ids")
            #expect(document.allIDs == (try DocumentBackendTests.document(ofExample: name)).allIDs, "\(name): the same at each build")
        }
        // A block gained in a section renames only the blocks of its kind after it.
        let space = reference.sections[4].subsections[0]
        #expect(space.blocks.map(\.id.rawValue) == ["espace-commission.p1", "espace-commission.tableau1", "espace-commission.liste1",
                                                    "espace-commission.p2", "espace-commission.liste2",
                                                    "espace-commission.p3", "espace-commission.liste3", "espace-commission.liste4"])
    }

    @Test("anchors are made unique and usable, in reading order")
    func anchors() {
        let document = Document(
            language: .fr, metadata: .init(title: "t", subject: "s", keywords: [], date: nil),
            titleBlock: TitleBlock("Titre", anchor: "x"),
            preamble: [.paragraph(Paragraph([.text("a")])), .paragraph(Paragraph([.text("b")]))],
            sections: [Section(Heading(level: 2, "A", anchor: "x"), subsections: [Section(Heading(level: 3, "B", anchor: "deux mots"))]),
                       Section(Heading(level: 2, "C", anchor: "")), Section(Heading(level: 2, "D", anchor: "preambule"))],
            signaturePage: SignaturePage(Heading(level: 2, "S", anchor: "x"), statement: "", signatures: []))
        #expect(document.headings.map(\.anchor) == ["x", "x-2", "deux-mots", "section", "preambule-2", "x-3"])
        #expect(document.preamble.map(\.id.rawValue) == ["preambule.p1", "preambule.p2"])
        #expect(Set(document.allIDs).count == document.allIDs.count)
    }

    @Test("the writers set what the document says, not what its blocks look like")
    func writersFollowRoles() {
        let document = Document(
            language: .fr, metadata: .init(title: "t", subject: "s", keywords: [], date: nil),
            titleBlock: TitleBlock("Titre", anchor: "t"),
            sections: [Section(Heading(level: 2, "S", anchor: "s"), blocks: [
                .paragraph(Paragraph(.body, [.strong("Tout en gras, mais du texte")])),
                .paragraph(Paragraph(.intro, [.text("Une intro sans deux-points")])),
                .list(List(.bulleted, [[.text("a")]])),
                .table(Table(columns: [Table.Column("Montant", .money, width: 0.5), Table.Column("Code", width: 0.5)],
                             rows: [[.text("—"), .text("12")]])),
            ])])
        let html = HTMLBackend.render(document)
        #expect(html.contains("<p><strong>Tout en gras, mais du texte</strong></p>"))
        #expect(html.contains("<p class=\"intro\">Une intro sans deux-points</p>"))
        #expect(html.contains("<th scope=\"col\" class=\"num\">Montant</th>") && html.contains("<th scope=\"col\">Code</th>"))
        #expect(html.contains("<td class=\"num\" data-label=\"Montant\">—</td>") && html.contains("<td data-label=\"Code\">12</td>"),
                "alignment from the column, not the cell")
        #expect(MarkdownBackend.render(document).contains("| Montant | Code |\n| ---: | --- |"))
    }

    @Test("the avenant is an act: its number, « Vu le pacte », one article per amended article, the new signatories")
    func amendment() throws {
        let text = try String(contentsOf: Golden.root.appendingPathComponent("Examples/lannevez.pacte"), encoding: .utf8)
        let old = Compilation(source: SourceFile(path: "old.pacte", text: text))
        let new = Compilation(source: SourceFile(path: "new.pacte", text: text
            .replacingOccurrences(of: "signataire cafe \"Café associatif Ar Vro\" { collège: association; représentant: yann }\n", with: "")
            .replacingOccurrences(of: "personne yann \"Yann Gourmelon\" { genre: homme; rôle: acteur; structure: cafe }\n", with: "")
            .replacingOccurrences(of: "  partenaires: [mairie, cafe]", with: "  partenaires: [mairie]")
            .replacingOccurrences(of: "  budget: 24_000 €", with: "  budget: 30_000 €")
            .replacingOccurrences(of: "  délibération \"2026-011\" { date: 2026-02-26 }", with: "  délibération \"2026-011\" { date: 2026-02-26 }\n  délibération \"2027-003\" { date: 2027-01-21 }")
            .replacingOccurrences(of: "  date: 2026-03-14\n}", with: "  date: 2027-02-10\n}")))
        #expect(new.diagnostics.isEmpty)
        let document = AmendmentBuilder.build(PacteDiff(old: old, new: new), old: old.pacte, new: new.pacte, number: "1")
        let title = try #require(document.titleBlock)
        #expect(title.anchor == "avenant" && title.title == "Avenant n°\u{A0}1 au pacte de coopération pour les transitions de Lannévez-sur-Aber")
        #expect(title.facts.map(\.label) == ["Territoire", "Pacte signé le", "Période"])
        let lines = document.preamble.compactMap { if case .paragraph(let paragraph) = $0 { paragraph.runs.plainText } else { nil } }
        #expect(lines.contains("Vu le pacte de coopération pour les transitions de Lannévez-sur-Aber signé le 14\u{A0}mars\u{A0}2026\u{A0};"))
        #expect(lines.contains("Vu la lettre par laquelle le Café associatif Ar Vro a notifié son retrait du pacte\u{A0};"))
        // Only the deliberation the new version adds authorises the avenant.
        #expect(lines.contains { $0.hasPrefix("Vu la délibération n°\u{A0}2027-003 du 21\u{A0}janvier\u{A0}2027") && $0.contains("à signer le présent avenant") })
        #expect(!lines.contains { $0.contains("2026-011") })
        #expect(document.sections.map(\.heading.text) == ["Article 1 – Modification de l’article 4", "Article 2 – Signataires",
                                                          "Article 3 – Autres stipulations", "Article 4 – Entrée en vigueur"])
        guard case .paragraph(let intro) = document.sections[0].blocks[0], case .list(let changes) = document.sections[0].blocks[1] else {
            Issue.record("an intro, then the changes as a numbered list"); return
        }
        #expect(intro.runs.plainText == "L’article 4 du pacte, «\u{A0}Plan d’actions\u{A0}», est ainsi modifié\u{A0}:")
        #expect(changes.kind == .numbered)
        #expect(changes.items.map(\.plainText).contains("Le budget de l’action «\u{A0}Chantiers participatifs de plantation\u{A0}» est porté de 24\u{A0}000\u{A0}€ à 30\u{A0}000\u{A0}€ (+6\u{A0}000\u{A0}€)."))
        #expect(document.sections[0].blocks.contains { if case .table(let table) = $0 { table.columns.map(\.kind) == [.text, .money, .money, .money] } else { false } })
        guard case .list(let leaving) = document.sections[1].blocks.last else { Issue.record("the departure is an article"); return }
        #expect(leaving.items.map(\.plainText) == ["Le Café associatif Ar Vro se retire du pacte et n’en est plus signataire.",
                                                   "Le pacte ne nomme plus Yann Gourmelon."])
        #expect(document.signaturePage?.signatures.map(\.signatory) == ["mairie", "bocage"], "only the new version's signatories sign")
        let unchanged = AmendmentBuilder.build(PacteDiff(old: old, new: old), old: old.pacte, new: old.pacte)
        #expect(unchanged.sections.map(\.heading.text) == ["Article 1 – Objet", "Article 2 – Autres stipulations", "Article 3 – Entrée en vigueur"])
    }
}
