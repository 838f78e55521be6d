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

/// The HTML and Markdown backends: golden files for the examples, and the
/// promises a printed pacte must keep whatever its text — user text never
/// becomes markup, every character survives, big pactes render, the output
/// is the same bytes each time.
@Suite struct DocumentBackendTests {
    // MARK: - Golden files

    @Test("HTML of the examples", arguments: Golden.examples())
    func exampleHTML(_ name: String) throws {
        let document = try Self.document(ofExample: name)
        let html = HTMLBackend.render(document)
        try Golden.check(Self.factoringOutStylesheet(html),
                         against: "Tests/PacteKitTests/Fixtures/examples/" + name.replacingOccurrences(of: ".pacte", with: ".html"))
        Self.expectSoundHTML(html)
        #expect(html.contains("<html lang=\"\(document.language == .fr ? "fr" : "en")\">"))
        #expect(HTMLBackend.render(document) == html, "the same document gives the same bytes")
    }

    @Test("Markdown of the examples", arguments: Golden.examples())
    func exampleMarkdown(_ name: String) throws {
        let document = try Self.document(ofExample: name)
        let markdown = MarkdownBackend.render(document)
        try Golden.check(markdown, against: "Tests/PacteKitTests/Fixtures/examples/" + name.replacingOccurrences(of: ".pacte", with: ".md"))
        Self.expectSoundMarkdown(markdown)
        #expect(MarkdownBackend.render(document) == markdown, "the same document gives the same bytes")
    }

    @Test("the stylesheet every page holds")
    func stylesheet() throws {
        try Golden.check(HTMLStylesheet.css(pageNumbers: true, initials: "Paraphes\u{00A0}:") + "\n", against: Self.stylesheetGolden)
        let html = HTMLBackend.render(try Self.document(ofExample: "lannevez.pacte"))
        #expect(Self.factoringOutStylesheet(html) != html, "the page holds the stylesheet, whole")
        #expect(!HTMLStylesheet.withoutPageNumbers.contains("counter(pages)"))
    }

