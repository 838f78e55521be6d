import PacteCore
import PacteDocument

/// Tables: a grid in the sans-serif face, the header row on a tinted band
/// and repeated at the top of each page the table continues on, under the
/// table's caption followed by « (suite) »; columns sized from their
/// content; the columns of figures (budgets) aligned right by their kind,
/// heading included; total rows in bold on a lighter band, kept with the
/// last row and with each other so that none starts a page alone. A row
/// moves to the next page whole, unless it alone is taller than a page:
/// then the paginator cuts it between lines (``RowSplitter``).
///
/// Tagged as a `Table`: its caption, a `THead` row of `TH` cells scoped to
/// their column, `TBody` rows of `TD`, and the totals in a `TFoot`; the
/// header drawn again on later pages is an artifact.
extension Composition {
    mutating func table(_ table: Table) {
        let columnCount = max(table.columns.count, table.rows.map(\.count).max() ?? 0, 1)
        // Every cell's text set once, for measuring the columns and then for breaking it into lines.
        func styled(_ rows: [[TableCell]], bold: Bool) -> [[[StyledText]]] {
            rows.map { row in
                (0..<columnCount).map { column in
                    let content = column < row.count ? row[column].paragraphs : []
                    return content.map { paragraph in
                        StyledText.make(bold ? paragraph.map { Inline.strong($0.plainText) } : paragraph, font: PageStyle.cell.font, encoder: &encoder)
                    }
                }
            }
        }
        let bodyText = styled(table.rows, bold: false), totalText = styled(table.totals, bold: true)
        let edges = columnEdges(table, count: columnCount, cells: bodyText + totalText)
        structure.open("Table")

        var captionLines: [Slice] = []
        if let caption = table.caption {
            let style = PageStyle.caption
            let tag = structure.leaf("Caption")
            let styled = StyledText.make(caption, font: style.font, encoder: &encoder)
            for (index, line) in LineBreaker.lines(styled, size: style.size, width: PageStyle.textWidth, lastResort: hyphenator).enumerated() {
                let slice = Slice(height: style.leading, spaceBefore: index == 0 ? PageStyle.blockSpacing : 0,
                                  items: styled.items(line, x: PageStyle.left, baseline: style.baseline, style: style, tag: tag), keepWithNext: true)
                append(slice)
                captionLines.append(slice)
            }
        }

        // A heading stands over its column: right-aligned over figures, as in the HTML.
        structure.open("THead")
        structure.open("TR")
        let headerTags = (0..<columnCount).map { _ in structure.leaf("TH", attributes: "/O /Table /Scope /Column") }
        structure.close()
        structure.close()
        func headerRow(tags: [StructureTag]) -> Slice {
            let cells = (0..<columnCount).map { column in
                cell(column < table.columns.count ? [StyledText.make([.strong(table.columns[column].heading)], font: PageStyle.cell.font, encoder: &encoder)] : [],
                     numeric: table.kind(ofColumn: column).isFigure, edges: edges, column: column, tag: tags[column])
            }
            // The header is never split: its labels are short.
            var slice = CellContent.row(cells, paddingY: PageStyle.cellPaddingY) { height in
                Self.grid(height: height, edges: edges, fill: .headerFill, top: true)
            }
            slice.splitter = nil
            return slice
        }
        let headerIndex = appendHeader(continuedHeader(table, row: headerRow(tags: headerTags.map { _ in .pagination })))
        var headerSlice = headerRow(tags: headerTags)
        headerSlice.spaceBefore = table.caption == nil ? PageStyle.blockSpacing : 2
        headerSlice.keepWithNext = true
        append(headerSlice)

        func appendRow(_ row: [[StyledText]], bold: Bool) {
            structure.open("TR")
            let tags = (0..<columnCount).map { _ in structure.leaf("TD") }
            structure.close()
            let cells = (0..<columnCount).map { column in
                cell(row[column], numeric: table.kind(ofColumn: column).isFigure, edges: edges, column: column, tag: tags[column])
            }
            var slice = CellContent.row(cells, paddingY: PageStyle.cellPaddingY) { height in
                Self.grid(height: height, edges: edges, fill: bold ? .footerFill : nil, top: false)
            }
            slice.header = headerIndex
            if bold { slice.role = .total }
            append(slice)
        }
        structure.open("TBody")
        for row in bodyText { appendRow(row, bold: false) }
        structure.close()
        if !table.totals.isEmpty {
            structure.open("TFoot")
            for row in totalText {
                keepLastWithNext()
                appendRow(row, bold: true)
            }
            structure.close()
        }
        structure.close()
        spaceAfterBlock()
    }

