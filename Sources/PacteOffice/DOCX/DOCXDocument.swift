import PacteDocument
import PacteFigures

/// `word/document.xml`: the document's parts in reading order, each as
/// what it is — headings in Word's heading styles (their outline level
/// makes the navigation pane and a table of contents), paragraphs in the
/// named style of their role, lists numbered by `numbering.xml`, facts and
/// tables as real tables (the header row marked `w:tblHeader`, which Word
/// repeats on each page), the signature page as a table of boxes, then
/// the A4 section with its header and footer.
struct DOCXDocument {
    private let document: Document
    private var xml = XMLWriter()
    /// How many numbered lists were written: each gets its own numbering instance.
    private(set) var numberedLists = 0
    /// The bookmark names given, kept unique as Word asks.
    private var bookmarks: Set<String> = []
    /// Whether the last block written was a table, so that the next
    /// block is set off from it (see ``spaceAfterTable(height:)``).
    private var afterTable = false
    /// The next id of a drawing object: `wp:docPr` and the shapes in it are numbered through the document.
    private var nextDrawingID = 1

    /// The relationship ids of the parts the document refers to.
    static let headerRelationship = "rIdHeader"
    static let footerRelationship = "rIdFooter"

    init(_ document: Document) {
        self.document = document
    }

    /// The part's bytes and the number of numbered lists it holds.
    static func write(_ document: Document) -> (bytes: [UInt8], numberedLists: Int) {
        var writer = DOCXDocument(document)
        writer.xml.start("w:document", [DOCXNamespaces.w, DOCXNamespaces.r, DOCXNamespaces.wp, DOCXNamespaces.a,
                                         DOCXNamespaces.wpg, DOCXNamespaces.wps])
        writer.xml.newline()
        writer.xml.start("w:body")
        writer.writeBody()
        // Word ends a body with a paragraph, and adds one after a last table; a point high, it cannot push a page.
        writer.spaceAfterTable(height: Length.points(1))
        writer.section()
        writer.xml.newline()
        writer.xml.end()
        writer.xml.newline()
        writer.xml.end()
        return (writer.xml.finish(), writer.numberedLists)
    }

    // MARK: - Walk

    /// The parts in the order of the PDF, the HTML and the ODT.
    private mutating func writeBody() {
        if let titleBlock = document.titleBlock {
            heading(Heading(level: 1, titleBlock.title, anchor: titleBlock.anchor))
            if let subtitle = titleBlock.subtitle { paragraph(.subtitle, [.text(subtitle)]) }
            if !titleBlock.facts.isEmpty { facts(titleBlock.facts) }
        }
        blocks(document.preamble)
        for section in document.sections { self.section(section) }
        if let page = document.signaturePage {
            heading(page.heading)
            // Kept with the boxes: a page never holds only signatures.
            paragraph(OfficeStyle(Paragraph.Role.intro), [.text(page.statement)], keepWithNext: true)
            signatures(page.signatures)
        }
    }

    private mutating func section(_ section: Section) {
        heading(section.heading)
        blocks(section.blocks)
        for subsection in section.subsections { self.section(subsection) }
    }

    private mutating func blocks(_ blocks: [Block]) {
        for block in blocks {
            switch block {
            case .paragraph(let paragraph): self.paragraph(OfficeStyle(paragraph.role), paragraph.runs)
            case .list(let list): self.list(list)
            case .facts(let facts): self.facts(facts.items)
            case .table(let table): self.table(table)
            case .figure(let figure): self.figure(figure)
            }
        }
    }

    // MARK: - Text blocks

    /// A heading in Word's heading style of its level, bookmarked after its anchor.
    private mutating func heading(_ heading: Heading) {
        let name = bookmarkName(heading.anchor)
        let id = String(bookmarks.count)
        spaceAfterTable()
        xml.newline()
        xml.start("w:p")
        DOCXText.paragraphProperties(.heading(heading.level), into: &xml)
        xml.empty("w:bookmarkStart", [("w:id", id), ("w:name", name)])
        DOCXText.write([.text(heading.text)], into: &xml)
        xml.empty("w:bookmarkEnd", [("w:id", id)])
        xml.end()
    }

