import PacteDocument
import PacteFigures

/// `content.xml` of the ODT package: the document's parts in reading
/// order, each as what it is — headings as `text:h` at their outline
/// level, paragraphs in the named style of their role, lists as
/// `text:list`, facts and tables as real tables (a table's header row in
/// `table:table-header-rows`, which LibreOffice repeats on each page),
/// the signature page as a table of boxes. The geometry of the tables
/// (column widths, cell borders) is in automatic styles, named in the
/// order first needed, so that the same document gives the same bytes.
struct ODTContent {
    private let document: Document
    /// The body, written first: the automatic styles before it depend on
    /// the tables it holds.
    private var body = XMLWriter(fragmentAt: 3)
    /// The column widths of each table style, in the order first used; a
    /// table of the same widths shares its style.
    private var tableStyles: [[Length]] = []
    /// The names given to tables, kept unique as ODF asks.
    private var tableNames: Set<String> = []
    /// The style of the signature table, once written.
    private var signatureTableStyle: String?
    /// The charts' pictures, by their path in the package, in order.
    private var pictures: [(path: String, bytes: [UInt8])] = []

    /// The automatic style of each kind of cell and row.
    private enum CellStyle: String, CaseIterable {
        case heading = "Cell.Heading", body = "Cell.Body", total = "Cell.Total", fact = "Cell.Fact"
        case signature = "Cell.Signature", gap = "Cell.Gap"
    }
    private static let keptRow = "Row.Kept"
    private static let gapRow = "Row.Gap"
    private static let signatureTable = "Table.Signatures"
    private static let keptSignatureTable = "Table.Signatures.Kept"

    init(_ document: Document) {
        self.document = document
    }

    static func write(_ document: Document) -> [UInt8] {
        writeWithPictures(document).content
    }

    /// `content.xml`, and the pictures it shows, for the package.
    static func writeWithPictures(_ document: Document) -> (content: [UInt8], pictures: [(path: String, bytes: [UInt8])]) {
        var content = ODTContent(document)
        content.writeBody()
        var xml = XMLWriter()
        xml.start("office:document-content", [
            ODTNamespaces.office, ODTNamespaces.style, ODTNamespaces.text, ODTNamespaces.table,
            ODTNamespaces.fo, ODTNamespaces.svg, ODTNamespaces.draw, ODTNamespaces.xlink, ODTNamespaces.version,
        ])
        xml.newline()
        ODTStyles.fontFaces(&xml)
        xml.newline()
        content.automaticStyles(&xml)
        xml.newline()
        xml.start("office:body")
        xml.newline()
        xml.start("office:text")
        xml.append(fragment: content.body)
        xml.newline()
        xml.end()
        xml.newline()
        xml.end()
        xml.newline()
        xml.end()
        return (xml.finish(), content.pictures)
    }

    // MARK: - Walk

