import PacteCore
import PacteDocument

/// The document measured and cut into slices, block by block: every
/// block is broken into lines with the real font metrics at the column's
/// width, which does not depend on the page the block lands on. The
/// paginator then only stacks slices, taking them as each block is
/// composed: a long document's layout is never held whole.
///
/// What stays with what comes from what each part is (a heading, a
/// lead-in, the title block's facts), never from its shape. Each part is
/// also given its node in the structure tree, whose tag its text carries.
struct Composition {
    /// The slices composed and not yet taken, in reading order.
    private var slices: [Slice] = []
    /// Table header rows, repeated (with « (suite) ») after a page break inside their table.
    private var headers: [Slice] = []
    /// Encodes every string once and records the glyphs used.
    var encoder = GlyphEncoder()
    /// The tagged PDF's structure, in reading order, shared with the paginator that draws it.
    let structure: StructureTree
    /// The document's language, for the words the layout adds (« (suite) »).
    let language: Language
    /// Justified text is hyphenated by French rules in a French document.
    let hyphenator: Hyphenator?
    /// The heading last set, which names a continued table without a caption.
    var lastHeading = ""
    /// The signature fields, in order, each the signatory's id.
    var fields: [String] = []

    /// Space the next block keeps from a table or the signatures, whatever its own.
    private var spaceAfterPrevious = 0.0

    /// The height a slice may have: a page's text area.
    static let pageContentHeight = PageStyle.top - PageStyle.bottom

    /// What receives the slices: all but the last, which the next part
    /// may still keep with itself, until the document's `end`. The headers
    /// are lent, not kept: a copy held elsewhere would make each new
    /// header copy them all.
    typealias Taker = (_ slices: [Slice], _ headers: [Slice], _ end: Bool) -> Void

    init(language: Language, structure: StructureTree) {
        self.language = language
        self.structure = structure
        hyphenator = language == .fr ? .french : nil
    }

    /// Composes the document's parts in reading order, handing the slices
    /// to `take` as each part (a heading, a block) is composed; what the
    /// composition learnt (glyphs used, structure, fields) is returned.
    static func compose(_ document: Document, structure: StructureTree, take: Taker) -> Composition {
        var composition = Composition(language: document.language, structure: structure)
        // The text just before the signatures stays on their page.
        let lastBlock = document.signaturePage == nil ? nil : Self.lastBlock(of: document)
        if let titleBlock = document.titleBlock { composition.titleBlock(titleBlock, take) }
        composition.blocks(document.preamble, lastBlock: lastBlock, take)
        for section in document.sections { composition.section(section, lastBlock: lastBlock, take) }
        if let page = document.signaturePage {
            composition.structure.open("Sect")
            composition.heading(page.heading)
            // The statement is kept with the boxes: no page holds only signatures.
            composition.paragraph([.text(page.statement)], leadsIn: true)
            composition.hand(take)
            composition.signatures(page.signatures)
            composition.hand(take)
            composition.structure.close()
        }
        take(composition.slices, composition.headers, true)
        return composition
    }

    /// The last block of the text, in reading order.
    private static func lastBlock(of document: Document) -> BlockID? {
        func last(_ section: Section) -> BlockID? {
            section.subsections.reversed().lazy.compactMap(last).first ?? section.blocks.last?.id
        }
        return document.sections.reversed().lazy.compactMap(last).first ?? document.preamble.last?.id
    }

    /// Hands over every slice but the last.
    private mutating func hand(_ take: Taker) {
        if slices.count > 1 {
            let last = slices.removeLast()
            take(slices, headers, false)
            slices = [last]
        }
    }

    private mutating func titleBlock(_ titleBlock: TitleBlock, _ take: Taker) {
        title(titleBlock.title, subtitle: titleBlock.subtitle)
        hand(take)
        if !titleBlock.facts.isEmpty {
            // A rule closes the title block.
            facts(titleBlock.facts, closingRule: true)
            hand(take)
        }
    }

    private mutating func section(_ section: Section, lastBlock: BlockID?, _ take: Taker) {
        structure.open("Sect")
        heading(section.heading)
        hand(take)
        blocks(section.blocks, lastBlock: lastBlock, take)
        for subsection in section.subsections { self.section(subsection, lastBlock: lastBlock, take) }
        structure.close()
    }