    /// The header drawn at the top of a page the table continues on: its
    /// caption (or the heading it stands under) and « (suite) », then the header row.
    private mutating func continuedHeader(_ table: Table, row: Slice) -> Slice {
        let style = PageStyle.caption
        let name = table.caption ?? lastHeading
        let suffix = language == .fr ? "(suite)" : "(continued)"
        var styled = StyledText.make(name.isEmpty ? suffix : name + " " + suffix, font: style.font, encoder: &encoder)
        var lines = LineBreaker.lines(styled, size: style.size, width: PageStyle.textWidth)
        if lines.count > 1 {
            // A name too long for one line: « (suite) » alone says enough.
            styled = StyledText.make(suffix, font: style.font, encoder: &encoder)
            lines = LineBreaker.lines(styled, size: style.size, width: PageStyle.textWidth)
        }
        var items: [PageItem] = []
        var height = 0.0
        for line in lines {
            items += styled.items(line, x: PageStyle.left, baseline: height + style.baseline, style: style, tag: .pagination)
            height += style.leading
        }
        height += 2
        items += row.items.map { $0.offset(by: height) }
        return Slice(height: height + row.height, items: items)
    }

    /// The x of each column's left edge, and the table's right edge, as a
    /// browser's automatic table layout gives them: each column at least
    /// as wide as its longest unbreakable word (a compound whole:
    /// « Co-construction »; figures held by no-break spaces), the room left
    /// shared in proportion to how much more each column's text would take
    /// unbroken. Where even the least widths exceed the page, they shrink
    /// in proportion, and words then break by French rules.
    private mutating func columnEdges(_ table: Table, count: Int, cells: [[[StyledText]]]) -> [Double] {
        let total = PageStyle.textWidth
        let padding = 2 * PageStyle.cellPaddingX + 0.5
        var least = [Double](repeating: 0, count: count)
        var most = [Double](repeating: 0, count: count)
        func measure(_ paragraphs: [StyledText], column: Int) {
            for styled in paragraphs {
                least[column] = max(least[column], LineBreaker.longestWord(styled, size: PageStyle.cell.size) + padding)
                most[column] = max(most[column], LineBreaker.naturalWidth(styled, size: PageStyle.cell.size) + padding)
            }
        }
        for (index, column) in table.columns.enumerated() where index < count {
            measure([StyledText.make([.strong(column.heading)], font: PageStyle.cell.font, encoder: &encoder)], column: index)
        }
        for row in cells {
            for column in 0..<min(count, row.count) { measure(row[column], column: column) }
        }
        // One absurd word cannot take more than half the table.
        least = least.map { min($0, total / 2) }
        most = zip(most, least).map { max($0, $1) }
        let leastSum = least.reduce(0, +), mostSum = most.reduce(0, +)
        var widths: [Double]
        if leastSum >= total {
            widths = least.map { $0 * total / leastSum }
        } else if mostSum <= total {
            // Everything fits unbroken: the room left goes to the columns of words, as the builder wished.
            let wished = table.columns.count == count ? table.columns.map { $0.kind.isFigure ? 0 : max($0.width, 0) } : []
            let wishedSum = wished.reduce(0, +)
            let shares = wishedSum > 0 && wishedSum.isFinite ? wished.map { $0 / wishedSum } : most.map { $0 / mostSum }
            widths = zip(most, shares).map { $0 + (total - mostSum) * $1 }
        } else {
            let room = (total - leastSum) / (mostSum - leastSum)
            widths = zip(least, most).map { $0 + ($1 - $0) * room }
        }
        var edges = [PageStyle.left]
        for width in widths { edges.append(edges[edges.count - 1] + width) }
        edges[edges.count - 1] = PageStyle.left + total
        return edges
    }

    /// A cell's paragraphs broken into lines in its column, right-aligned when numeric.
    private mutating func cell(_ paragraphs: [StyledText], numeric: Bool, edges: [Double], column: Int, tag: StructureTag) -> CellContent {
        let style = PageStyle.cell
        let left = edges[column] + PageStyle.cellPaddingX
        let width = edges[column + 1] - edges[column] - 2 * PageStyle.cellPaddingX
        var content = CellContent()
        for (index, styled) in paragraphs.enumerated() {
            for (lineIndex, line) in LineBreaker.lines(styled, size: style.size, width: width, lastResort: hyphenator).enumerated() {
                // A little air between the paragraphs of a cell (an action's title and its description).
                let gap = index > 0 && lineIndex == 0 ? 3.0 : 0
                let x = numeric ? left + width - line.width : left
                content.lines.append((style.leading + gap, styled.items(line, x: x, baseline: style.baseline + gap, style: style, tag: tag)))
            }
        }
        return content
    }

    /// A row's band and rules: an optional fill, the bottom rule, the
    /// column rules, and the top rule for the header (the first row on a page).
    private static func grid(height: Double, edges: [Double], fill: Colour?, top: Bool) -> (under: [PageItem], over: [PageItem]) {
        let left = edges[0], right = edges[edges.count - 1]
        var under: [PageItem] = []
        if let fill { under.append(.fill(x: left, y: 0, width: right - left, height: height, colour: fill)) }
        var over: [PageItem] = [.line(x1: left, y1: height, x2: right, y2: height, lineWidth: 0.5, colour: .rule)]
        if top { over.append(.line(x1: left, y1: 0, x2: right, y2: 0, lineWidth: 0.5, colour: .rule)) }
        for x in edges { over.append(.line(x1: x, y1: 0, x2: x, y2: height, lineWidth: 0.5, colour: .rule)) }
        return (under, over)
    }
}
