import PacteCore
import PacteDocument

/// Where a drawn thing belongs in the tagged PDF's structure: a node of
/// ``StructureTree`` (a paragraph, a heading, a table cell), or an artifact
/// — rules, fills, footers, a table's header repeated on a later page —
/// which assistive technology skips.
typealias StructureTag = Int32

extension StructureTag {
    /// Decoration: rules, backgrounds, frames.
    static let artifact: StructureTag = -1
    /// What pagination adds: footers, page numbers, repeated headers.
    static let pagination: StructureTag = -2
}

/// What a slice draws, placed relative to the slice's top-left corner with
/// `y` growing downwards (the way the layout thinks); the content stream
/// turns it into PDF coordinates when the slice is given its place.
enum PageItem {
    /// One run of glyphs in one face, `baseline` below the slice's top, and the structure node it belongs to.
    case text(x: Double, baseline: Double, style: TextStyle, run: GlyphRun, tag: StructureTag)
    /// A filled rectangle (table header and total rows, a chart's bar);
    /// decoration unless it belongs to a node (a figure).
    case fill(x: Double, y: Double, width: Double, height: Double, colour: Colour, tag: StructureTag = .artifact)
    /// A stroked rectangle (the signature box, a chart's frame).
    case frame(x: Double, y: Double, width: Double, height: Double, lineWidth: Double, colour: Colour, tag: StructureTag = .artifact)
    /// A straight line (rules, table grid, a chart's axis).
    case line(x1: Double, y1: Double, x2: Double, y2: Double, lineWidth: Double, colour: Colour, tag: StructureTag = .artifact)
    /// The start of a word's replacement text (a word broken across lines), within the node `tag`.
    case actualText(String, tag: StructureTag)
    /// Its end.
    case endActualText
    /// Where a signature field lies: an annotation, not content; `index` is the signature's in the page's list.
    case signatureField(x: Double, y: Double, width: Double, height: Double, index: Int)

    /// The same item moved right by `dx`.
    func moved(by dx: Double) -> PageItem {
        switch self {
        case let .text(x, baseline, style, run, tag):
            .text(x: x + dx, baseline: baseline, style: style, run: run, tag: tag)
        case let .fill(x, y, width, height, colour, tag):
            .fill(x: x + dx, y: y, width: width, height: height, colour: colour, tag: tag)
        case let .frame(x, y, width, height, lineWidth, colour, tag):
            .frame(x: x + dx, y: y, width: width, height: height, lineWidth: lineWidth, colour: colour, tag: tag)
        case let .line(x1, y1, x2, y2, lineWidth, colour, tag):
            .line(x1: x1 + dx, y1: y1, x2: x2 + dx, y2: y2, lineWidth: lineWidth, colour: colour, tag: tag)
        case let .signatureField(x, y, width, height, index):
            .signatureField(x: x + dx, y: y, width: width, height: height, index: index)
        case .actualText, .endActualText: self
        }
    }

    /// The same item moved down by `dy`.
    func offset(by dy: Double) -> PageItem {
        switch self {
        case let .text(x, baseline, style, run, tag):
            .text(x: x, baseline: baseline + dy, style: style, run: run, tag: tag)
        case let .fill(x, y, width, height, colour, tag):
            .fill(x: x, y: y + dy, width: width, height: height, colour: colour, tag: tag)
        case let .frame(x, y, width, height, lineWidth, colour, tag):
            .frame(x: x, y: y + dy, width: width, height: height, lineWidth: lineWidth, colour: colour, tag: tag)
        case let .line(x1, y1, x2, y2, lineWidth, colour, tag):
            .line(x1: x1, y1: y1 + dy, x2: x2, y2: y2 + dy, lineWidth: lineWidth, colour: colour, tag: tag)
        case let .signatureField(x, y, width, height, index):
            .signatureField(x: x, y: y + dy, width: width, height: height, index: index)
        case .actualText, .endActualText: self
        }
    }

    /// The same item drawn as a pagination artifact: a chart's axis
    /// repeated at the top of a page, which was read on the first.
    var asPagination: PageItem {
        switch self {
        case let .text(x, baseline, style, run, _):
            .text(x: x, baseline: baseline, style: style, run: run, tag: .pagination)
        case let .fill(x, y, width, height, colour, _):
            .fill(x: x, y: y, width: width, height: height, colour: colour, tag: .pagination)
        case let .frame(x, y, width, height, lineWidth, colour, _):
            .frame(x: x, y: y, width: width, height: height, lineWidth: lineWidth, colour: colour, tag: .pagination)
        case let .line(x1, y1, x2, y2, lineWidth, colour, _):
            .line(x1: x1, y1: y1, x2: x2, y2: y2, lineWidth: lineWidth, colour: colour, tag: .pagination)
        case .actualText(let text, _): .actualText(text, tag: .pagination)
        case .signatureField, .endActualText: self
        }
    }
}

/// The unit of pagination: a horizontal band that is never split across
/// pages (a line of text, a table row, a signature row).
struct Slice {
    /// What a band is, for what the paginator keeps it from.
    enum Role {
        case text
        /// A heading's line or its rule: never the last thing on a page.
        case heading
        /// A table's total row: never the first thing under a page's repeated header.
        case total
        /// A row of signature boxes: never on a page without text before it, when the boxes fit one page.
        case signatures
    }

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
    /// What the band is.
    var role: Role = .text
}
