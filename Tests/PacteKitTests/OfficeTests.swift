import Foundation
import Testing
@testable import PacteCore
@testable import PacteDriver
@testable import PacteDocument
@testable import PacteArchive
@testable import PacteOffice
@testable import PacteKit

/// The ODT and DOCX writers in the process: the parts of the reference
/// example as goldens, the promises every document keeps (the same
/// bytes, headings as headings, real tables with repeated headers, the
/// signature boxes' room, the metadata) and what hostile text cannot do.
/// `OfficeToolTests` then hands the files to jing, LibreOffice and python-docx.
@Suite struct OfficeTests {
    // MARK: - Golden parts

    /// The body of the reference example in both formats: a change to either writer shows here first.
    @Test("the parts of the reference example")
    func referenceExampleParts() throws {
        let document = try DocumentBackendTests.document(ofExample: "lannevez.pacte")
        try Golden.check(String(decoding: ODTContent.write(document), as: UTF8.self),
                         against: "Tests/PacteKitTests/Fixtures/office/lannevez.content.xml")
        try Golden.check(String(decoding: DOCXDocument.write(document).bytes, as: UTF8.self),
                         against: "Tests/PacteKitTests/Fixtures/office/lannevez.document.xml")
    }

    // MARK: - Every example

    @Test("the same pacte gives the same bytes", arguments: Golden.examples())
    func sameBytes(_ name: String) throws {
        let first = try Self.documents(ofExample: name)
        let second = try Self.documents(ofExample: name)
        #expect(first.odt == second.odt && first.docx == second.docx, "two builds of \(name) are byte-identical")
        for bytes in [first.odt, first.docx] {
            // No clock: every entry is dated 1980-01-01 00:00 (DOS time 0, date 0x21).
            for entry in try #require(ZIPListing(bytes)).entries {
                #expect(bytes[entry.offset + 10] == 0 && bytes[entry.offset + 11] == 0 && bytes[entry.offset + 12] == 0x21, "\(entry.name)")
            }
        }
        let text = String(decoding: first.docx, as: UTF8.self)
        #expect(!text.contains("rsid"), "no revision id, which Word draws at random")
    }

    @Test("an ODT package: mimetype first and stored, then its parts", arguments: Golden.examples())
    func odtPackage(_ name: String) throws {
        let bytes = try Self.documents(ofExample: name).odt
        let listing = try #require(ZIPListing(bytes))
        // The charts' pictures (the timeline, the budget) after the XML parts.
        #expect(listing.names == ["mimetype", "content.xml", "styles.xml", "meta.xml", "Pictures/figure-1.svg", "Pictures/figure-2.svg",
                                  "META-INF/manifest.xml"])
        // ODF 1.3 part 2 §3.3: first, stored, no extra field, so that its text sits at offset 38.
        #expect(listing.entries[0].offset == 0 && listing.entries[0].method == 0)
        #expect(Array(bytes[30..<38]) == Array("mimetype".utf8))
        #expect(bytes[28] == 0 && bytes[29] == 0, "no extra field")
        #expect(Array(bytes[38..<(38 + ODTBackend.mediaType.utf8.count)]) == Array(ODTBackend.mediaType.utf8))
        #expect(listing.entries.dropFirst().allSatisfy { $0.method == 8 }, "the XML parts are deflated")
    }

    @Test("a DOCX package: content types first, the parts Word expects")
    func docxPackage() throws {
        let listing = try #require(ZIPListing(try Self.documents(ofExample: "lannevez.pacte").docx))
        #expect(listing.names == [
            "[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/_rels/document.xml.rels", "word/styles.xml",
            "word/numbering.xml", "word/settings.xml", "word/header1.xml", "word/footer1.xml", "docProps/core.xml", "docProps/app.xml",
        ])
        let types = String(decoding: DOCXPackage.contentTypes(), as: UTF8.self)
        for part in listing.names where part.hasSuffix(".xml") && part != "[Content_Types].xml" {
            #expect(types.contains("PartName=\"/\(part)\""), "\(part) has its content type")
        }
    }

    @Test("headings are the applications' headings, in the document's order", arguments: Golden.examples())
    func headings(_ name: String) throws {
        let document = try DocumentBackendTests.document(ofExample: name)
        let content = String(decoding: ODTContent.write(document), as: UTF8.self)
        let body = String(decoding: DOCXDocument.write(document).bytes, as: UTF8.self)
        var odtFrom = content.startIndex, docxFrom = body.startIndex
        for heading in document.headings {
            let level = min(heading.level, 3)
            let odt = "<text:h text:style-name=\"Heading_20_\(level)\" text:outline-level=\"\(level)\">"
                + "<text:bookmark text:name=\"\(heading.anchor)\"/>\(XMLWriter.escaped(heading.text, inAttribute: false))</text:h>"
            let found = try #require(content.range(of: odt, range: odtFrom..<content.endIndex), "\(name): \(heading.text) in content.xml")
            odtFrom = found.upperBound
            let escaped = XMLWriter.escaped(heading.text, inAttribute: false)
            let style = try #require(body.range(of: "<w:pStyle w:val=\"Heading\(level)\"/>", range: docxFrom..<body.endIndex))
            let text = try #require(body.range(of: ">" + escaped + "</w:t>", range: style.upperBound..<body.endIndex), "\(name): \(heading.text) in document.xml")
            #expect(body.distance(from: style.upperBound, to: text.lowerBound) < 200, "\(name): « \(heading.text) » follows its style")
            docxFrom = text.upperBound
        }
        // Word knows its built-ins by these names, and gives them their outline level.
        let styles = String(decoding: DOCXStyles.write(document), as: UTF8.self)
        for level in 1...3 {
            #expect(styles.contains("<w:style w:type=\"paragraph\" w:styleId=\"Heading\(level)\"><w:name w:val=\"heading \(level)\"/>"))
            #expect(styles.contains("<w:outlineLvl w:val=\"\(level - 1)\"/>"))
        }
        let odtStyles = String(decoding: ODTStyles.write(document), as: UTF8.self)
        for level in 1...3 {
            #expect(odtStyles.contains("style:name=\"Heading_20_\(level)\" style:display-name=\"Heading \(level)\""))
            #expect(odtStyles.contains("style:default-outline-level=\"\(level)\""))
        }
    }

    @Test("tables are real tables, their header rows repeated", arguments: Golden.examples())
    func tables(_ name: String) throws {
        let document = try DocumentBackendTests.document(ofExample: name)
        let content = String(decoding: ODTContent.write(document), as: UTF8.self)
        let body = String(decoding: DOCXDocument.write(document).bytes, as: UTF8.self)
        let tables = document.allBlocks.compactMap { if case .table(let table) = $0 { table } else { nil } }
        let facts = document.allBlocks.filter { if case .facts = $0 { true } else { false } }.count + (document.titleBlock?.facts.isEmpty == false ? 1 : 0)
        let signatures = document.signaturePage?.signatures.isEmpty == false ? 1 : 0
        #expect(Self.count("<table:table ", in: content) == tables.count + facts + signatures)
        #expect(Self.count("<table:table-header-rows>", in: content) == tables.count)
        #expect(Self.count("<w:tbl>", in: body) == tables.count + facts + signatures)
        #expect(Self.count("<w:tblHeader/>", in: body) == tables.count)
        // Two tables with nothing between are one to Word and LibreOffice: the second's header would not repeat.
        #expect(!body.replacingOccurrences(of: "\n", with: "").replacingOccurrences(of: " ", with: "").contains("</w:tbl><w:tbl>"))
        // Figures align right from the column's kind.
        let figures = tables.reduce(0) { $0 + $1.columns.filter(\.kind.isFigure).count }
        #expect(Self.count("<text:p text:style-name=\"Table_20_Heading_20_Figures\">", in: content) == figures)
        #expect(Self.count("<w:pStyle w:val=\"TableHeadingFigures\"/>", in: body) == figures)
    }

    @Test("lists: each numbered list counts from 1", arguments: Golden.examples())
    func lists(_ name: String) throws {
        let document = try DocumentBackendTests.document(ofExample: name)
        let lists = document.allBlocks.compactMap { if case .list(let list) = $0, !list.items.isEmpty { list } else { nil } }
        let numbered = lists.filter(\.isOrdered)
        let content = String(decoding: ODTContent.write(document), as: UTF8.self)
        #expect(Self.count("<text:list text:style-name=\"Numbering_20_123\">", in: content) == numbered.count)
        #expect(Self.count("<text:list text:style-name=\"List_20_1\">", in: content) == lists.count - numbered.count)
        let (body, count) = DOCXDocument.write(document)
        #expect(count == numbered.count)
        let text = String(decoding: body, as: UTF8.self)
        for index in 0..<numbered.count {
            #expect(Self.count("<w:numId w:val=\"\(DOCXNumbering.numbered(index))\"/>", in: text) == numbered[index].items.count)
        }
        let numbering = String(decoding: DOCXNumbering.write(numberedLists: count), as: UTF8.self)
        #expect(Self.count("<w:startOverride w:val=\"1\"/>", in: numbering) == numbered.count)
    }

    @Test("a box per signatory, with room to sign and stamp", arguments: Golden.examples())
    func signatureBoxes(_ name: String) throws {
        let document = try DocumentBackendTests.document(ofExample: name)
        let signatories = document.signaturePage?.signatures.count ?? 0
        let content = String(decoding: ODTContent.write(document), as: UTF8.self)
        let body = String(decoding: DOCXDocument.write(document).bytes, as: UTF8.self)
        #expect(Self.count("<text:p text:style-name=\"Signature_20_Box\"></text:p>", in: content) == signatories)
        #expect(Self.count("<w:pStyle w:val=\"SignatureBox\"/>", in: body) == signatories)
        for block in document.signaturePage?.signatures ?? [] {
            #expect(content.contains(XMLWriter.escaped(block.organisation, inAttribute: false)))
            #expect(body.contains(XMLWriter.escaped(block.organisation, inAttribute: false)))
        }
        // The frame: the box column less the cell's padding across, the frame's line height down.
        let width = OfficeTable.signatureWidths[0] - Length.millimetres(2) - Length.millimetres(2)
        #expect(width >= Length.millimetres(45) && OfficeLook.signatureBoxHeight >= Length.millimetres(30))
        #expect(OfficeTable.signatureWidths.reduce(Length(twips: 0), +) == OfficeLook.textWidth)
    }

    // MARK: - Metadata and page

    @Test("metadata in the document's language, and a date only when given")
    func metadata() throws {
        let french = try DocumentBackendTests.document(ofExample: "lannevez.pacte")
        let meta = String(decoding: ODTMeta.write(french, date: CalendarDate(year: 2026, month: 3, day: 14)), as: UTF8.self)
        for part in ["<meta:generator>pacte</meta:generator>", "<dc:title>\(french.metadata.title)</dc:title>",
                     "<dc:subject>\(french.metadata.subject)</dc:subject>", "<meta:keyword>transitions</meta:keyword>",
                     "<dc:language>fr-FR</dc:language>", "<meta:creation-date>2026-03-14T00:00:00</meta:creation-date>"] {
            #expect(meta.contains(part), "\(part)")
        }
        let core = String(decoding: DOCXProperties.core(french, date: CalendarDate(year: 2026, month: 3)), as: UTF8.self)
        for part in ["<dc:title>\(french.metadata.title)</dc:title>", "<dc:language>fr-FR</dc:language>",
                     "<cp:keywords>\(french.metadata.keywords.joined(separator: ", "))</cp:keywords>",
                     "<dcterms:created xsi:type=\"dcterms:W3CDTF\">2026-03-01T00:00:00Z</dcterms:created>"] {
            #expect(core.contains(part), "\(part)")
        }
        #expect(String(decoding: DOCXProperties.app(), as: UTF8.self).contains("<Application>pacte</Application>"))
        #expect(!String(decoding: ODTMeta.write(french, date: nil), as: UTF8.self).contains("date"), "no date is invented")
        #expect(!String(decoding: DOCXProperties.core(french, date: nil), as: UTF8.self).contains("dcterms:created"))
        let english = Self.document(of: try Self.exampleText("lannevez.pacte").replacingOccurrences(of: "langue: fr", with: "langue: en"))
        #expect(String(decoding: ODTMeta.write(english, date: nil), as: UTF8.self).contains("<dc:language>en-GB</dc:language>"))
        #expect(String(decoding: ODTStyles.write(english), as: UTF8.self).contains("fo:language=\"en\" fo:country=\"GB\""))
        #expect(String(decoding: DOCXStyles.write(english), as: UTF8.self).contains("<w:lang w:val=\"en-GB\"/>"))
        #expect(String(decoding: DOCXStyles.write(english), as: UTF8.self).contains("<w:name w:val=\"Lead-in\"/>"))
        #expect(String(decoding: DOCXStyles.write(french), as: UTF8.self).contains("<w:name w:val=\"Intertitre\"/>"),
                "pacte's own styles are named in the document's language")
    }

    @Test("A4, its margins, the title in the header, « n / total » in the footer")
    func page() throws {
        let document = try DocumentBackendTests.document(ofExample: "lannevez.pacte")
        let styles = String(decoding: ODTStyles.write(document), as: UTF8.self)
        #expect(styles.contains("fo:page-width=\"595.3pt\" fo:page-height=\"841.9pt\""))
        #expect(styles.contains("fo:margin-left=\"56.7pt\" fo:margin-right=\"56.7pt\""))
        #expect(styles.contains("<style:header><text:p text:style-name=\"Header\">\(document.metadata.title)</text:p></style:header>"))
        #expect(styles.contains("<text:page-number text:select-page=\"current\">1</text:page-number> / <text:page-count>1</text:page-count>"))
        let body = String(decoding: DOCXDocument.write(document).bytes, as: UTF8.self)
        #expect(body.contains("<w:pgSz w:w=\"11906\" w:h=\"16838\"/>"))
        #expect(body.contains("<w:pgMar w:top=\"1134\" w:right=\"1134\" w:bottom=\"1134\" w:left=\"1134\" w:header=\"567\" w:footer=\"567\" w:gutter=\"0\"/>"))
        #expect(String(decoding: DOCXHeaderFooter.header(document), as: UTF8.self).contains("<w:t>\(document.metadata.title)</w:t>"))
        let footer = String(decoding: DOCXHeaderFooter.footer(document), as: UTF8.self)
        #expect(footer.contains("> PAGE <") && footer.contains("> NUMPAGES <") && footer.contains("<w:t xml:space=\"preserve\"> / </w:t>"))
    }

    // MARK: - Hostile text

    @Test("hostile titles stay text, and no character XML forbids is written")
    func hostileText() throws {
        for source in [try String(contentsOf: Golden.fixtures.appendingPathComponent("office/hostile.pacte"), encoding: .utf8),
                       DocumentBackendTests.hostileSource] {
            let compilation = Compilation(source: SourceFile(path: "hostile.pacte", bytes: Array(source.utf8)))
            #expect(!compilation.hasErrors)
            let document = DocumentBuilder.build(compilation.pacte)
            let parts = [ODTContent.write(document), ODTStyles.write(document), ODTMeta.write(document, date: nil),
                         DOCXDocument.write(document).bytes, DOCXHeaderFooter.header(document), DOCXProperties.core(document, date: nil)]
            for part in parts {
                let text = String(decoding: part, as: UTF8.self)
                #expect(!part.contains { $0 < 0x20 && $0 != 0x0A }, "no control character but the line ends between blocks")
                #expect(!text.contains("<script") && !text.contains("<b>") && !text.contains("<td>") && !text.contains("]]>"))
                #expect(!text.contains("\u{FFFD}"), "controls are dropped, as in the HTML, not turned into a replacement glyph")
            }
            #expect(try ODTBackend.render(document) == ODTBackend.render(document))
            #expect(try DOCXBackend.render(document) == DOCXBackend.render(document))
        }
    }

    @Test func textIsCleanedOfControlsAndItsBidiClosed() {
        #expect(OfficeText.clean("Lannévez-sur-Aber") == "Lannévez-sur-Aber")
        #expect(OfficeText.clean("a\u{0}b\u{1B}[2Jc\u{7F}\u{85}d\u{FFFE}") == "ab[2Jcd")
        #expect(OfficeText.clean("ligne\nsuite\ttab\r") == "ligne suite tab ")
        #expect(OfficeText.clean("\u{202E}abc") == "\u{202E}abc\u{202C}")
        #expect(OfficeText.clean("\u{2067}x \u{202A}y") == "\u{2067}x \u{202A}y\u{202C}\u{2069}")
        #expect(OfficeText.clean("\u{202B}a\u{202C} b") == "\u{202B}a\u{202C} b", "what is closed stays as it is")
        #expect(OfficeText.clean("\u{2066}a\u{202D}b\u{2069}c") == "\u{2066}a\u{202D}b\u{2069}c", "a PDI closes what its isolate holds")
        #expect(OfficeText.clean("\u{2069}\u{202C}x") == "\u{2069}\u{202C}x")
    }

    @Test("spaces ODF would collapse are kept")
    func odfSpaces() {
        var xml = XMLWriter(fragmentAt: 0)
        ODTText.write([.text(" a  b"), .strong(" c"), .text("   ")], into: &xml)
        #expect(String(decoding: xml.finish(), as: UTF8.self)
            == "<text:s/>a <text:s/>b<text:span text:style-name=\"Strong_20_Emphasis\"> c</text:span> <text:s text:c=\"2\"/>")
        // After a space in the run before, a space is one ODF would drop.
        var after = XMLWriter(fragmentAt: 0)
        ODTText.write([.text("a "), .emphasis(" b")], into: &after)
        #expect(String(decoding: after.finish(), as: UTF8.self) == "a <text:span text:style-name=\"Emphasis\"><text:s/>b</text:span>")
    }

    // MARK: - Geometry

    @Test func lengthsInTwipsAndInODF() {
        #expect(Length.millimetres(210).twips == 11906 && Length.millimetres(297).twips == 16838)
        #expect(Length.millimetres(20).twips == 1134 && Length.millimetres(35).twips == 1984)
        #expect(Length.points(11).odf == "11pt" && Length.halfPoints(23).odf == "11.5pt" && Length(twips: 1134).odf == "56.7pt")
        #expect(Length(twips: 1).odf == "0.05pt" && Length(twips: -100).odf == "-5pt")
        #expect(Length.points(1).eighthPoints == 8 && Length.halfPoints(21).halfPoints == 21)
    }

    @Test("column widths: the document's shares, widened for a word that must not break")
    func columnWidths() {
        let total = OfficeLook.textWidth
        func sum(_ widths: [Length]) -> Length { widths.reduce(Length(twips: 0), +) }
        let plain = OfficeTable(Table(columns: [.init("A", width: 0.75), .init("B", .money, width: 0.25)], rows: [[.text("x"), .text("1 €")]]), width: total)
        #expect(sum(plain.widths) == total && plain.widths[0].twips == total.twips * 3 / 4)
        #expect(plain.kinds == [.text, .money])
        // « Co-construction » in a column of 10 %: widened, taken from the wide column.
        let tight = OfficeTable(Table(columns: [.init("Action", width: 0.9), .init("Participation", width: 0.1)],
                                      rows: [[.text("Des mots courts"), .text("Co-construction")]]), width: total)
        #expect(sum(tight.widths) == total)
        #expect(tight.widths[1] >= OfficeTable.longestWord(in: "Co-construction", bold: false))
        // Widths that mean nothing give equal columns; a row longer than the columns adds a text column.
        let absurd = OfficeTable(Table(columns: [.init("a", width: .nan), .init("b", .number, width: 0)], rows: [[.text("1"), .text("2"), .text("3")]]),
                                 width: total)
        #expect(absurd.columnCount == 3 && absurd.kinds == [.text, .number, .text] && sum(absurd.widths) == total)
        #expect(absurd.header == ["a", "b", ""] && absurd.rows[0].count == 3)
        #expect(OfficeTable(Table(columns: [], rows: []), width: total).isEmpty)
        // A word too long for any column is left to break rather than widen its column.
        #expect(OfficeTable.longestWord(in: String(repeating: "x", count: 60), bold: false) == Length(twips: 0))
    }

    /// A document no builder makes: empty parts, deep headings, ragged tables.
    static let oddDocument = Document(
        language: .fr,
        metadata: .init(title: "", subject: "", keywords: [], date: nil),
        titleBlock: TitleBlock("", subtitle: "Sous-titre", facts: [], anchor: "pacte"),
        preamble: [.paragraph(Paragraph([])), .list(List(.numbered, [])), .facts(Facts([])),
                   .table(Table(caption: "Vide", columns: [], rows: []))],
        sections: [Section(Heading(level: 2, "", anchor: ""), blocks: [
            .table(Table(columns: [.init("a", width: 1)], rows: [[], [.text("1"), .text("2")]], totals: [[.text("t")]])),
            .table(Table(columns: [.init("b", .number, width: 1)], rows: [])),
        ], subsections: [Section(Heading(level: 5, "Profond", anchor: "profond"))])],
        signaturePage: SignaturePage(Heading(level: 2, "Signatures", anchor: "signatures"), statement: "", signatures: []))

    @Test("a hand-made document with empty and ragged parts still gives whole files")
    func oddDocumentRenders() throws {
        let content = String(decoding: ODTContent.write(Self.oddDocument), as: UTF8.self)
        #expect(content.contains("text:outline-level=\"3\"><text:bookmark text:name=\"profond\"/>Profond"), "levels past 3 are set as 3")
        #expect(!content.contains("<text:list "), "an empty list is not written")
        #expect(Self.count("<table:table ", in: content) == 2, "tables without columns or rows are not written")
        #expect(Self.count("<table:table-column ", in: content) == 3, "a row longer than the columns adds one")
        let body = String(decoding: DOCXDocument.write(Self.oddDocument).bytes, as: UTF8.self)
        #expect(Self.count("<w:tbl>", in: body) == 2)
        #expect(try ZIPListing(ODTBackend.render(Self.oddDocument)) != nil && ZIPListing(DOCXBackend.render(Self.oddDocument)) != nil)
    }

    // MARK: - Helpers

    static func exampleText(_ name: String) throws -> String {
        try String(contentsOf: Golden.root.appendingPathComponent("Examples/\(name)"), encoding: .utf8)
    }

    static func document(of source: String) -> Document {
        DocumentBuilder.build(Compilation(source: SourceFile(path: "test.pacte", bytes: Array(source.utf8))).pacte)
    }

    /// Both packages of an example, dated from the pacte as the command line does.
    static func documents(ofExample name: String) throws -> (odt: [UInt8], docx: [UInt8]) {
        let compilation = Compilation(source: try Golden.source("Examples/\(name)"))
        let document = DocumentBuilder.build(compilation.pacte)
        let date = compilation.pacte.adoption.value
        return (try ODTBackend.render(document, options: .init(creationDate: date)),
                try DOCXBackend.render(document, options: .init(creationDate: date)))
    }

    static func count(_ needle: String, in text: String) -> Int {
        text.components(separatedBy: needle).count - 1
    }
}
