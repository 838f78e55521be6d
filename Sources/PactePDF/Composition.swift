import PacteCore
import PacteDocument

/// The document measured and cut into slices, block by block: every
/// block is broken into lines with the real font metrics at the column's
/// width, which does not depend on the page the block lands on. The
/// paginator then only stacks slices, taking them as each block is
/// composed: a long document's layout is never held whole.
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

    /// Composes the document's blocks, handing the slices to `take` as
    /// they are final: all but the last, which the next block may still
    /// keep with itself, until the document's `end`. The headers are
    /// lent, not kept: a copy held elsewhere would make each new header
    /// copy them all.
    static func compose(_ document: Document, encoder: inout WinAnsi, take: (_ slices: [Slice], _ headers: [Slice], _ end: Bool) -> Void) {
        var composition = Composition()
        swap(&composition.encoder, &encoder)
        defer { swap(&composition.encoder, &encoder) }
        let blocks = document.blocks
        for index in blocks.indices {
            composition.compose(blocks, at: index)
            if composition.slices.count > 1 {
                let last = composition.slices.removeLast()
                take(composition.slices, composition.headers, false)
                composition.slices = [last]
            }
        }
        take(composition.slices, composition.headers, true)
    }

    private mutating func compose(_ blocks: [Block], at index: Int) {
        let next = index + 1 < blocks.count ? blocks[index + 1] : nil
        switch blocks[index] {
        case let .heading(level, text, _):
            heading(level: level, text: text)
        case let .paragraph(inlines):
            paragraph(inlines, leadsIn: Self.leadsIn(inlines, next: next))
        case let .list(ordered, items):
            list(ordered: ordered, items: items)
        case let .facts(facts):
            // The facts right under the title are the title block: a rule closes it.
            var isTitleBlock = false
            if index > 0, case .heading(1, _, _) = blocks[index - 1] { isTitleBlock = true }
            self.facts(facts, closingRule: isTitleBlock)
        case let .table(table):
            self.table(table)
        case let .signatures(blocks):
            signatures(blocks)
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

    /// A paragraph that introduces what follows stays with it: a lone bold
    /// line (« Chemin de décision ») or a sentence ending in a colon before a list.
    private static func leadsIn(_ inlines: [Inline], next: Block?) -> Bool {
        guard let next else { return false }
        if case .heading = next { return false }
        if inlines.count == 1, case .strong = inlines[0] { return true }
        if case .list = next, inlines.plainText.last == ":" { return true }
        return false
    }

    // MARK: - Headings

    mutating func heading(level: Int, text: String) {
        let style: TextStyle, spaceBefore: Double
        switch level {
        case ...1: (style, spaceBefore) = (PageStyle.title, 0)
        case 2: (style, spaceBefore) = (PageStyle.section, 20)
        default: (style, spaceBefore) = (PageStyle.subsection, 13)
        }
        let styled = StyledText.make(text, font: style.font, encoder: &encoder)
        let lines = LineBreaker.lines(styled, size: style.size, width: PageStyle.textWidth)
        for (index, line) in lines.enumerated() {
            var slice = Slice(height: style.leading, spaceBefore: index == 0 ? spaceBefore : 0,
                              items: styled.items(line, x: PageStyle.left, baseline: style.baseline, style: style),
                              keepWithNext: true)
            if index == 0, (2...3).contains(level) { slice.bookmark = (level, text) }
            append(slice)
        }
        if lines.isEmpty, (2...3).contains(level) {
            append(Slice(height: style.leading, spaceBefore: spaceBefore, keepWithNext: true, bookmark: (level, text)))
        }
        // A rule under the title and the sections, kept with the heading.
        switch level {
        case ...1: append(rule(height: 12, at: 5, width: 1.5, colour: .accent))
        case 2: append(rule(height: 6, at: 2.5, width: 0.5, colour: .rule))
        default: break
        }
        keepLastWithNext()
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
    mutating func facts(_ facts: [(label: String, value: String)], closingRule: Bool) {
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
