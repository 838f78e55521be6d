import PacteCore
import PacteDocument

/// The signature blocks: two (or three) framed boxes per row, each with
/// « Pour l’organisation, », the capacity and name of its representative
/// (or a line to write them) and an empty frame to sign and stamp in (at
/// least 45 × 30 mm), on which lies an empty signature field named after
/// the signatory, so that an e-signature tool signs in place. The lines of
/// the boxes of a row are aligned. A box
/// never breaks across pages, so each field is cut after a few lines (with
/// an ellipsis) to keep a box within a page; and when all the boxes fit on
/// one page they stay together, the way a signature page is printed, with
/// the page's heading and the text's last block (``Composition/compose``).
///
/// Tagged as one `Div` per box: its texts as `P`, the field as a `Form`.
extension Composition {
    /// Two boxes a row; three, each still wider than 45 mm, when two a row
    /// would not hold every box on one page with the text before them.
    mutating func signatures(_ blocks: [SignatureBlock]) {
        let checkpoint = (encoder, fields)
        let two = signatureRows(blocks, perRow: 2, tag: false).height
        var perRow = 2
        if two + Self.roomBeforeSignatures > Self.pageContentHeight && blocks.count > 2,
           signatureRows(blocks, perRow: 3, tag: false).height < two {
            perRow = 3
        }
        // The measuring passes leave no trace: the glyphs and fields are those of the boxes drawn.
        (encoder, fields) = checkpoint
        var (rows, height) = signatureRows(blocks, perRow: perRow, tag: true)
        if height + Self.roomBeforeSignatures <= Self.pageContentHeight {
            for row in rows.indices.dropLast() { rows[row].keepWithNext = true }
        }
        for row in rows { append(row) }
        spaceAfterBlock()
    }

    /// Room for the signature page's heading and the text kept with the boxes.
    static let roomBeforeSignatures = 70.0

    /// The rows of boxes, `perRow` a row, and their height with the space between them;
    /// with `tag`, their texts are given their structure (a measuring pass gives none).
    private mutating func signatureRows(_ blocks: [SignatureBlock], perRow: Int, tag: Bool) -> (rows: [Slice], height: Double) {
        let gap = PageStyle.signatureGap, padding = 8.0
        let boxWidth = (PageStyle.textWidth - Double(perRow - 1) * gap) / Double(perRow)
        let inner = boxWidth - 2 * padding
        var rows: [Slice] = []
        var index = 0
        while index < blocks.count {
            let row = Array(blocks[index..<min(index + perRow, blocks.count)])
            // Each part of the boxes, measured, so that the parts line up across the row.
            var names: [BoxPart] = [], places: [BoxPart] = [], labels: [BoxPart] = []
            for block in row {
                if tag { structure.open("Div") }
                func leaf() -> StructureTag { tag ? structure.leaf("P") : .artifact }
                var name = field(block.onBehalf, PageStyle.signatureName, width: inner, tag: leaf())
                if let capacity = block.capacity {
                    name.append(field(capacity, PageStyle.signatureText, width: inner, tag: leaf()))
                }
                if let representative = block.representative {
                    name.append(field(representative, PageStyle.signatureText, width: inner, tag: leaf()))
                }
                names.append(name)
                // Without a representative, a dotted line to write the name on.
                places.append(block.representative == nil
                    ? field(block.nameLine + " " + String(repeating: "\u{2026}", count: 14), PageStyle.signatureText, width: inner, tag: leaf())
                    : BoxPart())
                labels.append(field(block.signatureLabel, PageStyle.signatureLabel, width: inner, tag: leaf()))
                if tag { _ = structure.leaf("Form", field: fields.count) }
                fields.append(block.signatory)
                if tag { structure.close() }
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
                                             index: fields.count - row.count + column))
            }
            rows.append(Slice(height: height, spaceBefore: PageStyle.blockSpacing + 3, items: items, role: .signatures))
            index += perRow
        }
        return (rows, rows.reduce(0) { $0 + $1.spaceBefore + $1.height })
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
