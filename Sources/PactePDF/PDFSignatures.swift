import PacteCore
import PacteDocument

/// The signature blocks: two framed boxes per row, each with « Pour
/// l’organisation, », the capacity and name of its representative (or a
/// line to write them) and an empty frame to sign and stamp in, the lines of the boxes of a row aligned. A box
/// never breaks across pages, so each field is cut after a few lines (with
/// an ellipsis) to keep a box within a page; and when all the boxes fit on
/// one page they stay together, the way a signature page is printed.
extension Composition {
    mutating func signatures(_ blocks: [SignatureBlock]) {
        let gap = PageStyle.signatureGap, padding = 8.0
        let boxWidth = (PageStyle.textWidth - gap) / 2
        let inner = boxWidth - 2 * padding
        var rows: [Slice] = []
        var index = 0
        while index < blocks.count {
            let row = Array(blocks[index..<min(index + 2, blocks.count)])
            // Each part of the boxes, measured, so that the parts line up across the row.
            let names = row.map { block in
                var part = field(block.onBehalf, PageStyle.signatureName, width: inner)
                if let capacity = block.capacity { part.append(field(capacity, PageStyle.signatureText, width: inner)) }
                if let representative = block.representative { part.append(field(representative, PageStyle.signatureText, width: inner)) }
                return part
            }
            // Without a representative, a dotted line to write the name on.
            let places = row.map { block in
                block.representative == nil
                    ? field(block.nameLine + " " + String(repeating: "\u{2026}", count: 14), PageStyle.signatureText, width: inner)
                    : BoxPart()
            }
            let labels = row.map { field($0.signatureLabel, PageStyle.signatureLabel, width: inner) }
            let namesHeight = names.map(\.height).max() ?? 0
            let placesHeight = places.map(\.height).max() ?? 0
            let labelsHeight = labels.map(\.height).max() ?? 0
            let placeTop = padding + namesHeight + 6
            let labelTop = placeTop + placesHeight + 6
            let frameTop = labelTop + labelsHeight
            let height = frameTop + PageStyle.signatureBoxHeight + padding

            var items: [PageItem] = []
            for column in row.indices {
                let x = PageStyle.left + Double(column) * (boxWidth + gap)
                items.append(.frame(x: x, y: 0, width: boxWidth, height: height, lineWidth: 0.6, colour: .rule))
                items += names[column].items(x: x + padding, top: padding)
                items += places[column].items(x: x + padding, top: placeTop)
                items += labels[column].items(x: x + padding, top: labelTop)
                items.append(.frame(x: x + padding, y: frameTop, width: inner, height: PageStyle.signatureBoxHeight,
                                    lineWidth: 0.4, colour: .rule))
            }
            rows.append(Slice(height: height, spaceBefore: PageStyle.blockSpacing + 3, items: items))
            index += 2
        }
        let total = rows.reduce(0) { $0 + $1.spaceBefore + $1.height }
        // Room for the page's heading too, which is kept with the first row.
        if total + 60 <= Self.pageContentHeight {
            for row in rows.indices.dropLast() { rows[row].keepWithNext = true }
        }
        for row in rows { append(row) }
        spaceAfterBlock()
    }

    /// Lines of one field of a box, cut after ``PageStyle/signatureFieldLines`` lines.
    private mutating func field(_ text: String, _ style: TextStyle, width: Double) -> BoxPart {
        let styled = StyledText.make(text, font: style.font, encoder: &encoder)
        var lines = LineBreaker.lines(styled, size: style.size, width: width)
        var cut = false
        if lines.count > PageStyle.signatureFieldLines {
            // Break again narrower so that the ellipsis fits after the last line kept.
            let ellipsis = style.font.width([0x85], size: style.size)
            lines = Array(LineBreaker.lines(styled, size: style.size, width: width - ellipsis).prefix(PageStyle.signatureFieldLines))
            cut = true
        }
        var part = BoxPart()
        for (index, line) in lines.enumerated() {
            let baseline = part.height + style.baseline
            part.lines.append(styled.items(line, x: 0, baseline: baseline, style: style))
            if cut && index == lines.count - 1 {
                part.lines.append([.text(x: line.width, baseline: baseline, style: style, wordSpacing: 0, bytes: [0x85])])
            }
            part.height += style.leading
        }
        return part
    }
}

/// Lines of a signature box measured at x = 0 and y = 0, moved into place once the row is known.
private struct BoxPart {
    var lines: [[PageItem]] = []
    var height = 0.0

    mutating func append(_ other: BoxPart) {
        lines += other.lines.map { $0.map { $0.offset(by: height) } }
        height += other.height
    }

    func items(x: Double, top: Double) -> [PageItem] {
        lines.flatMap { $0.map { $0.offset(by: top).moved(by: x) } }
    }
}