    private mutating func paragraph(_ style: OfficeStyle, _ runs: [Inline], keepWithNext: Bool = false, numbering: Int? = nil) {
        spaceAfterTable()
        xml.newline()
        xml.start("w:p")
        DOCXText.paragraphProperties(style, keepWithNext: keepWithNext, numbering: numbering, into: &xml)
        DOCXText.write(runs, into: &xml)
        xml.end()
    }

    /// A list; a numbered one numbers from 1. An empty list is not written.
    private mutating func list(_ list: List) {
        guard !list.items.isEmpty else { return }
        let numbering: Int
        if list.isOrdered {
            numbering = DOCXNumbering.numbered(numberedLists)
            numberedLists += 1
        } else {
            numbering = DOCXNumbering.bulleted
        }
        for item in list.items {
            paragraph(list.isOrdered ? .listNumber : .listBullet, item, numbering: numbering)
        }
    }

    // MARK: - Tables

    /// Label–value pairs as a table of two columns without rules; none without a pair.
    private mutating func facts(_ facts: [Fact]) {
        guard !facts.isEmpty else { return }
        let label = OfficeTable.factLabelWidth(facts, width: OfficeLook.textWidth)
        let widths = [label, OfficeLook.textWidth - label]
        startTable(style: DOCXStyles.plain, widths: widths, caption: nil, leftPadding: Length(twips: 0))
        for fact in facts {
            xml.newline()
            xml.start("w:tr")
            cell(width: widths[0], fill: nil, style: .factLabel, [[.text(fact.label)]])
            cell(width: widths[1], fill: nil, style: .factValue, [[.text(fact.value)]])
            xml.end()
        }
        endTable()
    }

    /// A table under its caption: the header row repeated on every page,
    /// figures aligned right from the column's kind, totals in bold.
    private mutating func table(_ table: Table) {
        let layout = OfficeTable(table, width: OfficeLook.textWidth)
        let caption = table.caption.flatMap { $0.isEmpty ? nil : $0 }
        if let caption { paragraph(.caption, [.text(caption)]) }
        guard !layout.isEmpty else { return }
        startTable(style: DOCXStyles.grid, widths: layout.widths, caption: caption, leftPadding: OfficeLook.cellPaddingX)
        if !layout.header.isEmpty {
            xml.newline()
            xml.start("w:tr")
            xml.start("w:trPr")
            xml.empty("w:cantSplit")
            xml.empty("w:tblHeader")
            xml.end()
            for (column, heading) in layout.header.enumerated() {
                cell(width: layout.widths[column], fill: OfficeLook.headerFill,
                     style: layout.kinds[column].isFigure ? .tableHeadingFigures : .tableHeading, heading.isEmpty ? [] : [[.text(heading)]])
            }
            xml.end()
        }
        for (rows, fill, figures, words) in [(layout.rows, nil, OfficeStyle.tableContentsFigures, OfficeStyle.tableContents),
                                             (layout.totals, OfficeLook.totalFill, .tableTotalFigures, .tableTotal)] {
            for row in rows {
                // A row is not cut across pages (an action's title left alone at a page's foot):
                // Word and LibreOffice still break one taller than a page.
                xml.newline()
                xml.start("w:tr")
                xml.start("w:trPr")
                xml.empty("w:cantSplit")
                xml.end()
                for (column, content) in row.enumerated() {
                    cell(width: layout.widths[column], fill: fill, style: layout.kinds[column].isFigure ? figures : words, content.paragraphs)
                }
                xml.end()
            }
        }
        endTable()
    }

