import PacteCore
import PacteDocument

/// Stacks the composed slices onto A4 pages: a slice that does not fit
/// starts a new page (after its table's header, if it belongs to a table),
/// slices kept together move as a group when the group fits on a page, and
/// every page gets the footer with its number once the page count is known.
struct Paginator {
    /// A heading's entry in the outline: where it landed.
    struct Bookmark {
        var level: Int
        var title: String
        var page: Int
        var top: Double
    }

    private(set) var pages: [ContentStream] = []
    /// The structure the slices' text is tagged with.
    let structure = StructureTree()
    private(set) var bookmarks: [Bookmark] = []
    /// What each page holds, band by band, repeated headers left out: what
    /// the tests check the keeping rules against (no heading ends a page, no
    /// total starts one).
    private(set) var roles: [[Slice.Role]] = []
    /// Slices taken and not yet placed: a group kept together whose end
    /// has not come yet.
    private var pending: [Slice] = []
    /// How far that group has been measured, and its height so far: a
    /// group kept together across thousands of blocks (a text of one-line
    /// bold paragraphs) is measured once, not again at each block.
    private var measured: (end: Int, height: Double)?
    /// The top of the free space on the current page, in PDF coordinates.
    private var cursor = PageStyle.top
    /// Whether the page holds nothing yet but a repeated table header:
    /// spaces before slices are dropped there.
    private var pageIsEmpty = true

    private init() {}

    /// The pages of `document`, footers included, and what the composition
    /// learnt on the way (glyphs used, structure, signature fields). Slices
    /// are placed as each block is composed, and let go once drawn, while in cache.
    static func paginate(_ document: Document) -> (pages: [ContentStream], bookmarks: [Bookmark], composition: Composition) {
        let (paginator, composition) = run(document)
        return (paginator.pages, paginator.bookmarks, composition)
    }

    /// The paginator once every page is drawn, and the composition.
    static func run(_ document: Document) -> (paginator: Paginator, composition: Composition) {
        var paginator = Paginator()
        paginator.newPage(header: nil, headers: [])
        var composition = Composition.compose(document, structure: paginator.structure) { slices, headers, end in
            paginator.pending += slices
            paginator.placeGroups(all: end, headers: headers)
        }
        paginator.drawFooters(title: document.metadata.title, language: document.language, encoder: &composition.encoder)
        for page in paginator.pages.indices { paginator.pages[page].finish() }
        return (paginator, composition)
    }

    /// Places the pending groups whose last slice has come; with `all`,
    /// the rest too, at the document's end.
    private mutating func placeGroups(all: Bool, headers: [Slice]) {
        var index = 0
        while index < pending.count {
            // The group: this slice and those it is kept with.
            var end = index
            var height = pending[index].height
            if index == 0, let measured { (end, height) = measured }
            while pending[end].keepWithNext && end + 1 < pending.count {
                end += 1
                height += pending[end].spaceBefore + pending[end].height
            }
            if pending[end].keepWithNext && !all {
                measured = (end - index, height)
                break
            }
            measured = nil
            let header = pending[index].header.map { headers[$0].height } ?? 0
            let fitsHere = cursor - (pageIsEmpty ? 0 : pending[index].spaceBefore) - height >= PageStyle.bottom
            if !fitsHere && !pageIsEmpty && height + header <= Composition.pageContentHeight {
                newPage(header: pending[index].header, headers: headers)
            }
            // A group taller than a page (a very long heading) breaks where it
            // must, but never right after a heading: the heading moves on with what follows it.
            for position in index...end {
                if pending[position].role == .heading, !pageIsEmpty, position > index {
                    var run = position, needed = 0.0
                    while run <= end && pending[run].role == .heading { needed += pending[run].spaceBefore + pending[run].height; run += 1 }
                    // The rest of the group after this heading, if a page holds it (the
                    // signature page with its boxes), else a few lines of what follows.
                    var rest = needed
                    if run <= end { for later in run...end { rest += pending[later].spaceBefore + pending[later].height } }
                    if run <= end { needed += pending[run].spaceBefore + min(pending[run].height, 3 * PageStyle.body.leading) }
                    if rest + header <= Composition.pageContentHeight { needed = max(needed, rest) }
                    if cursor - needed < PageStyle.bottom && needed + header <= Composition.pageContentHeight {
                        newPage(header: pending[position].header, headers: headers)
                    }
                }
                place(pending[position], headers: headers)
            }
            index = end + 1
        }
        pending.removeFirst(index)
    }

    private mutating func newPage(header: Int?, headers: [Slice]) {
        pages.append(ContentStream())
        roles.append([])
        cursor = PageStyle.top
        // The header drawn again, « (suite) » above it, is an artifact: the table's structure has it once.
        if let header { draw(headers[header], space: 0, repeated: true) }
        // A page holding only a repeated header counts as empty: breaking it
        // again would gain nothing (and never end).
        pageIsEmpty = true
    }