    @Test("every heading of an example is an anchor, every table a table")
    func examplesKeepTheirStructure() throws {
        for name in Golden.examples() {
            let document = try Self.document(ofExample: name)
            let html = HTMLBackend.render(document)
            let markdown = MarkdownBackend.render(document)
            for heading in document.headings {
                #expect(html.contains("<h\(heading.level) id=\"\(heading.anchor)\">\(HTMLBackend.escape(heading.text))</h\(heading.level)>"),
                        "\(name): \(heading.anchor)")
                #expect(markdown.contains(String(repeating: "#", count: heading.level) + " "), "\(name): \(heading.anchor)")
            }
            let tables = document.allBlocks.filter { if case .table = $0 { true } else { false } }.count
            #expect(Self.count("<table>", in: html) + Self.count("<table class=\"short\">", in: html) == tables)
            #expect(Self.count("<thead>", in: html) == tables)
            let signatures = document.signaturePage?.signatures.count ?? 0
            #expect(Self.count("<div class=\"signature-box\"></div>", in: html) == signatures)
            #expect(Self.count("> &nbsp;", in: markdown) == signatures * MarkdownBackend.Options().signatureLines)
        }
    }

    // MARK: - Hostile text

    /// A pacte whose every text tries to become markup.
    static let hostileSource = #"""
        pacte "<script>alert(1)</script> & \"guillemets\" l'apostrophe | _x_ [lien](x) <b>gras</b>" {
          territoire: "Commune de <b>Test</b> & `Cie` | ~barré~ $x$"
          échelon: commune
          forme: commission-extra-municipale
          période: 2026..2031
          langue: fr
          adoption: 2026-06-13
        }

        vision {
          horizon: 2040
          texte: """
            # pas un titre
            ## toujours pas
            > pas une citation
            1. pas une liste
            + pas une puce
            | a | b |
            |---|---|
            Un [lien](javascript:alert(1)) et une ![image](http://exemple.invalid/x.png), <b>gras</b>, _souligné_, `code`, &amp;x \ fin.

            Ici *une emphase voulue* et **un gras voulu**, puis <script>alert(2)</script>.
            """
          priorité carbone "<i>Sobre</i> | carbone"
        }

        charte {
          engagement "Écouter <em>vraiment</em> & répondre"
        }

        signataire mairie "Mairie <script>alert(3)</script>" { collège: collectivité; représentant: gwen }
        signataire bocage "Association [Bocage](x) | Vivant" { collège: association; représentant: loic }

        personne gwen "Gwen <b>Le Roux</b>" { genre: femme; rôle: élu; structure: mairie }
        personne herve "Hervé | Tanguy" { genre: homme; rôle: agent; structure: mairie }
        personne loic "Loïc _Cadiou_" { genre: homme; rôle: acteur; structure: bocage }
        personne nolwenn "Nolwenn # Bihan" { genre: femme; rôle: habitant; jeune: oui }

        objectif haies "Replanter | des haies <br> # ici" {
          priorité: carbone
          indicateur: "km | plantés"
        }

        action chantiers "Chantiers | participatifs <td>" {
          objectif: haies
          description: """
            Première | ligne avec <script>alert(4)</script>.

            Deuxième paragraphe : [x](y) et _z_.
            """
          pilote: bocage
          partenaires: [mairie]
          budget: 24_000 €
          participation: co-construction
          calendrier: 2026-11..2030-03
        }

        espace commission "Commission <u>des transitions</u>" {
          type: transitions
          missions: "Décider | ensemble"
          membres: [gwen, herve, loic, nolwenn]
          siège-jeunesse: nolwenn
          parité: 1
          gouvernance {
            ordre-du-jour: [mairie, bocage]
            participants: membres
            décision: vote
            votants: membres
            majorité: 2/3
            retour: systématique
            pilotes: [gwen, loic]
            fréquence: trimestrielle
          }
        }
        """#

    @Test("hostile text is printed as text in HTML")
    func hostileHTML() {
        let document = Self.document(of: Self.hostileSource)
        let html = HTMLBackend.render(document)
        Self.expectSoundHTML(html)
        #expect(!html.contains("<script"))
        #expect(!html.lowercased().contains("<b>") && !html.contains("<i>") && !html.contains("<u>") && !html.contains("<br"))
        #expect(html.contains("participatifs &lt;td&gt;"))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; «\u{A0}guillemets\u{A0}» l’apostrophe | _x_ [lien](x) &lt;b&gt;gras&lt;/b&gt;"))
        #expect(html.contains("<title>&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(html.contains("Mairie &lt;script&gt;alert(3)&lt;/script&gt;"))
        #expect(html.contains("&amp;amp;x"), "an entity written in the pacte stays as written")
        #expect(html.contains("<em>une emphase voulue</em>") && html.contains("<strong>un gras voulu</strong>"),
                "the pacte's own emphasis is markup by design")
    }

    @Test("hostile text is printed as text in Markdown")
    func hostileMarkdown() {
        let document = Self.document(of: Self.hostileSource)
        let markdown = MarkdownBackend.render(document)
        Self.expectSoundMarkdown(markdown)
        // No raw HTML from the pacte: every `<` of user text is escaped.
        #expect(Self.unescaped("<", in: markdown).allSatisfy { tag in
            ["<br>", "<em>", "</em>", "<strong>", "</strong>"].contains { markdown[tag...].hasPrefix($0) }
        })
        #expect(markdown.contains("\\<script>alert(1)\\</script>"))
        #expect(markdown.contains("\\[lien\\](x)") && markdown.contains("!\\[image\\]"))
        #expect(markdown.contains("\\_x\\_") && markdown.contains("\\`code\\`") && markdown.contains("\\~barré\\~") && markdown.contains("\\$x\\$"))
        #expect(markdown.contains("\\&amp;x"), "an entity written in the pacte stays as written")
        #expect(markdown.contains("*une emphase voulue*") && markdown.contains("**un gras voulu**"))
        // Only the document's headings start with `#`: the pacte's `# pas un titre` does not.
        let headingLines = markdown.split(separator: "\n").filter { $0.hasPrefix("#") }
        let headings = document.headings.count
        let signatories = document.signaturePage?.signatures.count ?? 0
        #expect(headingLines.count == headings + signatories)
        #expect(markdown.contains("\\# pas un titre"))
        // Nothing but the backend's own lists and quotes starts a line as a list or a quote.
        for line in markdown.split(separator: "\n") {
            #expect(!line.hasPrefix("+ ") && !line.hasPrefix("1. pas"), "\(line)")
            if line.hasPrefix(">") { #expect(line == ">" || line.hasPrefix("> Signature") || line == "> &nbsp;", "\(line)") }
        }
        #expect(markdown.contains("Replanter \\| des haies \\<br> \\# ici"))
    }

    @Test("quotes and apostrophes that typography left alone are escaped")
    func rawQuotes() {
        let text = "a \"b\" 'c' & <d> | *e* _f_"
        let document = Document(
            language: .en,
            metadata: .init(title: text, subject: text, keywords: [text, "x"], date: nil),
            titleBlock: TitleBlock(text, subtitle: text, facts: [Fact(text, text)], anchor: "a\"b"),
            preamble: [
                .paragraph(Paragraph(.body, [.text(text), .emphasis(text), .strong(text)])),
                .facts(Facts([Fact(text, text)])),
                .table(Table(caption: text, columns: [Table.Column(text, .number, width: 1)], rows: [[.text(text)]], totals: [[.text(text)]])),
            ],
            signaturePage: SignaturePage(Heading(level: 2, text, anchor: text), statement: text,
                                         signatures: [SignatureBlock(signatory: text, organisation: text, onBehalf: text, capacity: text,
                                                                     representative: nil, nameLine: text, signatureLabel: text)]),
            initialsLabel: text)
        let html = HTMLBackend.render(document)
        Self.expectSoundHTML(html)
        #expect(html.contains("<html lang=\"en\">"))
        #expect(!html.contains(text))
        #expect(html.contains("a &quot;b&quot; &#39;c&#39; &amp; &lt;d&gt; | *e* _f_"))
        #expect(html.contains("<meta name=\"description\" content=\"a &quot;b&quot;"))
        #expect(html.contains("id=\"a&quot;b\""))
        #expect(html.contains("<p class=\"representative blank\"></p>"))
        let markdown = MarkdownBackend.render(document)
        Self.expectSoundMarkdown(markdown)
        #expect(markdown.contains("a \"b\" 'c' & \\<d> \\| \\*e\\* \\_f\\_"))
    }

    @Test func htmlEscape() {
        #expect(HTMLBackend.escape("<a href='x'>\"&\"</a>") == "&lt;a href=&#39;x&#39;&gt;&quot;&amp;&quot;&lt;/a&gt;")
        #expect(HTMLBackend.escape("a\u{0}b\u{1B}c\u{7F}d\ne\tf") == "abcd e f", "controls HTML forbids are dropped")
        #expect(HTMLBackend.escape("ŵ 漢 🌳 e\u{301}") == "ŵ 漢 🌳 e\u{301}")
        #expect(HTMLBackend.percent(0.36) == "36%" && HTMLBackend.percent(0.125) == "12.5%" && HTMLBackend.percent(.nan) == "auto")
    }

    @Test func markdownEscape() {
        #expect(MarkdownBackend.escape("*a* _b_ `c` [d](e) <f> | ~g~ $h$ \\") == "\\*a\\* \\_b\\_ \\`c\\` \\[d\\](e) \\<f> \\| \\~g\\~ \\$h\\$ \\\\")
        #expect(MarkdownBackend.escape("R & D, &amp; &#38;") == "R & D, \\&amp; \\&#38;")
        #expect(MarkdownBackend.escape("https://exemple.bzh et WWW.exemple.bzh, 10:30") == "https\\://exemple.bzh et WWW\\.exemple.bzh, 10:30",
                 "a bare address stays text on a forge")
        #expect(MarkdownBackend.blockStart("# titre") == "\\# titre")
        #expect(MarkdownBackend.blockStart("- puce") == "\\- puce")
        #expect(MarkdownBackend.blockStart("2026. Une année") == "2026\\. Une année")
        #expect(MarkdownBackend.blockStart("3) trois") == "3\\) trois")
        #expect(MarkdownBackend.blockStart("    code") == "code")
        #expect(MarkdownBackend.blockStart("2026 – 2031") == "2026 – 2031")
    }

    @Test("emphasis uses * where CommonMark reads it, tags elsewhere")
    func markdownEmphasis() {
        #expect(MarkdownBackend.inlines([.text("Un "), .emphasis("petit"), .text(" pas")]) == "Un *petit* pas")
        #expect(MarkdownBackend.inlines([.strong("Titre"), .text(" — texte")]) == "**Titre** — texte")
        // `«` is punctuation: `**` between a letter and `«` would not open.
        #expect(MarkdownBackend.inlines([.text("le"), .strong("«\u{A0}mot\u{A0}»"), .text("x")]) == "le<strong>«\u{A0}mot\u{A0}»</strong>x")
        // Two emphases in a row would fuse into `***`.
        #expect(MarkdownBackend.inlines([.emphasis("a"), .strong("b")]) == "*a*<strong>b</strong>")
        #expect(MarkdownBackend.inlines([.strong("Titre ")]) == "<strong>Titre </strong>")
        #expect(MarkdownBackend.inlines([.strong("*")]) == "**\\***")
        #expect(MarkdownBackend.inlines([.text(""), .emphasis("")]) == "")
    }

    @Test("lists in a row keep apart, empty blocks leave no blank run")
    func markdownBlocks() {
        let document = Document(
            language: .fr,
            metadata: .init(title: "T", subject: "S", keywords: [], date: nil),
            preamble: [
                .list(List(.bulleted, [[.text("a")]])),
                .list(List(.bulleted, [[.text("b")]])),
                .facts(Facts([Fact("c", "d")])),
                .list(List(.numbered, [[.text("e")]])),
                .list(List(.numbered, [[.text("f")]])),
                .list(List(.bulleted, [])),
                .paragraph(Paragraph([])),
                .list(List(.bulleted, [[.text("g")]])),
            ])
        #expect(MarkdownBackend.render(document) == "- a\n\n* b\n\n- **c**\u{A0}: d\n\n1. e\n\n1) f\n\n- g\n")
        let split = Document(language: .fr, metadata: document.metadata, preamble: [
            .list(List(.bulleted, [[.text("a")]])), .paragraph(Paragraph([])), .list(List(.bulleted, [[.text("b")]])),
        ])
        #expect(MarkdownBackend.render(split) == "- a\n\n* b\n")
    }

    @Test("the page is made for A4 paper")
    func printRules() throws {
        let html = HTMLBackend.render(try Self.document(ofExample: "penn-ar-ster.pacte"))
        for rule in ["size: A4;", "counter(page)", "break-after: avoid;", "tr, li, dt, dd, .signature", "display: table-header-group;",
                     "font-variant-numeric: tabular-nums", "@media print"] {
            #expect(html.contains(rule), "\(rule)")
        }
        // Totals are not repeated on each page as a `tfoot` would be.
        #expect(html.contains("tfoot {\n        display: table-row-group;"))
        #expect(html.contains("<section>\n        <h2 id=\"vision\">"))
        #expect(html.contains("<header class=\"title-block\">\n        <h1 id=\"pacte\">"))
        #expect(html.contains("<p class=\"lead-in\"><strong>Chemin de décision</strong></p>\n        <ol>"))
        #expect(html.contains("<td class=\"num\" data-label=\"Budget\">902\u{A0}800\u{A0}€</td>"))
    }

    // MARK: - Size and characters

    @Test("very long words and characters outside Latin-1 survive verbatim")
    func longWordsAndUnicode() throws {
        let word = String(repeating: "anticonstitutionnellement", count: 40)
        let unicode = "Ŵrecsam 漢字 🌳🚲 ǅ e\u{301} עברית"
        let source = Self.hostileSource
            .replacingOccurrences(of: "Chantiers | participatifs <td>", with: word + " " + unicode)
            .replacingOccurrences(of: "Commune de <b>Test</b> & `Cie` | ~barré~ $x$", with: unicode)
            .replacingOccurrences(of: "Mairie <script>alert(3)</script>", with: unicode + " " + word)
        let document = Self.document(of: source)
        let html = HTMLBackend.render(document)
        let markdown = MarkdownBackend.render(document)
        Self.expectSoundHTML(html)
        Self.expectSoundMarkdown(markdown)
        for output in [html, markdown] {
            #expect(output.contains(word))
            #expect(output.contains(unicode))
            #expect(output.contains("🌳🚲"))
        }
        #expect(html.contains("<span class=\"long\">\(word)</span>"), "a long word in a cell wraps instead of widening the table")
        #expect(!html.contains("<span class=\"long\">anticonstitutionnellement</span>"))
    }

    @Test("a pacte of 300 actions renders every row")
    func threeHundredActions() throws {
        var source = try String(contentsOf: Golden.root.appendingPathComponent("Examples/lannevez.pacte"), encoding: .utf8)
        for index in 1...300 {
            source += """

                action a\(index) "Action numéro \(index) | ligne" {
                  objectif: haies
                  description: "Description de l'action \(index) avec *emphase*."
                  pilote: bocage
                  partenaires: [mairie, cafe]
                  budget: \(index * 100) €
                  participation: concertation
                  calendrier: 2027-01..2028-12
                }

                """
        }
        let compilation = Compilation(source: SourceFile(path: "big.pacte", bytes: Array(source.utf8)))
        #expect(!compilation.hasErrors)
        let document = DocumentBuilder.build(compilation.pacte)
        let html = HTMLBackend.render(document)
        let markdown = MarkdownBackend.render(document)
        Self.expectSoundHTML(html)
        Self.expectSoundMarkdown(markdown)
        #expect(html.contains("Action numéro 300 | ligne"))
        #expect(markdown.contains("Action numéro 300 \\| ligne"))
        // Each action in its table row and in the timeline; the HTML has the timeline twice, for the page and for a phone.
        #expect(Self.count("Action numéro ", in: html) == 900)
        #expect(Self.count("Action numéro ", in: markdown) == 600)
        // 24 000 € + 100 × (1 + … + 300) = 24 000 + 4 515 000.
        #expect(html.contains("4\u{A0}539\u{A0}000\u{A0}€"))
        #expect(markdown.contains("**4\u{A0}539\u{A0}000\u{A0}€**"))
    }

    @Test("options")
    func options() throws {
        let document = try Self.document(ofExample: "lannevez.pacte")
        let bare = HTMLBackend.render(document, options: .init(includeStyle: false))
        Self.expectSoundHTML(bare)
        #expect(!bare.contains("<style>"))
        let unnumbered = HTMLBackend.render(document, options: .init(pageNumbers: false))
        #expect(unnumbered.contains("@page") && !unnumbered.contains("counter(pages)"))
        let table = MarkdownBackend.render(document, options: .init(facts: .table, signatureLines: 4))
        Self.expectSoundMarkdown(table)
        #expect(table.contains("| **Territoire** | Commune de Lannévez-sur-Aber |"))
        #expect(Self.count("> &nbsp;", in: table) == 4 * 3)
    }

    @Test("an empty pacte still gives a whole page")
    func emptyPacte() {
        let document = Self.document(of: "")
        let html = HTMLBackend.render(document)
        Self.expectSoundHTML(html)
        let markdown = MarkdownBackend.render(document)
        #expect(markdown.hasPrefix("# ") && markdown.hasSuffix("\n"))
    }

    // MARK: - Helpers

    static let stylesheetGolden = "Tests/PacteKitTests/Fixtures/examples/stylesheet.css"

    /// `html` with the stylesheet, as the page holds it (indented inside
    /// its `style` element), replaced by a line naming its golden file:
    /// the pages' goldens show their markup, `stylesheet.css` their look.
    static func factoringOutStylesheet(_ html: String) -> String {
        let indent = "      "
        // The page's stylesheet, with the initials' caption in its language.
        for css in [HTMLStylesheet.css(pageNumbers: true, initials: "Paraphes\u{00A0}:"), HTMLStylesheet.css(pageNumbers: true, initials: "Initials:"),
                    HTMLStylesheet.withPageNumbers] {
            let inline = css.split(separator: "\n", omittingEmptySubsequences: false).map { indent + $0 + "\n" }.joined()
            if html.contains("<style>\n" + inline) {
                return html.replacingOccurrences(of: "<style>\n" + inline, with: "<style>\n\(indent)/* \(stylesheetGolden) */\n")
            }
        }
        return html
    }

    static func document(ofExample name: String) throws -> Document {
        let compilation = Compilation(source: try Golden.source("Examples/\(name)"))
        return DocumentBuilder.build(compilation.pacte)
    }

    static func document(of source: String) -> Document {
        DocumentBuilder.build(Compilation(source: SourceFile(path: "test.pacte", bytes: Array(source.utf8))).pacte)
    }

    static func count(_ needle: String, in text: String) -> Int {
        text.components(separatedBy: needle).count - 1
    }

    /// Offsets of the occurrences of `character` not preceded by a backslash escape.
    static func unescaped(_ character: Character, in text: String) -> [String.Index] {
        var result: [String.Index] = []
        var escaped = false
        var index = text.startIndex
        while index < text.endIndex {
            let current = text[index]
            if escaped {
                escaped = false
            } else if current == "\\" {
                escaped = true
            } else if current == character {
                result.append(index)
            }
            index = text.index(after: index)
        }
        return result
    }

    static let voidElements: Set<String> = ["meta", "col", "br", "hr", "img", "link", "input", "wbr", "area", "base", "embed", "source", "track"]

    /// The page is whole: one `html` element with a language, every element
    /// closed in order, no script, nothing fetched from the network, two
    /// spaces of indentation, a final line end.
    static func expectSoundHTML(_ html: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        #expect(html.hasPrefix("<!DOCTYPE html>\n"), sourceLocation: sourceLocation)
        #expect(html.hasSuffix("</html>\n"), sourceLocation: sourceLocation)
        #expect(count("<html lang=", in: html) == 1, sourceLocation: sourceLocation)
        #expect(count("<meta charset=\"utf-8\">", in: html) == 1, sourceLocation: sourceLocation)
        #expect(!html.lowercased().contains("<script"), sourceLocation: sourceLocation)
        let lowered = html.lowercased()
        for attribute in ["src=", "href=", "url(", "@import"] {
            #expect(!lowered.contains(attribute), "no external resource: \(attribute)", sourceLocation: sourceLocation)
        }
        for line in html.split(separator: "\n", omittingEmptySubsequences: false) {
            let indent = line.prefix { $0 == " " }.count
            #expect(indent % 2 == 0 && !line.hasPrefix("\t") && !line.hasSuffix(" "), "\(line)", sourceLocation: sourceLocation)
        }
        // A tiny tag-balance checker: user text is escaped, so every `<`
        // outside the style sheet opens a tag of ours.
        var body = html
        if let start = body.range(of: "<style>"), let end = body.range(of: "</style>") {
            body.removeSubrange(start.upperBound..<end.lowerBound)
        }
        var stack: [String] = []
        var problems: [String] = []
        var rest = body[...]
        while let open = rest.firstIndex(of: "<") {
            guard let close = rest[open...].firstIndex(of: ">") else { problems.append("unterminated tag"); break }
            let tag = rest[rest.index(after: open)..<close]
            rest = rest[rest.index(after: close)...]
            if tag.hasPrefix("!") { continue }
            let name = String(tag.drop { $0 == "/" }.prefix { $0.isLetter || $0.isNumber }).lowercased()
            if tag.hasPrefix("/") {
                if stack.last == name { stack.removeLast() } else { problems.append("</\(name)> closes <\(stack.last ?? "nothing")>") }
            } else if !voidElements.contains(name) && !tag.hasSuffix("/") {
                // An SVG element closes itself (`<rect … />`).
                stack.append(name)
            }
            if tag.contains("<") { problems.append("`<` inside a tag") }
        }
        #expect(problems.isEmpty && stack.isEmpty, "tags unbalanced: \(problems) open: \(stack)", sourceLocation: sourceLocation)
    }

    /// The Markdown is whole: every table row has as many cells as its
    /// header, no raw HTML but the backend's own, a final line end.
    static func expectSoundMarkdown(_ markdown: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        #expect(markdown.hasSuffix("\n") && !markdown.hasSuffix("\n\n"), sourceLocation: sourceLocation)
        var columns: Int?
        for line in markdown.split(separator: "\n", omittingEmptySubsequences: false) {
            guard line.hasPrefix("|") else { columns = nil; continue }
            let pipes = unescaped("|", in: String(line)).count
            if let columns {
                #expect(pipes == columns, "row with \(pipes - 1) cells under a header of \(columns - 1): \(line)", sourceLocation: sourceLocation)
            } else {
                columns = pipes
            }
        }
        for index in unescaped("<", in: markdown) {
            let allowed = ["<br>", "<em>", "</em>", "<strong>", "</strong>"].contains { markdown[index...].hasPrefix($0) }
            #expect(allowed, "raw `<` in Markdown: \(markdown[index...].prefix(20))", sourceLocation: sourceLocation)
        }
    }
}