    /// The signature page: a row per two signatories with a gap between
    /// their boxes, a narrow row between rows; each box the organisation,
    /// its representative (or a line to write a name on), « Fait à … »,
    /// and the frame to sign and stamp in. A row never breaks across pages,
    /// and when the table surely fits on one page every row is kept with
    /// the next, which is how Word keeps a table together.
    private mutating func signatures(_ blocks: [SignatureBlock]) {
        guard !blocks.isEmpty else { return }
        let perRow = OfficeLook.signaturesPerRow
        let rows = stride(from: 0, to: blocks.count, by: perRow).map { Array(blocks[$0..<min($0 + perRow, blocks.count)]) }
        let keep = rows.count <= OfficeLook.signatureRowsKeptTogether
        let widths = OfficeTable.signatureWidths
        startTable(style: DOCXStyles.plain, widths: widths, caption: nil, leftPadding: Length(twips: 0), noPadding: true)
        for (number, row) in rows.enumerated() {
            let last = number == rows.count - 1
            if number > 0 {
                xml.newline()
                xml.start("w:tr")
                xml.start("w:trPr")
                xml.empty("w:cantSplit")
                xml.empty("w:trHeight", [("w:val", String(OfficeLook.signatureGap.twips)), ("w:hRule", "exact")])
                xml.end()
                for width in widths { emptyCell(width: width, keepWithNext: keep) }
                xml.end()
            }
            xml.newline()
            xml.start("w:tr")
            xml.start("w:trPr")
            xml.empty("w:cantSplit")
            xml.end()
            for index in 0..<perRow {
                if index > 0 { emptyCell(width: widths[2 * index - 1], keepWithNext: keep && !last) }
                if index < row.count {
                    signatureCell(row[index], width: widths[2 * index], keepWithNext: keep && !last)
                } else {
                    emptyCell(width: widths[2 * index], keepWithNext: keep && !last)
                }
            }
            xml.end()
        }
        endTable()
    }

    private mutating func signatureCell(_ block: SignatureBlock, width: Length, keepWithNext: Bool) {
        xml.start("w:tc")
        xml.start("w:tcPr")
        xml.empty("w:tcW", [("w:w", String(width.twips)), ("w:type", "dxa")])
        xml.start("w:tcBorders")
        for side in ["top", "left", "bottom", "right"] { xml.empty("w:" + side, DOCXLook.rule()) }
        xml.end()
        xml.start("w:tcMar")
        let padding = String(Length.millimetres(2).twips)
        for side in ["top", "left", "bottom", "right"] { xml.empty("w:" + side, [("w:w", padding), ("w:type", "dxa")]) }
        xml.end()
        xml.end()
        // Every paragraph but the frame is kept with the next in any case: a box is one block.
        paragraph(.signatureOrganisation, [.text(block.onBehalf)], keepWithNext: true)
        if let capacity = block.capacity { paragraph(.signature, [.text(capacity)], keepWithNext: true) }
        if let representative = block.representative, !representative.isEmpty {
            paragraph(.signature, [.text(representative)], keepWithNext: true)
        } else {
            paragraph(.signatureLabel, [.text(block.nameLine)], keepWithNext: true)
            paragraph(.signatureBlankName, [], keepWithNext: true)
        }
        paragraph(.signatureLabel, [.text(block.signatureLabel)], keepWithNext: true)
        paragraph(.signatureBox, [], keepWithNext: keepWithNext)
        xml.end()
    }

    private mutating func emptyCell(width: Length, keepWithNext: Bool) {
        xml.start("w:tc")
        xml.start("w:tcPr")
        xml.empty("w:tcW", [("w:w", String(width.twips)), ("w:type", "dxa")])
        xml.end()
        xml.start("w:p")
        DOCXText.paragraphProperties(.signature, keepWithNext: keepWithNext, into: &xml)
        xml.end()
        xml.end()
    }

    /// Opens `w:tbl` with its properties and its grid of columns.
    private mutating func startTable(style: String, widths: [Length], caption: String?, leftPadding: Length, noPadding: Bool = false) {
        spaceAfterTable()
        xml.newline()
        xml.start("w:tbl")
        xml.start("w:tblPr")
        xml.empty("w:tblStyle", [("w:val", style)])
        xml.empty("w:tblW", [("w:w", String(OfficeLook.textWidth.twips)), ("w:type", "dxa")])
        xml.empty("w:tblInd", [("w:w", "0"), ("w:type", "dxa")])
        // Fixed: the columns keep the widths given, whatever the text.
        xml.empty("w:tblLayout", [("w:type", "fixed")])
        if noPadding {
            xml.start("w:tblCellMar")
            for side in ["top", "left", "bottom", "right"] { xml.empty("w:" + side, [("w:w", "0"), ("w:type", "dxa")]) }
            xml.end()
        } else {
            DOCXStyles.cellMargins(&xml, left: leftPadding)
        }
        if let caption { xml.empty("w:tblCaption", [("w:val", OfficeText.clean(caption))]) }
        xml.end()
        xml.start("w:tblGrid")
        for width in widths { xml.empty("w:gridCol", [("w:w", String(width.twips))]) }
        xml.end()
    }

