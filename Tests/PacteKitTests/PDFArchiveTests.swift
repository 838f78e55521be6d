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


/// The PDF as an archive and a document to sign, checked by the tools a
/// registry or a signatory would use: `pdfinfo` (tagged, 1.7, a form),
/// `pdffonts` (every font an embedded subset with a Unicode map), `qpdf`,
/// `pdftotext` (the whole text reads back), pikepdf (PDF/A-2u and tagging
/// rules, `Support/check-archive.py`) and pyHanko (each signature field
/// signed in turn and every signature still valid, `Support/sign-every-field.py`).
/// The tools come from `.ci/run`; without them these tests fail, they never skip.
@Suite struct PDFArchiveTests {
    static let support = Golden.root.appendingPathComponent("Tests/PacteKitTests/Support")

    /// A pacte in the languages of France's regions and neighbours, with the typography that must survive.
    static let multilingual = """
    pacte "Pacte de Plouñevez-Ŵyn : l’œuvre commune" {
      territoire: "Commune de Plouñevez-Ŵyn"
      échelon: commune
      forme: commission-extra-municipale
      période: 2026..2031
      adoption: 2026-03-14
    }
    vision {
      horizon: 2040
      texte: \"\"\"
        Ober war-dro ar c’hoad hag an dour : c’hwec’h kumun a labour asambles.
        Mae’r gymuned yn tyfu — Ŵyn, ŷd, ẁ ẃ ẅ ỳ ; l’aiga de la Garona es nòstra.
        Współpraca gmin: źródło, łąka, żółw. Ελληνικά: συνεργασία και διαφάνεια.
        Œuvrer ensemble, « pas à pas », cœur et sœur, 1 250 € pour l’été.
        \"\"\"
      priorité eau "L’eau, bien commun de Plouñevez-Ŵyn"
    }
    charte { engagement "Écouter chaque voix, en breton comme en français" }
    signataire mairie "Commune de Plouñevez-Ŵyn" { collège: collectivité; représentant: gwen }
    signataire kevredigezh "Kevredigezh Dour ha Douar" { collège: association; représentant: erwan }
    personne gwen "Gwenaëlle Ŵynne" { genre: femme; rôle: élu; structure: mairie }
    personne erwan "Erwan Łukasiewicz" { genre: homme; rôle: acteur; structure: kevredigezh }
    personne nolwenn "Nolwenn Θεοδώρου" { genre: femme; rôle: habitant; jeune: oui }
    personne herve "Hervé Kervella" { genre: homme; rôle: agent; structure: mairie }
    objectif dour "Adkavout an dour sklaer" { priorité: eau; indicateur: "nitrates" }
    action chantier "Chantiers d’été : réparer les talus" {
      objectif: dour
      description: "Des chantiers ouverts à tous, encadrés par la Kevredigezh."
      pilote: kevredigezh
      partenaires: [mairie]
      budget: 12_500 €
      participation: co-construction
      calendrier: 2026-06..2028-09
    }
    espace commission "Commission des transitions" {
      type: transitions
      missions: "Suivre le pacte et en rendre compte."
      membres: [gwen, erwan, nolwenn, herve]
      siège-jeunesse: nolwenn
      gouvernance {
        ordre-du-jour: [mairie, kevredigezh]
        participants: membres
        décision: consensus
        retour: systématique
        pilotes: [gwen, erwan]
      }
    }
    """

    /// Every example and the multilingual pacte, by name and source.
    static func pactes() throws -> [(name: String, source: SourceFile)] {
        try Golden.examples().map { ($0, try Golden.source("Examples/\($0)")) }
            + [("multilingual", SourceFile(path: "multilingual.pacte", bytes: Array(multilingual.utf8)))]
    }

