import PacteCore
import PacteDocument
import PacteFigures

/// A chart drawn natively: its title as a caption, then its bands (the
/// legend, the axis, a row per action or per objective) as slices of the
/// page, each drawn with rectangles, lines and text in Pacte Sans. The
/// axis is the chart's header, which the paginator draws again at the top
/// of each page a long timeline continues on, as a table's header row.
///
/// Tagging: the whole chart, its drawing and its words, is one `Figure`
/// element whose alternative text (`/Alt`) is the figure's
/// ``Figure/altText``: a screen reader says what the chart shows rather
/// than reading its labels one by one; text extraction still finds them.
extension Composition {
    mutating func figure(_ figure: Figure) {
        // One `Figure` element holds the whole chart with its alternative
        // text; its caption is its first kid, as PDF/UA asks.
        let tag = structure.open("Figure", attributes: "/O /Layout /Placement /Block")
        structure.setAlternate(figure.altText, of: tag)
        let caption = structure.leaf("Caption")
        let style = PageStyle.caption
        let styled = StyledText.make(figure.title, font: style.font, encoder: &encoder)
        for (index, line) in LineBreaker.lines(styled, size: style.size, width: PageStyle.textWidth, lastResort: hyphenator).enumerated() {
            append(Slice(height: style.leading, spaceBefore: index == 0 ? PageStyle.blockSpacing : 0,
                         items: styled.items(line, x: PageStyle.left, baseline: style.baseline, style: style, tag: caption),
                         keepWithNext: true))
        }
        let layout = FigureLayouts.layout(figure, width: PageStyle.textWidth)
        for band in layout.lead {
            var slice = self.slice(band, tag: tag)
            slice.keepWithNext = true
            append(slice)
        }
        var header: Int?
        if let band = layout.header {
            var slice = self.slice(band, tag: tag)
            // Repeated on the pages a long timeline runs onto, the axis is
            // pagination there: it was read once, on the first.
            var repeated = slice
            repeated.items = repeated.items.map(\.asPagination)
            header = appendHeader(repeated)
            slice.keepWithNext = true
            append(slice)
        }
        for (index, band) in layout.body.enumerated() {
            var slice = self.slice(band, tag: tag)
            slice.header = header
            // The chart's last two bands stay together: no page opens on its total alone.
            slice.keepWithNext = band.keepWithNext || index == layout.body.count - 2
            append(slice)
        }
        structure.close()
        spaceAfterBlock()
    }

    private mutating func slice(_ band: Band, tag: StructureTag) -> Slice {
        var items: [PageItem] = []
        for shape in band.shapes { items += self.items(shape, tag: tag) }
        return Slice(height: band.height, items: items)
    }

    private mutating func items(_ shape: Shape, tag: StructureTag) -> [PageItem] {
        let left = PageStyle.left
        switch shape {
        case let .rect(x, y, width, height, fill, stroke, lineWidth):
            var items: [PageItem] = []
            if let fill { items.append(.fill(x: left + x, y: y, width: width, height: height, colour: Colour(fill), tag: tag)) }
            if let stroke {
                items.append(.frame(x: left + x, y: y, width: width, height: height, lineWidth: lineWidth, colour: Colour(stroke), tag: tag))
            }
            return items
        case let .line(x1, y1, x2, y2, colour, lineWidth, dashed):
            guard dashed else {
                return [.line(x1: left + x1, y1: y1, x2: left + x2, y2: y2, lineWidth: lineWidth, colour: Colour(colour), tag: tag)]
            }
            // Dashes as short lines, 2 on and 1.5 off, as the SVG's dash array.
            var items: [PageItem] = []
            let length = ((x2 - x1) * (x2 - x1) + (y2 - y1) * (y2 - y1)).squareRoot()
            guard length > 0 else { return [] }
            var position = 0.0
            while position < length {
                let end = min(position + 2, length)
                items.append(.line(x1: left + x1 + (x2 - x1) * position / length, y1: y1 + (y2 - y1) * position / length,
                                   x2: left + x1 + (x2 - x1) * end / length, y2: y1 + (y2 - y1) * end / length,
                                   lineWidth: lineWidth, colour: Colour(colour), tag: tag))
                position += 3.5
            }
            return items
        case let .text(text, x, baseline, size, bold, anchor, colour):
            // The chart was laid out with Helvetica’s widths, which Pacte Sans shares; a label
            // is one line (the layout wrapped it), measured on a line wider than any page.
            let font: PDFFont = bold ? .sansBold : .sans
            let styled = StyledText.make(text, font: font, encoder: &encoder)
            guard let line = LineBreaker.lines(styled, size: size, width: 100_000).first else { return [] }
            let start: Double
            switch anchor {
            case .start: start = x
            case .middle: start = x - line.width / 2
            case .end: start = x - line.width
            }
            let style = TextStyle(font: font, size: size, leading: size, color: Colour(colour))
            return styled.items(line, x: left + start, baseline: baseline, style: style, tag: tag)
        }
    }
}

private extension Colour {
    init(_ colour: FigureColour) {
        self.init(red: Double(colour.red) / 255, green: Double(colour.green) / 255, blue: Double(colour.blue) / 255)
    }
}
