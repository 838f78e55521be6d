import PacteCore
import PacteDocument

/// The signature blocks: two framed boxes per row, each with the
/// organisation, its representative, the « Fait à …, le … » line and an
/// empty frame to sign and stamp in (at least 45 × 30 mm), on which lies an
/// empty signature field named after the signatory, so that an e-signature
/// tool signs in place. The lines of the boxes of a row are aligned. A box
/// never breaks across pages, so each field is cut after a few lines (with
/// an ellipsis) to keep a box within a page; and when all the boxes fit on
/// one page they stay together, the way a signature page is printed, with
/// the page's heading and the text's last block (``Composition/compose``).
///
/// Tagged as one `Div` per box: its texts as `P`, the field as a `Form`.
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
            var names: [BoxPart] = [], places: [BoxPart] = [], labels: [BoxPart] = [], forms: [StructureTag] = []
            for block in row {
                structure.open("Div")
                var name = field(block.organisation, PageStyle.signatureName, width: inner, tag: structure.leaf("P"))
                if let representative = block.representative {
                    name.append(field(representative, PageStyle.signatureText, width: inner, tag: structure.leaf("P")))
                }
                names.append(name)
                places.append(field(block.placeAndDate, PageStyle.signatureText, width: inner, tag: structure.leaf("P")))
                labels.append(field(block.signatureLabel, PageStyle.signatureLabel, width: inner, tag: structure.leaf("P")))
                forms.append(structure.leaf("Form", field: fields.count))
                fields.append(block.signatory)
                structure.close()
            }
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
                items.append(.signatureField(x: x + padding, y: frameTop, width: inner, height: PageStyle.signatureBoxHeight,
                                             index: Int(structure.nodes[Int(forms[column])].field ?? 0)))
            }
            rows.append(Slice(height: height, spaceBefore: PageStyle.blockSpacing + 3, items: items))
            index += 2
        }
        let total = rows.reduce(0) { $0 + $1.spaceBefore + $1.height }
        // Room for the page's heading and the text before it too, which are kept with the first row.
        if total + 120 <= Self.pageContentHeight {
            for row in rows.indices.dropLast() { rows[row].keepWithNext = true }
        }
        for row in rows { append(row) }
        spaceAfterBlock()
    }

    /// Lines of one field of a box, cut after ``PageStyle/signatureFieldLines`` lines.
    private mutating func field(_ text: String, _ style: TextStyle, width: Double, tag: StructureTag) -> BoxPart {
        let styled = StyledText.make(text, font: style.font, encoder: &encoder)
        var lines = LineBreaker.lines(styled, size: style.size, width: width, lastResort: hyphenator)
        var cut = false
        let face = style.font.face
        let ellipsis = Glyph(id: face.ellipsis, kind: .other, advance: face.width(face.ellipsis))
        if lines.count > PageStyle.signatureFieldLines {
            // Break again narrower so that the ellipsis fits after the last line kept.
            let room = Double(ellipsis.advance) * style.size / 1000
            lines = Array(LineBreaker.lines(styled, size: style.size, width: width - room, lastResort: hyphenator)
                .prefix(PageStyle.signatureFieldLines))
            cut = true
            _ = encoder.encode("…", font: style.font)  // the ellipsis is in the subset and reads back
        }
        var part = BoxPart()
        for (index, line) in lines.enumerated() {
            let baseline = part.height + style.baseline
            part.lines.append(styled.items(line, x: 0, baseline: baseline, style: style, tag: tag))
            if cut && index == lines.count - 1 {
                part.lines.append([.text(x: line.width, baseline: baseline, style: style, run: GlyphRun(ids: [ellipsis.id], adjustments: [0]),
                                         tag: tag)])
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
