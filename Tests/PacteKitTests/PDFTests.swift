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

/// The native PDF writer, checked by the tools a reader's machine has:
/// `qpdf --check` for the file's structure, `pdftotext` for the text a
/// viewer extracts (accents, no-break spaces, page numbers), `pdfinfo` and
/// qpdf's JSON for metadata and bookmarks. The tools come from Debian's
/// `qpdf` and `poppler-utils`; without them these tests fail, they never skip.
@Suite struct PDFTests {
    // MARK: - The examples

    @Test("every example gives a valid PDF with its text intact", arguments: Golden.examples())
    func example(_ name: String) throws {
        let compilation = Compilation(source: try Golden.source("Examples/\(name)"))
        let document = DocumentBuilder.build(compilation.pacte)
        let output = PDFBackend.render(document, options: .init(creationDate: compilation.pacte.adoption.value))
        #expect(output.substitutedCharacters.isEmpty, "the embedded fonts draw every character of the examples: \(output.substitutedCharacters)")
        #expect(PDFBackend.render(document, options: .init(creationDate: compilation.pacte.adoption.value)).bytes == output.bytes,
                "rendering twice gives the same bytes")

        try PDFFile.withTemporary(output.bytes) { file in
            try file.check()
            let pages = try file.pageCount()
            #expect(pages > 0)

            let layout = try file.text(layout: true)
            let language = compilation.pacte.documentLanguage
            if let territory = compilation.pacte.territory.value {
                #expect(layout.contains(Self.normalised(Typography.apply(territory, language))), "the territory is printed")
            }
            #expect(layout.contains(Self.normalised(Typography.money(compilation.pacte.totalBudget, language))),
                    "the budget total is printed the French way")
            for word in Self.accentedWords(in: document) {
                #expect(layout.contains(word), "the accented word « \(word) » comes out intact")
            }