    /// A lead-in or an intro stays with the block after it, within its
    /// section: the next heading is kept with its own text instead. The
    /// text's last block stays whole with the signatures.
    private mutating func blocks(_ blocks: [Block], lastBlock: BlockID?, _ take: Taker) {
        for (index, block) in blocks.enumerated() {
            let beforeSignatures = block.id == lastBlock
            let first = slices.count
            switch block {
            case let .paragraph(paragraph):
                self.paragraph(paragraph.runs, leadsIn: paragraph.role.keepsWithNext && index + 1 < blocks.count)
            case let .list(list):
                self.list(ordered: list.isOrdered, items: list.items)
            case let .facts(facts):
                self.facts(facts.items, closingRule: false)
            case let .table(table):
                self.table(table)
            case let .figure(figure):
                self.figure(figure)
            }
            if beforeSignatures {
                // A paragraph or a list is kept whole; of a table, its last row.
                let whole: Bool
                if case .table = block { whole = false } else { whole = true }
                for position in (whole ? max(first, 0) : slices.count - 1)..<slices.count where position >= 0 {
                    slices[position].keepWithNext = true
                }
            }
            hand(take)
        }
    }

    mutating func append(_ slice: Slice) {
        var slice = slice
        slice.spaceBefore = max(slice.spaceBefore, spaceAfterPrevious)
        spaceAfterPrevious = 0
        slices.append(slice)
    }

    /// Leaves some air after a framed block (a table, the signatures) before the next one.
    mutating func spaceAfterBlock() { spaceAfterPrevious = PageStyle.blockSpacing }

    mutating func appendHeader(_ slice: Slice) -> Int {
        headers.append(slice)
        return headers.count - 1
    }

    /// Marks the last slice as kept with whatever follows.
    mutating func keepLastWithNext() {
        if !slices.isEmpty { slices[slices.count - 1].keepWithNext = true }
    }

    // MARK: - Headings

    /// The document's title, its subtitle under it, and the rule under both.
    mutating func title(_ title: String, subtitle: String?) {
        headingLines(title, style: PageStyle.title, spaceBefore: 0, bookmark: nil, tag: structure.leaf("H1"))
        if let subtitle { headingLines(subtitle, style: PageStyle.subsection, spaceBefore: 4, bookmark: nil, tag: structure.leaf("P")) }
        append(rule(height: 12, at: 5, width: 1.5, colour: .accent))
        keepLastWithNext()
    }

    /// A section's heading (level 2) with a rule under it, or a
    /// subsection's (level 3 and below); levels 2 and 3 are bookmarked.
    mutating func heading(_ heading: Heading) {
        lastHeading = heading.text
        if heading.level <= 1 { return title(heading.text, subtitle: nil) }
        let (style, spaceBefore) = heading.level == 2 ? (PageStyle.section, 20.0) : (PageStyle.subsection, 13.0)
        headingLines(heading.text, style: style, spaceBefore: spaceBefore,
                     bookmark: heading.level <= 3 ? (heading.level, heading.text) : nil, tag: structure.leaf("H\(min(heading.level, 6))"))
        if heading.level == 2 { append(rule(height: 6, at: 2.5, width: 0.5, colour: .rule)) }
        keepLastWithNext()
    }

    /// The lines of a heading, each kept with the next; the first carries the bookmark.
    private mutating func headingLines(_ text: String, style: TextStyle, spaceBefore: Double, bookmark: (level: Int, title: String)?,
                                       tag: StructureTag) {
        let styled = StyledText.make(text, font: style.font, encoder: &encoder)
        let lines = LineBreaker.lines(styled, size: style.size, width: PageStyle.textWidth, lastResort: hyphenator)
        for (index, line) in lines.enumerated() {
            var slice = Slice(height: style.leading, spaceBefore: index == 0 ? spaceBefore : 0,
                              items: styled.items(line, x: PageStyle.left, baseline: style.baseline, style: style, tag: tag),
                              keepWithNext: true)
            slice.role = .heading
            if index == 0 { slice.bookmark = bookmark }
            append(slice)
        }
        if lines.isEmpty, let bookmark {
            append(Slice(height: style.leading, spaceBefore: spaceBefore, keepWithNext: true, bookmark: bookmark, role: .heading))
        }
    }

    func rule(height: Double, at y: Double, width: Double, colour: Colour) -> Slice {
        Slice(height: height, items: [.line(x1: PageStyle.left, y1: y, x2: PageStyle.left + PageStyle.textWidth, y2: y,
                                            lineWidth: width, colour: colour)], keepWithNext: true, role: .heading)
    }

    // MARK: - Paragraphs and lists

    mutating func paragraph(_ inlines: [Inline], leadsIn: Bool) {
        let style = PageStyle.body
        let tag = structure.leaf("P")
        let styled = StyledText.make(inlines, font: style.font, encoder: &encoder)
        let lines = LineBreaker.lines(styled, size: style.size, width: PageStyle.textWidth, hyphenator: hyphenator)
        appendLines(lines, of: styled, style: style, indent: 0, spaceBefore: PageStyle.paragraphSpacing, marker: [], tag: tag)
        if leadsIn { keepLastWithNext() }
    }

