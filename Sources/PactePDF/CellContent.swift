import PacteCore
import PacteDocument

/// The content of one cell of a row laid side by side (a table cell, a
/// fact's label or value): lines stacked from the top, each with its height
/// and items placed relative to the line's top.
struct CellContent {
    var lines: [(height: Double, items: [PageItem])] = []

    /// The slice of a row of `cells`. `decorate` gives what is drawn under
    /// and over the text of a slice of a given height (backgrounds, then
    /// rules). A row taller than a page carries a ``RowSplitter``, so that
    /// the paginator can cut it between lines where the page ends: the only
    /// case where a row is split.
    static func row(_ cells: [CellContent], paddingY: Double,
                    decorate: @escaping (_ height: Double) -> (under: [PageItem], over: [PageItem])) -> Slice {
        RowSplitter(cells: cells, paddingY: paddingY, decorate: decorate, start: [Int](repeating: 0, count: cells.count)).laidOut()
    }
}

/// What is left of a row to lay out, and how to cut it.
struct RowSplitter {
    let cells: [CellContent]
    let paddingY: Double
    let decorate: (Double) -> (under: [PageItem], over: [PageItem])
    /// The first line of each cell still to place.
    let start: [Int]
    /// For each cell, the height of its lines from each line to the last:
    /// measured once, when the row is first cut, so that the rest of a row
    /// spanning hundreds of pages is measured in constant time at each cut
    /// rather than laid out again whole, which took quadratic time.
    private var heightsFrom: [[Double]]?

    init(cells: [CellContent], paddingY: Double, decorate: @escaping (Double) -> (under: [PageItem], over: [PageItem]), start: [Int]) {
        self.cells = cells
        self.paddingY = paddingY
        self.decorate = decorate
        self.start = start
    }

    /// The part of the rest that fits in `height` (always at least one line
    /// of each unfinished cell, so that even an impossible row makes
    /// progress), and the remainder, if any, measured but not laid out:
    /// the paginator lays it out with ``laidOut()`` when it draws it.
    func split(height: Double) -> (head: Slice, tail: Slice?) {
        let available = height - 2 * paddingY
        var next = start
        var text: [PageItem] = []
        var contentHeight = 0.0
        for (column, cell) in cells.enumerated() {
            var used = 0.0
            while next[column] < cell.lines.count {
                let line = cell.lines[next[column]]
                if used > 0 && used + line.height > available { break }
                text += line.items.map { $0.offset(by: paddingY + used) }
                used += line.height
                next[column] += 1
            }
            contentHeight = max(contentHeight, used)
        }
        let rowHeight = contentHeight + 2 * paddingY
        let decoration = decorate(rowHeight)
        let head = Slice(height: rowHeight, items: decoration.under + text + decoration.over)
        guard zip(next, cells).contains(where: { $0 < $1.lines.count }) else { return (head, nil) }
        var rest = RowSplitter(cells: cells, paddingY: paddingY, decorate: decorate, start: next)
        let heightsFrom = heightsFrom ?? cells.map { cell in
            var sums = [Double](repeating: 0, count: cell.lines.count + 1)
            for line in cell.lines.indices.reversed() { sums[line] = sums[line + 1] + cell.lines[line].height }
            return sums
        }
        rest.heightsFrom = heightsFrom
        let restHeight = zip(heightsFrom, next).map { $0[$1] }.max() ?? 0
        return (head, Slice(height: restHeight + 2 * paddingY, isLaidOut: false, splitter: rest))
    }

    /// The rest of the row whole, as one slice.
    func laidOut() -> Slice {
        var slice = split(height: .infinity).head
        slice.splitter = self
        return slice
    }
}
