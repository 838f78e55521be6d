import PacteCore
import PacteDocument

/// Tables: a grid in the sans-serif face, the header row on a tinted band
/// and repeated at the top of each page the table continues on, the
/// columns of figures (budgets) aligned right by their kind, total rows in
/// bold on a lighter band and kept with the last row. A row moves to the next page whole, unless it alone is taller
/// than a page: then the paginator cuts it between lines (``RowSplitter``).
extension Composition {
    mutating func table(_ table: Table) {
        let columnCount = max(table.columns.count, table.rows.map(\.count).max() ?? 0, 1)
        let edges = columnEdges(table, count: columnCount)

        if let caption = table.caption {
            let style = PageStyle.caption
            let styled = StyledText.make(caption, font: style.font, encoder: &encoder)
            for (index, line) in LineBreaker.lines(styled, size: style.size, width: PageStyle.textWidth).enumerated() {
                append(Slice(height: style.leading, spaceBefore: index == 0 ? PageStyle.blockSpacing : 0,
                             items: styled.items(line, x: PageStyle.left, baseline: style.baseline, style: style), keepWithNext: true))
            }
        }

        // A heading stands over its column: right-aligned over figures, as in the HTML.
        let headerCells = (0..<columnCount).map { column in
            cell(column < table.columns.count ? [[.strong(table.columns[column].heading)]] : [],
                 numeric: table.kind(ofColumn: column).isFigure, edges: edges, column: column)
        }
        // The header is never split: its labels are short.
        var headerSlice = CellContent.row(headerCells, paddingY: PageStyle.cellPaddingY) { height in
            Self.grid(height: height, edges: edges, fill: .headerFill, top: true)
        }
        headerSlice.splitter = nil
        let headerIndex = appendHeader(headerSlice)
        headerSlice.spaceBefore = table.caption == nil ? PageStyle.blockSpacing : 2
        headerSlice.keepWithNext = true
        append(headerSlice)

        func appendRow(_ row: [TableCell], bold: Bool) {
            let cells = (0..<columnCount).map { column in
                let content = column < row.count ? row[column].paragraphs : []
                let paragraphs = bold ? content.map { $0.map { Inline.strong($0.plainText) } } : content
                return cell(paragraphs, numeric: table.kind(ofColumn: column).isFigure, edges: edges, column: column)
            }
            var slice = CellContent.row(cells, paddingY: PageStyle.cellPaddingY) { height in
                Self.grid(height: height, edges: edges, fill: bold ? .footerFill : nil, top: false)
            }
            slice.header = headerIndex
            append(slice)
        }
        for row in table.rows { appendRow(row, bold: false) }
        if !table.totals.isEmpty {
            keepLastWithNext()
            for row in table.totals { appendRow(row, bold: true) }
        }
        spaceAfterBlock()
    }

    /// The x of each column's left edge, and the table's right edge. The
    /// relative widths are a wish: a column too narrow for its longest word
    /// (« Participation », « Co-construction ») grows, as in a browser's
    /// table layout, and the room comes from the columns with room to spare.
    private mutating func columnEdges(_ table: Table, count: Int) -> [Double] {
        let total = PageStyle.textWidth
        let wished = table.columns.map(\.width)
        let given = wished.count == count && wished.allSatisfy({ $0 > 0 && $0.isFinite }) ? wished : Array(repeating: 1, count: count)
        let sum = given.reduce(0, +)
        var widths = given.map { $0 / sum * total }

        // The least each column needs, capped so that one absurd word cannot starve the others.
        var needed = [Double](repeating: 0, count: count)
        func need(_ paragraphs: [[Inline]], bold: Bool, column: Int) {
            for paragraph in paragraphs {
                let runs = bold ? paragraph.map { Inline.strong($0.plainText) } : paragraph
                var probe = WinAnsi()  // measuring only: the cell itself reports substitutions
                let styled = StyledText.make(runs, font: PageStyle.cell.font, encoder: &probe)
                needed[column] = max(needed[column], LineBreaker.longestWord(styled, size: PageStyle.cell.size))
            }
        }
        for (index, column) in table.columns.enumerated() where index < count { need([[.text(column.heading)]], bold: true, column: index) }
        for (rows, bold) in [(table.rows, false), (table.totals, true)] {
            for row in rows {
                for (column, cell) in row.enumerated() where column < count { need(cell.paragraphs, bold: bold, column: column) }
            }
        }
        needed = needed.map { min($0 + 2 * PageStyle.cellPaddingX + 0.5, total / Double(count)) }

        let shortfall = zip(widths, needed).reduce(0) { $0 + max(0, $1.1 - $1.0) }
        let slack = zip(widths, needed).reduce(0) { $0 + max(0, $1.0 - $1.1) }
        if shortfall > 0, slack > 0 {
            let share = min(1, shortfall / slack)
            widths = zip(widths, needed).map { width, need in
                width < need ? need : width - (width - need) * share
            }
        }
        var edges = [PageStyle.left]
        for width in widths { edges.append(edges[edges.count - 1] + width) }
        edges[edges.count - 1] = PageStyle.left + total
        return edges
    }

    /// A cell's paragraphs broken into lines in its column, right-aligned when numeric.
    private mutating func cell(_ paragraphs: [[Inline]], numeric: Bool, edges: [Double], column: Int) -> CellContent {
        let style = PageStyle.cell
        let left = edges[column] + PageStyle.cellPaddingX
        let width = edges[column + 1] - edges[column] - 2 * PageStyle.cellPaddingX
        var content = CellContent()
        for (index, paragraph) in paragraphs.enumerated() {
            let styled = StyledText.make(paragraph, font: style.font, encoder: &encoder)
            for (lineIndex, line) in LineBreaker.lines(styled, size: style.size, width: width).enumerated() {
                // A little air between the paragraphs of a cell (an action's title and its description).
                let gap = index > 0 && lineIndex == 0 ? 3.0 : 0
                let x = numeric ? left + width - line.width : left
                content.lines.append((style.leading + gap, styled.items(line, x: x, baseline: style.baseline + gap, style: style)))
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
