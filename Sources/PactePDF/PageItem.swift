import PacteCore
import PacteDocument

/// What a slice draws, placed relative to the slice's top-left corner with
/// `y` growing downwards (the way the layout thinks); the content stream
/// turns it into PDF coordinates when the slice is given its place.
enum PageItem {
    /// One run of text in one font, `baseline` below the slice's top.
    /// `wordSpacing` widens each space of a justified line.
    case text(x: Double, baseline: Double, style: TextStyle, wordSpacing: Double, bytes: [UInt8])
    /// A filled rectangle (table header and total rows).
    case fill(x: Double, y: Double, width: Double, height: Double, colour: Colour)
    /// A stroked rectangle (the signature box).
    case frame(x: Double, y: Double, width: Double, height: Double, lineWidth: Double, colour: Colour)
    /// A straight line (rules, table grid).
    case line(x1: Double, y1: Double, x2: Double, y2: Double, lineWidth: Double, colour: Colour)

    /// The same item moved right by `dx`.
    func moved(by dx: Double) -> PageItem {
        switch self {
        case let .text(x, baseline, style, spacing, bytes):
            .text(x: x + dx, baseline: baseline, style: style, wordSpacing: spacing, bytes: bytes)
        case let .fill(x, y, width, height, colour):
            .fill(x: x + dx, y: y, width: width, height: height, colour: colour)
        case let .frame(x, y, width, height, lineWidth, colour):
            .frame(x: x + dx, y: y, width: width, height: height, lineWidth: lineWidth, colour: colour)
        case let .line(x1, y1, x2, y2, lineWidth, colour):
            .line(x1: x1 + dx, y1: y1, x2: x2 + dx, y2: y2, lineWidth: lineWidth, colour: colour)
        }
    }

    /// The same item moved down by `dy`.
    func offset(by dy: Double) -> PageItem {
        switch self {
        case let .text(x, baseline, style, spacing, bytes):
            .text(x: x, baseline: baseline + dy, style: style, wordSpacing: spacing, bytes: bytes)
        case let .fill(x, y, width, height, colour):
            .fill(x: x, y: y + dy, width: width, height: height, colour: colour)
        case let .frame(x, y, width, height, lineWidth, colour):
            .frame(x: x, y: y + dy, width: width, height: height, lineWidth: lineWidth, colour: colour)
        case let .line(x1, y1, x2, y2, lineWidth, colour):
            .line(x1: x1, y1: y1 + dy, x2: x2, y2: y2 + dy, lineWidth: lineWidth, colour: colour)
        }
    }
}

/// The unit of pagination: a horizontal band that is never split across
/// pages (a line of text, a table row, a signature row).
struct Slice {
    /// The band's height.
    var height: Double
    /// Space above the band, dropped at the top of a page.
    var spaceBefore: Double = 0
    /// What it draws.
    var items: [PageItem] = []
    /// Whether a page break between this band and the next is forbidden
    /// (a heading and its text, a paragraph's first two lines, a table's
    /// last row and its total).
    var keepWithNext = false
    /// The header slice (an index into ``Composition/headers``) drawn again
    /// when a page break falls before this band: a table's header row.
    var header: Int?
    /// The outline entry that points here, for level-2 and level-3 headings.
    var bookmark: (level: Int, title: String)?
    /// Whether `items` is filled: the rest of a row cut at a page's end is
    /// measured first and laid out by its ``splitter`` only when drawn.
    var isLaidOut = true
    /// How to cut the band between lines, for a table row or a fact taller than a page.
    var splitter: RowSplitter?
}