    /// Puts `slice` on the current page, or on a new one if it does not fit.
    /// A slice taller than any page that can be cut (a huge table row) fills
    /// the rest of the page and goes on over the next.
    private mutating func place(_ slice: Slice, headers: [Slice]) {
        var slice = slice
        while true {
            let space = pageIsEmpty ? 0 : slice.spaceBefore
            let available = cursor - space - PageStyle.bottom
            if slice.height <= available {
                draw(slice, space: space)
                return
            }
            let header = slice.header.map { headers[$0].height } ?? 0
            if let splitter = slice.splitter, slice.height + header > Composition.pageContentHeight,
               available >= Self.leastUsefulSpace {
                let (head, tail) = splitter.split(height: available)
                draw(head, space: space)
                guard var tail else { return }
                tail.header = slice.header
                tail.keepWithNext = slice.keepWithNext
                newPage(header: slice.header, headers: headers)
                slice = tail
                continue
            }
            if pageIsEmpty {
                // Taller than a page and impossible to cut: it runs off the page rather than vanish.
                draw(slice, space: 0)
                return
            }
            newPage(header: slice.header, headers: headers)
        }
    }

    /// Below this, a row taller than a page starts on the next page instead.
    private static let leastUsefulSpace = 36.0

    private mutating func draw(_ slice: Slice, space: Double, repeated: Bool = false) {
        if !slice.isLaidOut, let splitter = slice.splitter {
            var whole = splitter.laidOut()
            // Line heights are multiples of half a point: summed in either order, they agree exactly.
            assert(whole.height == slice.height, "a cut row's rest measured \(slice.height) but laid out \(whole.height)")
            (whole.spaceBefore, whole.keepWithNext, whole.header, whole.bookmark) = (slice.spaceBefore, slice.keepWithNext, slice.header, slice.bookmark)
            return draw(whole, space: space)
        }
        cursor -= space
        if let bookmark = slice.bookmark {
            bookmarks.append(Bookmark(level: bookmark.level, title: bookmark.title, page: pages.count - 1, top: cursor))
        }
        let top = cursor
        if !repeated && !slice.items.isEmpty { roles[roles.count - 1].append(slice.role) }
        for item in slice.items { pages[pages.count - 1].draw(item, top: top, structure: structure) }
        cursor -= slice.height
        pageIsEmpty = false
    }

    /// A rule, then the document's title on the left, a box for the
    /// signatories' initials (« Paraphes ») and « 3 / 7 » on the right of
    /// every page, all of it a pagination artifact.
    private mutating func drawFooters(title: String, language: Language, encoder: inout GlyphEncoder) {
        let style = PageStyle.footer
        let left = PageStyle.left, right = PageStyle.left + PageStyle.textWidth
        let box = (width: PageStyle.initialsWidth, height: PageStyle.initialsHeight)
        let label = encoder.encode(language == .fr ? "Paraphes" : "Initials", font: style.font)
        let numbers = pages.indices.map { encoder.encode("\($0 + 1) / \(pages.count)", font: style.font) }
        let widestNumber = numbers.map { style.font.width($0, size: style.size) }.max() ?? 0
        let boxX = right - widestNumber - 12 - box.width
        let labelX = boxX - 5 - style.font.width(label, size: style.size)
        var titleGlyphs = encoder.encode(title, font: style.font)
        let room = Int((labelX - 12 - left) * 1000 / style.size)
        var units = style.font.units(titleGlyphs)
        if units > room {
            // Shorten with an ellipsis, subtracting widths as glyphs go so that a huge title stays linear.
            let ellipsis = encoder.encode("…", font: style.font)
            let ellipsisUnits = style.font.units(ellipsis)
            while let last = titleGlyphs.last, units + ellipsisUnits > room {
                units -= Int(last.advance)
                titleGlyphs.removeLast()
            }
            titleGlyphs += ellipsis
        }
        func run(_ glyphs: [Glyph]) -> GlyphRun {
            var run = GlyphRun()
            let face = style.font.face
            for (index, glyph) in glyphs.enumerated() {
                run.ids.append(glyph.id)
                run.adjustments.append(index + 1 < glyphs.count ? Double(face.kern(glyph.id, glyphs[index + 1].id)) : 0)
            }
            return run
        }
        let titleRun = run(titleGlyphs), labelRun = run(label)
        let boxBottom = PageStyle.footerBaseline - (box.height - style.size * 0.7) / 2
        for page in pages.indices {
            pages[page].draw(.line(x1: left, y1: 0, x2: right, y2: 0, lineWidth: 0.4, colour: .rule), top: PageStyle.footerRule,
                             structure: structure)
            pages[page].text(titleRun, x: left, y: PageStyle.footerBaseline, style: style, tag: .pagination, structure: structure)
            pages[page].text(labelRun, x: labelX, y: PageStyle.footerBaseline, style: style, tag: .pagination, structure: structure)
            pages[page].draw(.frame(x: boxX, y: 0, width: box.width, height: box.height, lineWidth: 0.4, colour: .rule),
                             top: boxBottom + box.height, structure: structure)
            let number = numbers[page]
            pages[page].text(run(number), x: right - style.font.width(number, size: style.size), y: PageStyle.footerBaseline,
                             style: style, tag: .pagination, structure: structure)
        }
    }
}