    mutating func list(ordered: Bool, items: [[Inline]]) {
        let style = PageStyle.body
        let indent = PageStyle.listIndent
        structure.open("L", attributes: "/O /List /ListNumbering /\(ordered ? "Decimal" : "Disc")")
        for (number, item) in items.enumerated() {
            structure.open("LI")
            let label = structure.leaf("Lbl")
            let marker: [PageItem]
            if ordered {
                let markerStyle = style.with(font: .serifBold)
                let glyphs = encoder.encode("\(number + 1).", font: markerStyle.font)
                var text = StyledText()
                text.append(glyphs, font: markerStyle.font)
                let width = markerStyle.font.width(glyphs, size: markerStyle.size)
                let line = TextLine(start: 0, end: glyphs.count, width: width, spaces: 0, isLast: true)
                marker = text.items(line, x: PageStyle.left + indent - 5 - width, baseline: style.baseline, style: markerStyle, tag: label)
            } else {
                var bullet = style
                bullet.color = .accent
                let glyphs = encoder.encode("•", font: style.font)
                var text = StyledText()
                text.append(glyphs, font: style.font)
                let line = TextLine(start: 0, end: glyphs.count, width: 0, spaces: 0, isLast: true)
                marker = text.items(line, x: PageStyle.left + 5, baseline: style.baseline, style: bullet, tag: label)
            }
            let body = structure.leaf("LBody")
            let styled = StyledText.make(item, font: style.font, encoder: &encoder)
            let lines = LineBreaker.lines(styled, size: style.size, width: PageStyle.textWidth - indent, hyphenator: hyphenator)
            appendLines(lines, of: styled, style: style, indent: indent,
                        spaceBefore: number == 0 ? PageStyle.paragraphSpacing : PageStyle.itemSpacing, marker: marker, tag: body)
            structure.close()
        }
        structure.close()
    }

    /// One slice per line, the first two and the last two lines kept
    /// together so that no page starts or ends with a lone line of a paragraph.
    private mutating func appendLines(_ lines: [TextLine], of styled: StyledText, style: TextStyle, indent: Double,
                                      spaceBefore: Double, marker: [PageItem], tag: StructureTag) {
        let width = PageStyle.textWidth - indent
        guard !lines.isEmpty else {
            if !marker.isEmpty { append(Slice(height: style.leading, spaceBefore: spaceBefore, items: marker)) }
            return
        }
        for (index, line) in lines.enumerated() {
            var items = index == 0 ? marker : []
            items += styled.items(line, x: PageStyle.left + indent, baseline: style.baseline, style: style, justifiedWidth: width, tag: tag)
            let keep = lines.count > 1 && (index == 0 || index == lines.count - 2)
            append(Slice(height: style.leading, spaceBefore: index == 0 ? spaceBefore : 0, items: items, keepWithNext: keep))
        }
    }

    // MARK: - Facts

    /// Label–value pairs as two columns: small capitals on the left, the
    /// value in the body face; tagged as a table whose labels head their rows.
    mutating func facts(_ facts: [Fact], closingRule: Bool) {
        let labelStyle = PageStyle.label, valueStyle = PageStyle.body
        let labels = facts.map { StyledText.make($0.label.uppercased(), font: labelStyle.font, encoder: &encoder) }
        let widest = labels.map { LineBreaker.naturalWidth($0, size: labelStyle.size) }.max() ?? 0
        let labelWidth = min(widest + 14, PageStyle.textWidth * 0.38)
        let valueX = PageStyle.left + labelWidth
        structure.open("Table")
        for (index, fact) in facts.enumerated() {
            structure.open("TR")
            let labelTag = structure.leaf("TH", attributes: "/O /Table /Scope /Row")
            let valueTag = structure.leaf("TD")
            structure.close()
            var label = CellContent(), value = CellContent()
            // The label's baseline is the value's, whatever their sizes.
            for line in LineBreaker.lines(labels[index], size: labelStyle.size, width: labelWidth - 10, lastResort: hyphenator) {
                label.lines.append((valueStyle.leading, labels[index].items(line, x: PageStyle.left, baseline: valueStyle.baseline,
                                                                           style: labelStyle, tag: labelTag)))
            }
            let styled = StyledText.make(fact.value, font: valueStyle.font, encoder: &encoder)
            for line in LineBreaker.lines(styled, size: valueStyle.size, width: PageStyle.textWidth - labelWidth, lastResort: hyphenator) {
                value.lines.append((valueStyle.leading, styled.items(line, x: valueX, baseline: valueStyle.baseline, style: valueStyle, tag: valueTag)))
            }
            var row = CellContent.row([label, value], paddingY: 1) { _ in ([], []) }
            if index == 0 { row.spaceBefore = PageStyle.paragraphSpacing }
            append(row)
        }
        structure.close()
        if closingRule {
            var rule = rule(height: 14, at: 8, width: 0.5, colour: .rule)
            rule.keepWithNext = false
            rule.role = .text
            append(rule)
        }
    }
}