            // Titles wrap inside their table cell, which a layout rendering
            // interleaves with the next columns: read them in content order.
            let raw = try file.text(layout: false)
            // A layout rendering squeezes the small footer's spaces (« 1/3 »); the content order keeps them.
            for page in 1...pages { #expect(raw.contains("\(page) / \(pages)"), "page \(page) is numbered « \(page) / \(pages) »") }
            for action in compilation.pacte.actions {
                let title = Self.normalised(Typography.apply(action.title ?? action.id, language))
                #expect(raw.contains(title), "the action « \(title) » is printed")
            }
        }
    }

    @Test("metadata, language and bookmarks", arguments: Golden.examples())
    func metadata(_ name: String) throws {
        let compilation = Compilation(source: try Golden.source("Examples/\(name)"))
        let document = DocumentBuilder.build(compilation.pacte)
        let output = PDFBackend.render(document, options: .init(creationDate: CalendarDate(year: 2026, month: 3, day: 14)))
        try PDFFile.withTemporary(output.bytes) { file in
            let info = try file.info()
            #expect(info["Title"] == document.metadata.title)
            #expect(info["Subject"] == document.metadata.subject)
            #expect(info["Keywords"] == document.metadata.keywords.joined(separator: ", "))
            #expect(info["Creator"] == "pacte")
            #expect(info["Producer"] == "pacte")
            #expect(info["CreationDate"]?.contains("2026") == true)
            #expect(info["Page size"]?.contains("A4") == true)

            let sections = document.headings.filter { $0.level == 2 }.map(\.text)
            let outline = try file.outline()
            #expect(outline.map(\.title) == sections, "one top-level bookmark per section, in order")
            let subsections = document.headings.filter { $0.level == 3 }.count
            #expect(outline.reduce(0) { $0 + $1.kids } == subsections, "subsections are bookmarked under their section")
        }
        let text = String(decoding: output.bytes, as: UTF8.self)
        #expect(text.contains("/Lang (\(document.language.rawValue))"))
        #expect(text.contains("/CreationDate (D:20260314)"))
        #expect(!String(decoding: PDFBackend.render(document).bytes, as: UTF8.self).contains("/CreationDate"),
                "no date is invented when none is given")
    }

    // MARK: - A hostile document

    @Test func hostileDocumentGivesAValidFile() throws {
        let source = Self.hostileSource(actions: 300)
        let compilation = Compilation(source: SourceFile(path: "hostile.pacte", bytes: Array(source.utf8)))
        #expect(compilation.pacte.actions.count == 300)
        let document = DocumentBuilder.build(compilation.pacte)
        let output = PDFBackend.render(document)
        for character in ["漢", "😀"] {
            #expect(output.substitutedCharacters.contains(character), "« \(character) » is reported as substituted")
        }
        #expect(!output.substitutedCharacters.contains("ŵ") && !output.substitutedCharacters.contains("Ŵ"), "the fonts have Welsh letters")
        #expect(Set(output.substitutedCharacters).count == output.substitutedCharacters.count, "each character is reported once")
        #expect(!output.substitutedCharacters.contains("é") && !output.substitutedCharacters.contains("€"))
        #expect(PDFBackend.render(document).bytes == output.bytes)
        try PDFFile.withTemporary(output.bytes) { file in
            try file.check()
            let pages = try file.pageCount()
            #expect(pages > 10)
            let layout = try file.text(layout: true)
            #expect(layout.contains("<script>alert(1)</script>"), "markup is printed as text")
            #expect(try file.text(layout: false).contains("\(pages) / \(pages)"))
            #expect(layout.contains("Action 300"))
            #expect(layout.contains("漢") && layout.contains("😀"), "a character the fonts lack is drawn as « ? » but reads back as itself")
            #expect(layout.contains("Gŵynedd") && layout.contains("Lannévez"))
        }
    }

    @Test func absurdTablesAndFactsStillEnd() throws {
        let huge = String(repeating: "Déraisonnable ", count: 2_500)
        // Two columns for rows of three cells, widths that do not sum to 1.
        let table = Table(caption: huge, columns: [Table.Column(huge, width: 0.9), Table.Column("b", .number, width: 0.9)],
                          rows: Array(repeating: [.text(huge), .text("x"), .text("extra")], count: 3), totals: [[.text(huge)]])
        let document = Document(
            language: .fr, metadata: .init(title: huge, subject: huge, keywords: [], date: nil),
            titleBlock: TitleBlock(huge, subtitle: huge, facts: [Fact(huge, huge)], anchor: huge),
            preamble: [.facts(Facts([Fact(huge, huge)])), .table(table)],
            sections: [Section(Heading(level: 3, huge, anchor: "h"), blocks: [.list(List(.numbered, [[.text(huge)]]))])],
            signaturePage: SignaturePage(Heading(level: 2, huge, anchor: "s"), statement: huge,
                                         signatures: [SignatureBlock(signatory: "x", organisation: huge, onBehalf: huge, capacity: huge,
                                                                     representative: huge, nameLine: huge, signatureLabel: huge)]))
        let output = PDFBackend.render(document)
        #expect(output.substitutedCharacters.isEmpty)
        try PDFFile.withTemporary(output.bytes) { file in
            try file.check()
            #expect(try file.pageCount() > 5)
        }
    }

    @Test func aRowOverManyPagesKeepsEveryLineInOrder() throws {
        // The rest of a cut row is measured at each cut and laid out when it
        // fits: every word must still come out once, in order.
        let count = 12_000
        let words = (1...count).map { "m\($0)" }.joined(separator: " ")
        let table = Table(columns: [Table.Column("Description", width: 0.8), Table.Column("Budget", .money, width: 0.2)],
                          rows: [[.text(words), .text("1 €")]])
        let output = PDFBackend.render(Document(language: .fr, metadata: .init(title: "t", subject: "s", keywords: [], date: nil),
                                                preamble: [.table(table)]))
        try PDFFile.withTemporary(output.bytes) { file in
            try file.check()
            #expect(try file.pageCount() > 10)
            let found = try file.text(layout: false).split(whereSeparator: \.isWhitespace).compactMap { $0.hasPrefix("m") ? Int($0.dropFirst()) : nil }
            #expect(found == Array(1...count))
        }
    }

    @Test(.timeLimit(.minutes(1)))
    func aLongChainKeptTogetherIsPlacedInLinearTime() throws {
        // A lead-in stays with what follows, so 40 000 of them in a
        // row are one group that ends only with the document. Measured again
        // from its start at each block, it took quadratic time.
        let document = Document(language: .fr, metadata: .init(title: "t", subject: "s", keywords: [], date: nil),
                                preamble: Array(repeating: .paragraph(Paragraph(.leadIn, [.strong("Chemin")])), count: 40_000))
        try PDFFile.withTemporary(PDFBackend.render(document).bytes) { file in
            try file.check()
            #expect(try file.pageCount() > 100)
        }
    }

    @Test func emptyDocumentIsOnePage() throws {
        let document = Document(language: .fr, metadata: .init(title: "", subject: "", keywords: [], date: nil))
        try PDFFile.withTemporary(PDFBackend.render(document).bytes) { file in
            try file.check()
            #expect(try file.pageCount() == 1)
        }
    }

    @Test func reservedCharactersAreEscaped() throws {
        let document = Document(
            language: .fr, metadata: .init(title: "Titre (a) \\ b", subject: "Sujet ŵ", keywords: ["x"], date: nil),
            sections: [Section(Heading(level: 2, "Section (1) \\ ŵ", anchor: "s"), blocks: [.paragraph(Paragraph([.text("a (b) c\\d ) (")]))])])
        let output = PDFBackend.render(document)
        let text = String(decoding: output.bytes, as: UTF8.self)
        // Glyph codes are bytes too: one that is a parenthesis or a backslash
        // is escaped, or qpdf and the text read back below would fail.
        #expect(text.contains("/Title (Titre \\(a\\) \\\\ b)"))
        #expect(text.contains("/Subject <FEFF"), "a non-ASCII text string is UTF-16BE with its byte-order mark")
        try PDFFile.withTemporary(output.bytes) { file in
            try file.check()
            #expect(try file.text(layout: true).contains("a (b) c\\d ) ("))
            #expect(try file.info()["Subject"] == "Sujet ŵ")
            #expect(try file.outline().map(\.title) == ["Section (1) \\ ŵ"], "bookmarks keep every character")
        }
    }

    // MARK: - Units

    @Test func widthOfLannévezIsTheFontsOwn() {
        // LiberationSans-Regular's hmtx (2048 units an em): L 1139, a 1139, n 1139, é 1139, v 1024, e 1139, z 1024,
        // each rounded to thousandths of an em; no kerning pair among these letters.
        var encoder = GlyphEncoder()
        let glyphs = encoder.encode("Lannévez", font: .sans)
        #expect(glyphs.count == 8)
        #expect(glyphs.map(\.advance) == [556, 556, 556, 556, 556, 500, 556, 500])
        #expect(PDFFont.sans.width(glyphs, size: 10) == 43.36)
    }

    @Test func kerningComesFromTheFont() {
        var encoder = GlyphEncoder()
        let pair = encoder.encode("AV", font: .serif)
        #expect(PDFFont.serif.face.kern(pair[0].id, pair[1].id) < 0, "Liberation Serif kerns A and V")
        #expect(PDFFont.serif.units(pair) < Int(pair[0].advance + pair[1].advance))
    }

    @Test func everyLetterOfAPactePrints() {
        var encoder = GlyphEncoder()
        let text = "Ŵŵ Ŷŷ Ẁẁ Ẃẃ Ẅẅ Ỳỳ c’hwec’h ñ Ñ òàèìùç ŁłŚśŻżĄąĘęŃńĆć αβγΩ ÆæŒœ’‘“”–—…€«»ß Привіт"
        for font in PDFFont.allCases { _ = encoder.encode(text, font: font) }
        #expect(encoder.substituted.isEmpty, "missing: \(encoder.substituted)")
        _ = encoder.encode("e\u{0301}", font: .serif)
        #expect(encoder.substituted.isEmpty, "a decomposed accent finds the composed letter")
        let stand = encoder.encode("漢😀👍🏽a", font: .sans)
        #expect(stand.count == 4)
        #expect(encoder.substituted == ["漢", "😀", "👍🏽"])
        _ = encoder.encode("漢", font: .serif)
        #expect(encoder.substituted.count == 3, "reported once")
        let spaces = encoder.encode("24\u{00A0}000\u{202F}€ a", font: .serif).map(\.kind)
        #expect(spaces == [.letter, .letter, .noBreakSpace, .letter, .letter, .letter, .noBreakSpace, .other, .space, .letter])
    }

    @Test func linesNeverOverflowTheirColumn() {
        var encoder = GlyphEncoder()
        let words = ["Lannévez-sur-Aber", "coopération", "24\u{00A0}000\u{00A0}€", "a", "Anticonstitutionnellement",
                     String(repeating: "W", count: 300), "l’énergie", "—", "co-construction"]
        var text = ""
        for index in 0..<400 { text += words[(index * 7 + index / 3) % words.count] + (index % 5 == 0 ? "  " : " ") }
        let styled = StyledText.make([.text(text), .strong(" gras "), .emphasis(text)], font: .serif, encoder: &encoder)
        for width in [20.0, 45.0, 120.0, 481.9] {
            for hyphenator in [nil, Hyphenator.french] {
                let lines = LineBreaker.lines(styled, size: 11, width: width, hyphenator: hyphenator)
                #expect(!lines.isEmpty)
                for line in lines {
                    #expect(line.width <= width + 1e-9 || line.end - line.start == 1, "a line fits its column")
                    #expect(line.end > line.start)
                }
                // Nothing is lost: every glyph but spaces is on some line.
                let kept = lines.reduce(0) { total, line in total + styled.glyphs[line.start..<line.end].filter { $0.kind != .space }.count }
                #expect(kept == styled.glyphs.filter { $0.kind != .space }.count)
            }
        }
        let compound = StyledText.make("Lannévez-sur-Aber", font: .sans, encoder: &encoder)
        let hyphenated = LineBreaker.lines(compound, size: 10, width: 50)
        #expect(hyphenated.count == 2 && hyphenated[0].end == 9, "a compound too long for the line breaks after a hyphen")
        let short = StyledText.make("niveau Co-construction", font: .sans, encoder: &encoder)
        let moved = LineBreaker.lines(short, size: 10, width: 90, hyphenator: .french)
        #expect(moved.count == 2 && moved[1].start == 7, "« Co-construction » goes whole to the next line")
    }

    @Test func frenchHyphenationFollowsThePatterns() {
        func hyphenated(_ word: String) -> String {
            let letters = word.unicodeScalars.map(\.value)
            let points = Set(Hyphenator.french.points(letters))
            var result = ""
            for (index, scalar) in word.unicodeScalars.enumerated() {
                if points.contains(index) { result += "-" }
                result.unicodeScalars.append(scalar)
            }
            return result
        }
        #expect(hyphenated("coopération") == "co-opé-ra-tion", "the patterns know the prefix")
        #expect(hyphenated("transitions") == "tran-si-tions")
        #expect(hyphenated("intercommunalité") == "in-ter-com-mu-na-lité", "never two letters alone on the next line")
        #expect(hyphenated("l’énergie") == "l’éner-gie", "no break next to the apostrophe, three letters carried over")
        #expect(hyphenated("mai") == "mai")
    }

    @Test func justifiedFrenchTextIsHyphenatedWhereItWouldGape() {
        var encoder = GlyphEncoder()
        let text = "La commission extra-municipale des transitions rassemble élus, agents et habitants autour d’une coopération renouvelée."
        let styled = StyledText.make(text, font: .serif, encoder: &encoder)
        var broken = 0
        for width in stride(from: 90.0, through: 240, by: 10) {
            let lines = LineBreaker.lines(styled, size: 11, width: width, hyphenator: .french)
            for line in lines where line.hyphenated {
                broken += 1
                let before = styled.glyphs[line.end - 1], after = styled.glyphs[line.end]
                #expect(before.kind == .letter && after.kind == .letter, "a hyphenation falls between two letters")
                #expect(line.brokenWord != nil, "the broken word reads back whole")
            }
            #expect(LineBreaker.lines(styled, size: 11, width: width).allSatisfy { !$0.hyphenated }, "no hyphenation without French rules")
        }
        #expect(broken > 0, "some word is broken by French rules")
    }

    @Test func md5MatchesRFC1321() {
        func hex(_ text: String) -> String { MD5.digest(Array(text.utf8)).map { String(format: "%02x", $0) }.joined() }
        #expect(hex("") == "d41d8cd98f00b204e9800998ecf8427e")
        #expect(hex("abc") == "900150983cd24fb0d6963f7d28e17f72")
        #expect(hex(String(repeating: "1234567890", count: 8)) == "57edf4a22be3c955ac49da2e2107b67a")
        // Around the block size: whole blocks are read in place, the rest is padded apart.
        let expected = [55: "ef1772b6dff9a122358552954ad0df65", 56: "3b0c8ac703f828b04c6c197006d17218",
                        63: "b06521f39153d618550606be297466d5", 64: "014842d480b571495a4a0363793f7367",
                        119: "8a7bd0732ed6a28ce75f6dabc90e1613", 128: "e510683b3f5ffe4093d021808bc6ff70"]
        for (length, digest) in expected {
            #expect(hex(String(repeating: "a", count: length)) == digest, "\(length) bytes")
        }
    }

    // MARK: - Helpers

    /// Text as `pdftotext` gives it back: no-break spaces as spaces, runs of white space as one.
    static func normalised(_ text: String) -> String {
        var output = ""
        var pendingSpace = false
        for character in text {
            if character.isWhitespace || character == "\u{00A0}" || character == "\u{202F}" {
                pendingSpace = !output.isEmpty
            } else {
                if pendingSpace { output.append(" ") }
                pendingSpace = false
                output.append(character)
            }
        }
        return output
    }

    /// The words with a non-ASCII letter in the document's running text,
    /// which must survive WinAnsi and the fonts.
    static func accentedWords(in document: Document) -> Set<String> {
        var texts = document.headings.map(\.text) + (document.titleBlock?.facts.map(\.value) ?? [])
        for block in document.allBlocks {
            switch block {
            case let .paragraph(paragraph): texts.append(paragraph.runs.plainText)
            case let .list(list): texts += list.items.map(\.plainText)
            case let .facts(facts): texts += facts.items.map(\.value)
            case let .table(table): texts += (table.rows + table.totals).flatMap { $0.flatMap { $0.paragraphs.map(\.plainText) } }
            case let .figure(figure): texts.append(figure.title)
            }
        }
        texts += document.signaturePage?.signatures.flatMap { [$0.organisation, $0.representative ?? ""] } ?? []
        var words: Set<String> = []
        for text in texts {
            for word in text.split(whereSeparator: { !$0.isLetter }) where word.contains(where: { !$0.isASCII }) {
                words.insert(String(word))
            }
        }
        return words
    }

    /// A pacte made to hurt: 300 actions, words longer than a page is
    /// wide, markup, characters the embedded fonts lack.
    static func hostileSource(actions: Int) -> String {
        let huge = String(repeating: "Anticonstitutionnellement", count: 240)
        var source = """
        pacte "Pacte <script>alert(1)</script> de Gŵynedd 漢字 😀" {
          territoire: "Commune de Lannévez-sur-Aber 漢 \(String(repeating: "Ŵ", count: 50))"
          échelon: commune
          forme: commission-extra-municipale
          période: 2026..2031
          langue: fr
          adoption: 2026-06-13
        }
        signataire mairie "Commune de Lannévez-sur-Aber" { collège: collectivité; représentant: gwen }
        signataire asso "Association 😀 <b>gras</b>" { collège: association }
        signataire geant "Association \(huge)" { collège: association }
        personne gwen "Gwenaëlle Le Roux ŵ" { genre: femme; rôle: élu; structure: mairie }
        objectif long "Objectif \(String(repeating: "interminable", count: 60))" { indicateur: "x" }

        """
        for index in 1...actions {
            let description = index == 7 ? huge : "Description de l’action \(index) : <script>alert(1)</script>, réparation, ŵ, 漢, 👍🏽."
            source += """
            action a\(index) "Action \(index) \(index == 10 ? huge : "ŵ 漢 😀")" {
              objectif: long
              description: \"\"\"
                \(description)
                \"\"\"
              pilote: mairie
              partenaires: [\(index == 7 ? "geant" : "asso")]
              budget: \(index * 1_000) €
              participation: consultation
              calendrier: 2026-01..2027-06
            }

            """
        }
        return source
    }
}