    /// The parts in the order of the PDF and the HTML.
    private mutating func writeBody() {
        if let titleBlock = document.titleBlock {
            heading(Heading(level: 1, titleBlock.title, anchor: titleBlock.anchor))
            if let subtitle = titleBlock.subtitle { paragraph(.subtitle, [.text(subtitle)]) }
            if !titleBlock.facts.isEmpty { facts(titleBlock.facts, name: titleBlock.id.rawValue + ".faits") }
        }
        blocks(document.preamble)
        for section in document.sections { self.section(section) }
        if let page = document.signaturePage {
            heading(page.heading)
            // Kept with the boxes: a page never holds only signatures.
            paragraph(OfficeStyle(Paragraph.Role.intro), [.text(page.statement)])
            signatures(page.signatures, name: page.id.rawValue)
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
            case .facts(let facts): self.facts(facts.items, name: facts.id.rawValue)
            case .table(let table): self.table(table)
            case .figure(let figure): self.figure(figure)
            }
        }
    }

    // MARK: - Text blocks

    /// A heading at its outline level, with a bookmark named after its
    /// anchor for cross-references.
    private mutating func heading(_ heading: Heading) {
        let style = OfficeStyle.heading(heading.level)
        body.newline()
        body.start("text:h", [("text:style-name", style.odfName), ("text:outline-level", String(style.outlineLevel ?? 1))])
        body.empty("text:bookmark", [("text:name", heading.anchor)])
        ODTText.write(heading.text, into: &body)
        body.end()
    }

    private mutating func paragraph(_ style: OfficeStyle, _ runs: [Inline]) {
        body.newline()
        body.start("text:p", [("text:style-name", style.odfName)])
        ODTText.write(runs, into: &body)
        body.end()
    }

    /// A list; each `text:list` numbers from 1. An empty list is not written.
    private mutating func list(_ list: List) {
        guard !list.items.isEmpty else { return }
        let (listStyle, itemStyle) = list.isOrdered
            ? (ODTStyles.numberedList, OfficeStyle.listNumber) : (ODTStyles.bulletedList, OfficeStyle.listBullet)
        body.newline()
        body.start("text:list", [("text:style-name", listStyle)])
        for item in list.items {
            body.newline()
            body.start("text:list-item")
            body.start("text:p", [("text:style-name", itemStyle.odfName)])
            ODTText.write(item, into: &body)
            body.end()
            body.end()
        }
        body.newline()
        body.end()
    }

    // MARK: - Tables

    /// Label–value pairs as a table of two columns without rules; none without a pair.
    private mutating func facts(_ facts: [Fact], name: String) {
        guard !facts.isEmpty else { return }
        let label = OfficeTable.factLabelWidth(facts, width: OfficeLook.textWidth)
        startTable(name: name, style: tableStyle([label, OfficeLook.textWidth - label]))
        for fact in facts {
            body.newline()
            body.start("table:table-row")
            cell(.fact, style: .factLabel, [[.text(fact.label)]])
            cell(.fact, style: .factValue, [[.text(fact.value)]])
            body.end()
        }
        body.newline()
        body.end()
    }

    /// A table under its caption: the header row repeated on every page
    /// the table runs over, figures aligned right from the column's kind,
    /// the total rows in bold after the body.
    private mutating func table(_ table: Table) {
        let layout = OfficeTable(table, width: OfficeLook.textWidth)
        if let caption = table.caption, !caption.isEmpty { paragraph(.caption, [.text(caption)]) }
        guard !layout.isEmpty else { return }
        startTable(name: table.id.rawValue, style: tableStyle(layout.widths))
        if !layout.header.isEmpty {
            body.newline()
            body.start("table:table-header-rows")
            body.start("table:table-row", [("table:style-name", Self.keptRow)])
            for (column, heading) in layout.header.enumerated() {
                cell(.heading, style: layout.kinds[column].isFigure ? .tableHeadingFigures : .tableHeading, heading.isEmpty ? [] : [[.text(heading)]])
            }
            body.end()
            body.end()
        }
        for (rows, cellStyle, figures, words) in [(layout.rows, CellStyle.body, OfficeStyle.tableContentsFigures, OfficeStyle.tableContents),
                                                  (layout.totals, .total, .tableTotalFigures, .tableTotal)] {
            for row in rows {
                // A row is not cut across pages (an action's title left alone at a page's foot):
                // LibreOffice still breaks one taller than a page.
                body.newline()
                body.start("table:table-row", [("table:style-name", Self.keptRow)])
                for (column, content) in row.enumerated() {
                    cell(cellStyle, style: layout.kinds[column].isFigure ? figures : words, content.paragraphs)
                }
                body.end()
            }
        }
        body.newline()
        body.end()
    }

    /// The signature page: a row per two signatories, a narrow gap between
    /// their boxes; each box the organisation, its representative (or a
    /// line to write a name on), « Fait à … », and the frame to sign and
    /// stamp in. A row never breaks across pages, and the whole table is
    /// kept on one page when it surely fits there.
    private mutating func signatures(_ blocks: [SignatureBlock], name: String) {
        guard !blocks.isEmpty else { return }
        let rows = stride(from: 0, to: blocks.count, by: OfficeLook.signaturesPerRow).map {
            Array(blocks[$0..<min($0 + OfficeLook.signaturesPerRow, blocks.count)])
        }
        let style = rows.count <= OfficeLook.signatureRowsKeptTogether ? Self.keptSignatureTable : Self.signatureTable
        signatureTableStyle = style
        startTable(name: name, style: style)
        for (number, row) in rows.enumerated() {
            if number > 0 {
                // A narrow row of nothing keeps the rows of boxes apart, as the gap column does their sides.
                body.newline()
                body.start("table:table-row", [("table:style-name", Self.gapRow)])
                for _ in 0..<(2 * OfficeLook.signaturesPerRow - 1) { emptyCell(.gap) }
                body.end()
            }
            body.newline()
            body.start("table:table-row", [("table:style-name", Self.keptRow)])
            for index in 0..<OfficeLook.signaturesPerRow {
                if index > 0 { emptyCell(.gap) }
                if index < row.count { signatureCell(row[index]) } else { emptyCell(.gap) }
            }
            body.end()
        }
        body.newline()
        body.end()
    }

    private mutating func signatureCell(_ block: SignatureBlock) {
        body.start("table:table-cell", [("table:style-name", CellStyle.signature.rawValue), ("office:value-type", "string")])
        paragraph(.signatureOrganisation, [.text(block.onBehalf)])
        if let capacity = block.capacity { paragraph(.signature, [.text(capacity)]) }
        if let representative = block.representative, !representative.isEmpty {
            paragraph(.signature, [.text(representative)])
        } else {
            paragraph(.signatureLabel, [.text(block.nameLine)])
            paragraph(.signatureBlankName, [])
        }
        paragraph(.signatureLabel, [.text(block.signatureLabel)])
        paragraph(.signatureBox, [])
        body.end()
    }

    /// Opens `table:table` and writes its columns.
    private mutating func startTable(name: String, style: String) {
        body.newline()
        body.start("table:table", [("table:name", uniqueName(name)), ("table:style-name", style)])
        for column in 1...columnCount(ofStyle: style) {
            body.newline()
            body.empty("table:table-column", [("table:style-name", "\(style).C\(column)")])
        }
    }

    private mutating func cell(_ cellStyle: CellStyle, style: OfficeStyle, _ paragraphs: [[Inline]]) {
        body.start("table:table-cell", [("table:style-name", cellStyle.rawValue), ("office:value-type", "string")])
        // An empty cell still holds a paragraph in its style, so that text typed there takes it.
        for runs in paragraphs.isEmpty ? [[]] : paragraphs {
            body.start("text:p", [("text:style-name", style.odfName)])
            ODTText.write(runs, into: &body)
            body.end()
        }
        body.end()
    }

    private mutating func emptyCell(_ cellStyle: CellStyle) {
        body.start("table:table-cell", [("table:style-name", cellStyle.rawValue), ("office:value-type", "string")])
        body.empty("text:p", [("text:style-name", OfficeStyle.signature.odfName)])
        body.end()
    }

    /// A table's name made from its block id: LibreOffice refers to cells
    /// as `Table.A1`, so the id's dots become underscores; unique.
    private mutating func uniqueName(_ id: String) -> String {
        let base = String(id.map { $0 == "." || $0 == " " ? "_" : $0 })
        var name = base.isEmpty ? "Tableau" : base
        var counter = 2
        while tableNames.contains(name) {
            name = base + "_" + String(counter)
            counter += 1
        }
        tableNames.insert(name)
        return name
    }

    // MARK: - Automatic styles

    /// The name of the table style for columns of `widths`: `T1`, `T2`…
    private mutating func tableStyle(_ widths: [Length]) -> String {
        if let index = tableStyles.firstIndex(of: widths) { return "T\(index + 1)" }
        tableStyles.append(widths)
        return "T\(tableStyles.count)"
    }

    private func columnCount(ofStyle style: String) -> Int {
        if style == Self.signatureTable || style == Self.keptSignatureTable { return 2 * OfficeLook.signaturesPerRow - 1 }
        guard let index = Int(style.dropFirst()), index >= 1, index <= tableStyles.count else { return 1 }
        return tableStyles[index - 1].count
    }

    private func automaticStyles(_ xml: inout XMLWriter) {
        xml.start("office:automatic-styles")
        var tables = tableStyles.enumerated().map { ("T\($0.offset + 1)", $0.element, true) }
        if let style = signatureTableStyle {
            tables.append((style, OfficeTable.signatureWidths, style == Self.signatureTable))
        }
        for (name, widths, mayBreak) in tables {
            xml.newline()
            xml.start("style:style", [("style:name", name), ("style:family", "table")])
            var properties = [("style:width", OfficeLook.textWidth.odf), ("table:align", "margins"),
                              ("fo:margin-top", Length.points(3).odf), ("fo:margin-bottom", Length.points(8).odf)]
            if !mayBreak { properties.append(("style:may-break-between-rows", "false")) }
            properties.append(("table:border-model", "collapsing"))
            xml.empty("style:table-properties", properties)
            xml.end()
            for (index, width) in widths.enumerated() {
                xml.newline()
                xml.start("style:style", [("style:name", "\(name).C\(index + 1)"), ("style:family", "table-column")])
                xml.empty("style:table-column-properties", [("style:column-width", width.odf), ("style:rel-column-width", "\(width.twips)*")])
                xml.end()
            }
        }
        xml.newline()
        xml.start("style:style", [("style:name", Self.keptRow), ("style:family", "table-row")])
        xml.empty("style:table-row-properties", [("fo:keep-together", "always")])
        xml.end()
        if signatureTableStyle != nil {
            xml.newline()
            xml.start("style:style", [("style:name", Self.gapRow), ("style:family", "table-row")])
            xml.empty("style:table-row-properties", [("style:row-height", OfficeLook.signatureGap.odf), ("fo:keep-together", "always")])
            xml.end()
        }
        let rule = "\(OfficeLook.borderWidth.odf) solid #\(OfficeLook.rule)"
        for style in CellStyle.allCases {
            var properties: [(String, String)]
            switch style {
            case .heading: properties = [("fo:background-color", "#" + OfficeLook.headerFill), ("fo:border", rule)]
            case .body: properties = [("fo:border", rule)]
            case .total: properties = [("fo:background-color", "#" + OfficeLook.totalFill), ("fo:border", rule)]
            case .fact: properties = [("fo:border", "none")]
            case .signature: properties = [("fo:border", rule)]
            case .gap: properties = [("fo:border", "none")]
            }
            let padding = style == .signature ? Length.millimetres(2) : OfficeLook.cellPaddingX
            let paddingY = style == .signature ? Length.millimetres(2) : OfficeLook.cellPaddingY
            properties += [("fo:padding-left", style == .fact ? "0pt" : padding.odf), ("fo:padding-right", padding.odf),
                           ("fo:padding-top", paddingY.odf), ("fo:padding-bottom", paddingY.odf),
                           ("style:vertical-align", "top")]
            xml.newline()
            xml.start("style:style", [("style:name", style.rawValue), ("style:family", "table-cell")])
            xml.empty("style:table-cell-properties", properties)
            xml.end()
        }
        xml.newline()
        xml.end()
    }
}