    @Test("every pacte gives a tagged PDF/A-2u file with embedded fonts, its whole text and a field per signatory")
    func archive() throws {
        for (name, source) in try Self.pactes() {
            let compilation = Compilation(source: source)
            let document = DocumentBuilder.build(compilation.pacte)
            let output = PDFBackend.render(document, options: .init(creationDate: compilation.pacte.adoption.value))
            #expect(output.substitutedCharacters.isEmpty, "\(name): \(output.substitutedCharacters)")
            let signatories = document.signaturePage?.signatures.map(\.signatory) ?? []
            try PDFFile.withTemporary(output.bytes) { file in
                try file.check()
                let info = try file.info()
                #expect(info["Tagged"] == "yes", "\(name): pdfinfo says tagged")
                #expect(info["PDF version"] == "1.7", "\(name): PDF 1.7")
                #expect(info["Form"] == (signatories.isEmpty ? "none" : "AcroForm"), "\(name): the signature fields make a form")

                let fonts = try Tool.run("pdffonts", [file.path])
                #expect(fonts.status == 0)
                let rows = fonts.output.split(separator: "\n").dropFirst(2)
                #expect(!rows.isEmpty)
                for row in rows {
                    let columns = row.split(separator: " ")
                    // name, type words, encoding, emb, sub, uni, object, generation
                    #expect(columns.count >= 7 && Array(columns.suffix(5).prefix(3)) == ["yes", "yes", "yes"],
                            "\(name): embedded subset with a Unicode map: \(row)")
                }

                let archive = try Tool.run("python3", [Self.support.appendingPathComponent("check-archive.py").path, file.path,
                                                       signatories.joined(separator: ",")])
                #expect(archive.status == 0, "\(name): \(archive.output)\(archive.error)")

                let missing = try Self.missingText(document, in: file)
                #expect(missing.isEmpty, "\(name): not read back: \(missing.prefix(5))")
            }
        }
    }

    @Test("each signature field is signed in turn by pyHanko and every signature stays valid")
    func signatures() throws {
        for name in ["lannevez.pacte", "penn-ar-ster.pacte"] {
            let compilation = Compilation(source: try Golden.source("Examples/\(name)"))
            let output = PDFBackend.render(DocumentBuilder.build(compilation.pacte))
            try PDFFile.withTemporary(output.bytes) { file in
                let signed = file.path + ".signed.pdf"
                defer { try? FileManager.default.removeItem(atPath: signed) }
                let result = try Tool.run("python3", [Self.support.appendingPathComponent("sign-every-field.py").path, file.path, signed])
                #expect(result.status == 0, "\(name): \(result.output)\(result.error)")
                let lines = result.output.split(separator: "\n")
                #expect(lines.count == compilation.pacte.signatories.count, "\(name): one signature per signatory")
                #expect(lines.allSatisfy { $0.contains("intact=True valid=True trusted=True") })
                #expect(try Tool.run("qpdf", ["--check", signed]).status == 0, "\(name): the signed file is sound")
            }
        }
    }

    @Test func theSameDocumentGivesTheSameBytes() throws {
        let source = SourceFile(path: "m.pacte", bytes: Array(Self.multilingual.utf8))
        let document = DocumentBuilder.build(Compilation(source: source).pacte)
        #expect(PDFBackend.render(document).bytes == PDFBackend.render(document).bytes)
    }

    @Test func theTextCheckSeesWhatIsMissing() throws {
        let source = SourceFile(path: "m.pacte", bytes: Array(Self.multilingual.utf8))
        let document = DocumentBuilder.build(Compilation(source: source).pacte)
        let printed = Document(language: .fr, metadata: document.metadata, sections: [Section(Heading(level: 2, "Seul titre", anchor: "s"))])
        try PDFFile.withTemporary(PDFBackend.render(printed).bytes) { file in
            let missing = try Self.missingText(document, in: file)
            #expect(missing.count > 10)
        }
    }

    // MARK: - Typesetting

    @Test("no page ends with a heading, no total starts one, a continued table says « (suite) »")
    func keepingRules() throws {
        for actions in [7, 23, 61] {
            let source = SourceFile(path: "long.pacte", bytes: Array(Self.longSource(actions: actions).utf8))
            let document = DocumentBuilder.build(Compilation(source: source).pacte)
            let (paginator, _) = Paginator.run(document)
            for (page, roles) in paginator.roles.enumerated() {
                #expect(roles.last != .heading, "\(actions) actions: page \(page + 1) ends with a heading")
                #expect(roles.first != .total, "\(actions) actions: page \(page + 1) starts with a total")
            }
            let output = PDFBackend.render(document)
            try PDFFile.withTemporary(output.bytes) { file in
                let pages = try file.pageCount()
                var continued = 0
                for page in 2...max(pages, 2) where page <= pages {
                    let text = try Tool.run("pdftotext", ["-f", "\(page)", "-l", "\(page)", "-raw", "-enc", "UTF-8", file.path, "-"]).output
                    if text.contains("(suite)") { continued += 1 }
                }
                if actions == 61 { #expect(continued > 0, "a table runs over a page and says so") }
                let missing = try Self.missingText(document, in: file)
                #expect(missing.isEmpty, "\(actions) actions: not read back: \(missing.prefix(5))")
            }
        }
    }

    @Test("the boxes stay on one page, with text before them, each with a field of 45 × 30 mm at least",
          arguments: ["lannevez.pacte", "penn-ar-ster.pacte", "plouzevel-jeunesse.pacte"])
    func signaturePage(_ name: String) throws {
        let compilation = Compilation(source: try Golden.source("Examples/\(name)"))
        let document = DocumentBuilder.build(compilation.pacte)
        let (paginator, composition) = Paginator.run(document)
        let pages = paginator.pages.indices.filter { !paginator.pages[$0].fields.isEmpty }
        #expect(pages.count == 1, "\(name): the boxes are on \(pages.count) pages")
        #expect(composition.fields == document.signaturePage?.signatures.map(\.signatory), "one field per signatory, named after it")
        if let page = pages.first {
            let roles = paginator.roles[page]
            let firstBox = roles.firstIndex(of: .signatures) ?? 0
            #expect(roles[..<firstBox].contains(.text), "\(name): the text before the boxes is on their page")
            for field in paginator.pages[page].fields {
                #expect(field.rect[2] - field.rect[0] >= 45 / 25.4 * 72 && field.rect[3] - field.rect[1] >= 30 / 25.4 * 72)
            }
        }
    }

    @Test func shortWordsAreNeverBrokenInTables() throws {
        let source = SourceFile(path: "long.pacte", bytes: Array(Self.longSource(actions: 23).utf8))
        let document = DocumentBuilder.build(Compilation(source: source).pacte)
        try PDFFile.withTemporary(PDFBackend.render(document).bytes) { file in
            let text = try file.text(layout: false)
            for level in ["Co-construction", "Concertation", "Consultation", "Information", "Coopération", "Négociation"] {
                #expect(text.contains(level), "« \(level) » is whole")
            }
            #expect(!text.contains("Co- construction") && !text.contains("Co-\nconstruction"))
        }
    }

    // MARK: - Helpers

    /// The document's texts that `pdftotext` does not give back, footers left out, white space normalised.
    static func missingText(_ document: Document, in file: PDFFile) throws -> [String] {
        let result = try Tool.run("pdftotext", ["-raw", "-enc", "UTF-8", file.path, "-"])
        // The footers interrupt a text that runs over two pages: take them out.
        let footer = PDFTests.normalised(document.metadata.title)
        let lines = result.output.split(separator: "\n", omittingEmptySubsequences: false).filter { line in
            let normal = PDFTests.normalised(String(line))
            return !(normal.contains("Paraphes") || normal.contains("Initials")) || !normal.hasPrefix(String(footer.prefix(10)))
        }
        let extracted = PDFTests.normalised(lines.joined(separator: "\n"))
        var texts = document.headings.map(\.text)
        if let titleBlock = document.titleBlock {
            texts += titleBlock.facts.map(\.value) + titleBlock.facts.map { $0.label.uppercased() }
            if let subtitle = titleBlock.subtitle { texts.append(subtitle) }
        }
        for block in document.allBlocks {
            switch block {
            case let .paragraph(paragraph): texts.append(paragraph.runs.plainText)
            case let .list(list): texts += list.items.map(\.plainText)
            case let .facts(facts): texts += facts.items.map(\.value) + facts.items.map { $0.label.uppercased() }
            case let .table(table):
                texts += table.columns.map(\.heading) + [table.caption].compactMap { $0 }
                texts += (table.rows + table.totals).flatMap { $0.flatMap { $0.paragraphs.map(\.plainText) } }
            case let .figure(figure):
                // Its labels are wrapped and placed on a drawing: FigureTests reads them back.
                texts.append(figure.title)
            }
        }
        if let page = document.signaturePage { texts.append(page.statement) }
        for signature in document.signaturePage?.signatures ?? [] {
            texts += [signature.onBehalf, signature.capacity ?? "", signature.representative ?? "", signature.signatureLabel]
            if signature.representative == nil { texts.append(signature.nameLine) }
        }
        return texts.map(PDFTests.normalised).filter { !$0.isEmpty && !extracted.contains($0) }
    }

    /// A pacte of `actions` actions over a few objectives, with the long
    /// descriptions, names and participation levels of a real one.
    static func longSource(actions: Int) -> String {
        let levels = ["information", "consultation", "concertation", "co-construction", "coopération", "négociation"]
        let objectives = max(1, actions / 6)
        var source = """
        pacte "Pacte de coopération pour les transitions de Kerlouan-Vihan" {
          territoire: "Communauté de communes de Kerlouan-Vihan"
          échelon: intercommunalité
          forme: commission-extra-intercommunale
          période: 2026..2032
          adoption: 2026-06-20
        }
        signataire cc "Communauté de communes de Kerlouan-Vihan" { collège: collectivité; représentant: anna }
        signataire asso "Association Avel ha Dour pour la coopération intercommunale" { collège: association; représentant: yann }
        signataire cafe "Café associatif Ty Kêr" { collège: association }
        personne anna "Anna Le Gall" { genre: femme; rôle: élu; structure: cc }
        personne yann "Yann Morvan" { genre: homme; rôle: acteur; structure: asso }

        """
        for objective in 1...objectives {
            source += "objectif o\(objective) \"Objectif \(objective) : réduire la consommation d’énergie des bâtiments intercommunaux\" { indicateur: \"kilowattheures économisés\" }\n"
        }
        for index in 1...actions {
            let words = String(repeating: "Les habitants, les associations et les agents construisent ensemble une démarche exigeante. ", count: 1 + index % 4)
            source += """
            action a\(index) "Action \(index) : accompagnement des projets citoyens" {
              objectif: o\((index - 1) % objectives + 1)
              description: "\(words)"
              pilote: \(index % 2 == 0 ? "cc" : "asso")
              partenaires: [\(index % 2 == 0 ? "asso, cafe" : "cc")]
              budget: \(index * 1_250) €
              participation: \(levels[index % levels.count])
              calendrier: 2026-09..2031-06
            }

            """
        }
        return source
    }
}
