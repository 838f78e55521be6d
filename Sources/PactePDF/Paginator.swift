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
    private(set) var bookmarks: [Bookmark] = []
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

    /// The pages of `document`, footers included. Slices are placed as
    /// each block is composed, and let go once drawn, while in cache.
    static func paginate(_ document: Document, encoder: inout WinAnsi) -> (pages: [ContentStream], bookmarks: [Bookmark]) {
        var paginator = Paginator()
        paginator.newPage(header: nil, headers: [])
        Composition.compose(document, encoder: &encoder) { slices, headers, end in
            paginator.pending += slices
            paginator.placeGroups(all: end, headers: headers)
        }
        paginator.drawFooters(title: document.metadata.title, encoder: &encoder)
        return (paginator.pages, paginator.bookmarks)
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
            // A group taller than a page (a very long heading) breaks where it must.
            for position in index...end { place(pending[position], headers: headers) }
            index = end + 1
        }
        pending.removeFirst(index)
    }

    private mutating func newPage(header: Int?, headers: [Slice]) {
        pages.append(ContentStream())
        cursor = PageStyle.top
        if let header { draw(headers[header], space: 0) }
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

    private mutating func draw(_ slice: Slice, space: Double) {
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
        for item in slice.items { pages[pages.count - 1].draw(item, top: top) }
        cursor -= slice.height
        pageIsEmpty = false
    }

    /// A rule, the document's title on the left and « 3 / 7 » on the right of every page.
    private mutating func drawFooters(title: String, encoder: inout WinAnsi) {
        let style = PageStyle.footer
        let left = PageStyle.left, right = PageStyle.left + PageStyle.textWidth
        var titleBytes = encoder.encode(title)
        let room = Int(PageStyle.textWidth * 0.75 * 1000 / style.size)
        var units = style.font.units(titleBytes)
        if units > room {
            // Shorten with an ellipsis, subtracting widths as bytes go so that a huge title stays linear.
            let ellipsis = style.font.units([0x85])
            while let last = titleBytes.last, units + ellipsis > room {
                units -= style.font.units([last])
                titleBytes.removeLast()
            }
            titleBytes.append(0x85)
        }
        for page in pages.indices {
            let number = Array("\(page + 1) / \(pages.count)".utf8)
            pages[page].draw(.line(x1: left, y1: 0, x2: right, y2: 0, lineWidth: 0.4, colour: .rule), top: PageStyle.footerRule)
            pages[page].text(titleBytes, x: left, y: PageStyle.footerBaseline, style: style, wordSpacing: 0)
            pages[page].text(number, x: right - style.font.width(number, size: style.size), y: PageStyle.footerBaseline,
                             style: style, wordSpacing: 0)
        }
    }
}