// MARK: - Figures

extension ODTContent {
    /// A chart: its title as a caption, then each page of it as an SVG
    /// picture in the package (`Pictures/figure-1.svg`…), in a frame set
    /// as a character of its own paragraph, at the text's width, with the
    /// chart's title and alt text as the frame's `svg:title` and `svg:desc`.
    private mutating func figure(_ figure: Figure) {
        paragraph(.caption, [.text(figure.title)])
        let pages = FigureLayouts.pictures(figure)
        let id = String(figure.id.rawValue.map { $0 == "." ? "-" : $0 })
        for (index, page) in pages.enumerated() {
            let path = "Pictures/figure-\(pictures.count + 1).svg"
            let title = pages.count == 1 ? figure.title : figure.title + " (\(index + 1)/\(pages.count))"
            pictures.append((path, Array(SVGWriter.svg(page, id: id + "-\(index + 1)", title: title, description: figure.altText,
                                                       standalone: true).utf8)))
            let width = min(OfficeLook.textWidth, Length(twips: Int(page.width * 20)))
            let height = Length(twips: Int((Double(width.twips) * page.height / page.width).rounded()))
            body.newline()
            body.start("text:p", [("text:style-name", OfficeStyle.body.odfName)])
            body.start("draw:frame", [
                ("draw:name", "\(id)-\(index + 1)"), ("text:anchor-type", "as-char"),
                ("svg:width", width.odf), ("svg:height", height.odf), ("draw:z-index", "0"),
            ])
            body.empty("draw:image", [
                ("xlink:href", path), ("xlink:type", "simple"), ("xlink:show", "embed"), ("xlink:actuate", "onLoad"),
                ("draw:mime-type", "image/svg+xml"),
            ])
            body.start("svg:title")
            body.text(title)
            body.end()
            body.start("svg:desc")
            body.text(figure.altText)
            body.end()
            body.end()
            body.end()
        }
    }
}
