import PacteCore
import PacteDocument

/// The document measured and cut into slices, block by block: every
/// block is broken into lines with the real font metrics at the column's
/// width, which does not depend on the page the block lands on. The
/// paginator then only stacks slices, taking them as each block is
/// composed: a long document's layout is never held whole.
///
/// What stays with what comes from what each part is (a heading, a
/// lead-in, the title block's facts), never from its shape.
struct Composition {
    /// The slices composed and not yet taken, in reading order.
    private var slices: [Slice] = []
    /// Table header rows, repeated after a page break inside their table.
    private var headers: [Slice] = []
    /// Encodes every string once and records what WinAnsi lacked.
    var encoder = WinAnsi()

    /// Space the next block keeps from a table or the signatures, whatever its own.
    private var spaceAfterPrevious = 0.0

    /// The height a slice may have: a page's text area.
    static let pageContentHeight = PageStyle.top - PageStyle.bottom

    /// What receives the slices: all but the last, which the next part
    /// may still keep with itself, until the document's `end`. The headers
    /// are lent, not kept: a copy held elsewhere would make each new
    /// header copy them all.
    typealias Taker = (_ slices: [Slice], _ headers: [Slice], _ end: Bool) -> Void

    /// Composes the document's parts in reading order, handing the slices
    /// to `take` as each part (a heading, a block) is composed.
    static func compose(_ document: Document, encoder: inout WinAnsi, take: Taker) {
        var composition = Composition()
        swap(&composition.encoder, &encoder)
        defer { swap(&composition.encoder, &encoder) }
        if let titleBlock = document.titleBlock { composition.titleBlock(titleBlock, take) }
        composition.blocks(document.preamble, take)
        for section in document.sections { composition.section(section, take) }
        if let page = document.signaturePage {
            composition.heading(page.heading)
            // The statement is kept with the boxes: no page holds only signatures.
            composition.paragraph([.text(page.statement)], leadsIn: true)
            composition.hand(take)
            composition.signatures(page.signatures)
            composition.hand(take)
        }
        take(composition.slices, composition.headers, true)
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

    private mutating func section(_ section: Section, _ take: Taker) {
        heading(section.heading)
        hand(take)
        blocks(section.blocks, take)
        for subsection in section.subsections { self.section(subsection, take) }
    }

    /// A lead-in or an intro stays with the block after it, within its
    /// section: the next heading is kept with its own text instead.
    private mutating func blocks(_ blocks: [Block], _ take: Taker) {
        for (index, block) in blocks.enumerated() {
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
        headingLines(title, style: PageStyle.title, spaceBefore: 0, bookmark: nil)
        if let subtitle { headingLines(subtitle, style: PageStyle.subsection, spaceBefore: 4, bookmark: nil) }
        append(rule(height: 12, at: 5, width: 1.5, colour: .accent))
        keepLastWithNext()
    }

    /// A section's heading (level 2) with a rule under it, or a
    /// subsection's (level 3 and below); levels 2 and 3 are bookmarked.
    mutating func heading(_ heading: Heading) {
        if heading.level <= 1 { return title(heading.text, subtitle: nil) }
        let (style, spaceBefore) = heading.level == 2 ? (PageStyle.section, 20.0) : (PageStyle.subsection, 13.0)
        headingLines(heading.text, style: style, spaceBefore: spaceBefore,
                     bookmark: heading.level <= 3 ? (heading.level, heading.text) : nil)
        if heading.level == 2 { append(rule(height: 6, at: 2.5, width: 0.5, colour: .rule)) }
        keepLastWithNext()
    }

    /// The lines of a heading, each kept with the next; the first carries the bookmark.
    private mutating func headingLines(_ text: String, style: TextStyle, spaceBefore: Double, bookmark: (level: Int, title: String)?) {
        let styled = StyledText.make(text, font: style.font, encoder: &encoder)
        let lines = LineBreaker.lines(styled, size: style.size, width: PageStyle.textWidth)
        for (index, line) in lines.enumerated() {
            var slice = Slice(height: style.leading, spaceBefore: index == 0 ? spaceBefore : 0,
                              items: styled.items(line, x: PageStyle.left, baseline: style.baseline, style: style),
                              keepWithNext: true)
            if index == 0 { slice.bookmark = bookmark }
            append(slice)
        }
        if lines.isEmpty, let bookmark {
            append(Slice(height: style.leading, spaceBefore: spaceBefore, keepWithNext: true, bookmark: bookmark))
        }
    }

    func rule(height: Double, at y: Double, width: Double, colour: Colour) -> Slice {
        Slice(height: height, items: [.line(x1: PageStyle.left, y1: y, x2: PageStyle.left + PageStyle.textWidth, y2: y,
                                            lineWidth: width, colour: colour)], keepWithNext: true)
    }

    // MARK: - Paragraphs and lists

    mutating func paragraph(_ inlines: [Inline], leadsIn: Bool) {
        let style = PageStyle.body
        let styled = StyledText.make(inlines, font: style.font, encoder: &encoder)
        let lines = LineBreaker.lines(styled, size: style.size, width: PageStyle.textWidth)
        appendLines(lines, of: styled, style: style, indent: 0, spaceBefore: PageStyle.paragraphSpacing, marker: [])
        if leadsIn { keepLastWithNext() }
    }

    mutating func list(ordered: Bool, items: [[Inline]]) {
        let style = PageStyle.body
        let indent = PageStyle.listIndent
        for (number, item) in items.enumerated() {
            let marker: [PageItem]
            if ordered {
                let markerStyle = style.with(font: .timesBold)
                let label = Array("\(number + 1).".utf8)
                let width = markerStyle.font.width(label, size: markerStyle.size)
                marker = [.text(x: PageStyle.left + indent - 5 - width, baseline: style.baseline, style: markerStyle, wordSpacing: 0, bytes: label)]
            } else {
                var bullet = style
                bullet.color = .accent
                marker = [.text(x: PageStyle.left + 5, baseline: style.baseline, style: bullet, wordSpacing: 0, bytes: [0x95])]
            }
            let styled = StyledText.make(item, font: style.font, encoder: &encoder)
            let lines = LineBreaker.lines(styled, size: style.size, width: PageStyle.textWidth - indent)
            appendLines(lines, of: styled, style: style, indent: indent,
                        spaceBefore: number == 0 ? PageStyle.paragraphSpacing : PageStyle.itemSpacing, marker: marker)
        }
    }

    /// One slice per line, the first two and the last two lines kept
    /// together so that no page starts or ends with a lone line of a paragraph.
    private mutating func appendLines(_ lines: [TextLine], of styled: StyledText, style: TextStyle, indent: Double,
                                      spaceBefore: Double, marker: [PageItem]) {
        let width = PageStyle.textWidth - indent
        guard !lines.isEmpty else {
            if !marker.isEmpty { append(Slice(height: style.leading, spaceBefore: spaceBefore, items: marker)) }
            return
        }
        for (index, line) in lines.enumerated() {
            var items = index == 0 ? marker : []
            items += styled.items(line, x: PageStyle.left + indent, baseline: style.baseline, style: style, justifiedWidth: width)
            let keep = lines.count > 1 && (index == 0 || index == lines.count - 2)
            append(Slice(height: style.leading, spaceBefore: index == 0 ? spaceBefore : 0, items: items, keepWithNext: keep))
        }
    }

    // MARK: - Facts

    /// Label–value pairs as two columns: small capitals on the left, the value in the body face.
    mutating func facts(_ facts: [Fact], closingRule: Bool) {
        let labelStyle = PageStyle.label, valueStyle = PageStyle.body
        let labels = facts.map { StyledText.make($0.label.uppercased(), font: labelStyle.font, encoder: &encoder) }
        let widest = labels.map { labelStyle.font.width($0.bytes, size: labelStyle.size) }.max() ?? 0
        let labelWidth = min(widest + 14, PageStyle.textWidth * 0.38)
        let valueX = PageStyle.left + labelWidth
        for (index, fact) in facts.enumerated() {
            var label = CellContent(), value = CellContent()
            // The label's baseline is the value's, whatever their sizes.
            for line in LineBreaker.lines(labels[index], size: labelStyle.size, width: labelWidth - 10) {
                label.lines.append((valueStyle.leading, labels[index].items(line, x: PageStyle.left, baseline: valueStyle.baseline, style: labelStyle)))
            }
            let styled = StyledText.make(fact.value, font: valueStyle.font, encoder: &encoder)
            for line in LineBreaker.lines(styled, size: valueStyle.size, width: PageStyle.textWidth - labelWidth) {
                value.lines.append((valueStyle.leading, styled.items(line, x: valueX, baseline: valueStyle.baseline, style: valueStyle)))
            }
            var row = CellContent.row([label, value], paddingY: 1) { _ in ([], []) }
            if index == 0 { row.spaceBefore = PageStyle.paragraphSpacing }
            append(row)
        }
        if closingRule {
            var rule = rule(height: 14, at: 8, width: 0.5, colour: .rule)
            rule.keepWithNext = false
            append(rule)
        }
    }
}