    /// After a table, a short empty paragraph: a Word table has no margin,
    /// and the 8 pt are what the ODT leaves after its tables. Above all,
    /// two tables with no paragraph between them are one table to Word and
    /// LibreOffice, and the second's header row would then be a row in the
    /// middle, never repeated.
    private mutating func spaceAfterTable(height: Length = Length.points(8)) {
        guard afterTable else { return }
        afterTable = false
        xml.newline()
        xml.start("w:p")
        xml.start("w:pPr")
        xml.empty("w:spacing", [("w:before", "0"), ("w:after", "0"), ("w:line", String(height.twips)), ("w:lineRule", "exact")])
        xml.end()
        xml.end()
    }

    private mutating func endTable() {
        xml.newline()
        xml.end()
        afterTable = true
    }

    /// A cell and its paragraphs; an empty one still holds a paragraph, as Word requires.
    private mutating func cell(width: Length, fill: String?, style: OfficeStyle, _ paragraphs: [[Inline]]) {
        xml.start("w:tc")
        xml.start("w:tcPr")
        xml.empty("w:tcW", [("w:w", String(width.twips)), ("w:type", "dxa")])
        if let fill { xml.empty("w:shd", [("w:val", "clear"), ("w:color", "auto"), ("w:fill", fill)]) }
        xml.end()
        for runs in paragraphs.isEmpty ? [[]] : paragraphs {
            xml.start("w:p")
            DOCXText.paragraphProperties(style, into: &xml)
            DOCXText.write(runs, into: &xml)
            xml.end()
        }
        xml.end()
    }

    // MARK: - Page

    /// The section: A4 portrait, 2 cm margins, header and footer 1 cm from the edges.
    private mutating func section() {
        xml.newline()
        xml.start("w:sectPr")
        xml.empty("w:headerReference", [("w:type", "default"), ("r:id", Self.headerRelationship)])
        xml.empty("w:footerReference", [("w:type", "default"), ("r:id", Self.footerRelationship)])
        xml.empty("w:pgSz", [("w:w", String(OfficeLook.pageWidth.twips)), ("w:h", String(OfficeLook.pageHeight.twips))])
        let margin = String(OfficeLook.bodyMargin.twips), side = String(OfficeLook.sideMargin.twips)
        let edge = String(OfficeLook.headerFooterDistance.twips)
        xml.empty("w:pgMar", [("w:top", margin), ("w:right", side), ("w:bottom", margin), ("w:left", side),
                              ("w:header", edge), ("w:footer", edge), ("w:gutter", "0")])
        xml.end()
    }

    /// A bookmark name Word accepts, from an anchor: letters, digits and
    /// underscores, starting with a letter, at most 40 characters; unique.
    private mutating func bookmarkName(_ anchor: String) -> String {
        var base = String(anchor.unicodeScalars.map { scalar -> Character in
            scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) ? Character(scalar) : "_"
        })
        if !(base.first?.isLetter ?? false) { base = "s_" + base }
        base = String(base.prefix(36))
        var name = base
        var counter = 2
        while bookmarks.contains(name) {
            name = base + "_" + String(counter)
            counter += 1
        }
        bookmarks.insert(name)
        return name
    }
}

// MARK: - Figures

extension DOCXDocument {
    /// A chart: its title as a caption kept with what follows, then each
    /// picture of it (one per page of a long timeline, the axis on each)
    /// drawn as DrawingML shapes (``DOCXDrawing``), alone in a paragraph so
    /// that it never crosses a page. The sentence that says what the chart
    /// shows is the drawing's alternative text, not printed again: the
    /// tables just before hold the same figures.
    private mutating func figure(_ figure: Figure) {
        paragraph(.caption, [.text(figure.title)], keepWithNext: true)
        let pictures = FigureLayouts.pictures(figure)
        let id = String(figure.id.rawValue.map { $0 == "." ? "-" : $0 })
        for (index, picture) in pictures.enumerated() {
            let title = pictures.count == 1 ? figure.title : figure.title + " (\(index + 1)/\(pictures.count))"
            let drawing = DOCXDrawing(drawing: picture, name: "\(id)-\(index + 1)", title: OfficeText.clean(title),
                                      description: OfficeText.clean(figure.altText))
            xml.newline()
            xml.start("w:p")
            DOCXText.paragraphProperties(.body, into: &xml)
            nextDrawingID = drawing.write(into: &xml, firstID: nextDrawingID)
            xml.end()
        }
    }
}