/// A PDF written to a temporary file for the command-line tools.
struct PDFFile {
    let path: String

    static func withTemporary(_ bytes: [UInt8], _ body: (PDFFile) throws -> Void) throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("pacte-\(UUID().uuidString).pdf")
        try Data(bytes).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        try body(PDFFile(path: url.path))
    }

    /// `qpdf --check` finds neither error nor warning.
    func check(sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        let result = try Tool.run("qpdf", ["--check", path])
        #expect(result.status == 0, "qpdf --check: \(result.output)\(result.error)", sourceLocation: sourceLocation)
    }

    func pageCount() throws -> Int {
        Int(try Tool.run("qpdf", ["--show-npages", path]).output.trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0
    }

    /// The text `pdftotext` extracts, normalised; `-layout` keeps the page's columns, `-raw` the content order.
    func text(layout: Bool) throws -> String {
        let result = try Tool.run("pdftotext", [layout ? "-layout" : "-raw", "-enc", "UTF-8", path, "-"])
        #expect(result.status == 0, "pdftotext: \(result.error)")
        // In content order, a line broken after a hyphen reads back whole.
        return PDFTests.normalised(layout ? result.output : result.output.replacingOccurrences(of: "-\n", with: "-"))
    }

    /// `pdfinfo`'s fields.
    func info() throws -> [String: String] {
        let result = try Tool.run("pdfinfo", ["-enc", "UTF-8", path])
        var fields: [String: String] = [:]
        for line in result.output.split(separator: "\n") {
            guard let colon = line.firstIndex(of: ":") else { continue }
            fields[String(line[..<colon])] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        return fields
    }

    /// The top-level bookmarks and how many entries each holds, from qpdf's JSON.
    func outline() throws -> [(title: String, kids: Int)] {
        let result = try Tool.run("qpdf", ["--json", "--json-key=outlines", path])
        let json = try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any]
        let outlines = json?["outlines"] as? [[String: Any]] ?? []
        return outlines.map { ($0["title"] as? String ?? "", ($0["kids"] as? [Any])?.count ?? 0) }
    }
}

/// The command-line tools the tests read PDF and office files with.
enum Tool {
    struct Missing: Error, CustomStringConvertible {
        let name: String
        var description: String {
            "`\(name)` is not installed: the PDF tests need Debian's `qpdf` and `poppler-utils` (and pikepdf and pyHanko from "
                + "PyPI), the office tests `jing` and `libreoffice-writer-nogui`, the narrow-screen test `chromium` "
                + "(`.ci/run` installs every tool the tests use)"
        }
    }

    static func run(_ name: String, _ arguments: [String]) throws -> (status: Int32, output: String, error: String) {
        let directories = (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":").map(String.init)
            + ["/usr/bin", "/usr/local/bin", "/bin"]
        guard let executable = directories.map({ $0 + "/" + name }).first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else {
            throw Missing(name: name)
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let output = Pipe(), error = Pipe()
        process.standardOutput = output
        process.standardError = error
        try process.run()
        // Read before waiting, so that a large output cannot block the tool.
        let out = output.fileHandleForReading.readDataToEndOfFile()
        let err = error.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: out, as: UTF8.self), String(decoding: err, as: UTF8.self))
    }
}
