import PacteDocument

/// A table as both office writers lay it out: as many columns as its
/// widest row, each with its kind and its width on the page, and every row
/// filled to that many cells. Computed once from the ``Table`` so that the
/// ODT and the DOCX give each column the same width.
public struct OfficeTable: Sendable {
    /// What each column holds, left to right: a column beyond the declared
    /// ones holds text.
    public let kinds: [Table.Column.Kind]
    /// Each column's width; they add up to the table's.
    public let widths: [Length]
    /// The header row's cells (one per column, blank past the declared
    /// columns); none when the table declares no column.
    public let header: [String]
    /// The body rows, each a cell per column.
    public let rows: [[TableCell]]
    /// The total rows, each a cell per column.
    public let totals: [[TableCell]]

    /// The number of columns.
    public var columnCount: Int { kinds.count }

    /// `table` laid out over `width`. Columns get the shares the document
    /// wishes for (made to add up), or equal shares when those are missing
    /// or meaningless.
    public init(_ table: Table, width: Length) {
        let count = max(table.columns.count, (table.rows + table.totals).map(\.count).max() ?? 0)
        kinds = (0..<count).map { table.kind(ofColumn: $0) }
        var shares = table.columns.map(\.width)
        if shares.count != count || !shares.allSatisfy({ $0.isFinite && $0 > 0 }) {
            shares = Array(repeating: 1, count: count)
        }
        header = table.columns.isEmpty ? [] : (0..<count).map { $0 < table.columns.count ? table.columns[$0].heading : "" }
        func filled(_ row: [TableCell]) -> [TableCell] {
            row.count >= count ? row : row + Array(repeating: TableCell(paragraphs: []), count: count - row.count)
        }
        rows = table.rows.map(filled)
        totals = table.totals.map(filled)
        // The narrowest each column may be: its longest word on one line.
        var minimums = [Length](repeating: Length(twips: 0), count: count)
        for (column, heading) in header.enumerated() {
            minimums[column] = max(minimums[column], OfficeTable.longestWord(in: heading, bold: true))
        }
        for (row, bold) in rows.map({ ($0, false) }) + totals.map({ ($0, true) }) {
            for (column, cell) in row.enumerated() {
                for runs in cell.paragraphs {
                    for run in runs {
                        let strong = if case .strong = run { true } else { bold }
                        minimums[column] = max(minimums[column], OfficeTable.longestWord(in: run.plainText, bold: strong))
                    }
                }
            }
        }
        widths = OfficeTable.widen(OfficeTable.split(width, shares: shares), toAtLeast: minimums)
    }

    /// Whether the table has anything to write: a column and a row.
    public var isEmpty: Bool { columnCount == 0 || (header.isEmpty && rows.isEmpty && totals.isEmpty) }

    /// `total` split by `shares`, in whole twips rounded from the shares in
    /// ten-thousandths, the last column taking what rounding left over.
    static func split(_ total: Length, shares: [Double]) -> [Length] {
        guard !shares.isEmpty else { return [] }
        let sum = shares.reduce(0, +)
        let parts = shares.map { max(1, Int(($0 / sum * 10_000).rounded())) }
        let partSum = parts.reduce(0, +)
        var widths = parts.map { Length(twips: total.twips * $0 / partSum) }
        widths[widths.count - 1] = total - widths.dropLast().reduce(Length(twips: 0), +)
        return widths
    }

    /// `widths` with each column at least its minimum, the room taken from
    /// the columns wider than theirs in proportion to what they can spare:
    /// the document's shares are a wish, and a column too narrow for a
    /// word such as « Co-construction » would break it at its hyphen.
    static func widen(_ widths: [Length], toAtLeast minimums: [Length]) -> [Length] {
        let total = widths.reduce(Length(twips: 0), +)
        let deficit = zip(widths, minimums).reduce(0) { $0 + max(0, $1.1.twips - $1.0.twips) }
        let slack = zip(widths, minimums).reduce(0) { $0 + max(0, $1.0.twips - $1.1.twips) }
        // Nothing to do, or no room to do it: the shares stand.
        guard deficit > 0, slack >= deficit else { return widths }
        var result = zip(widths, minimums).map { width, minimum -> Length in
            if width < minimum { return minimum }
            let spare = width.twips - minimum.twips
            return Length(twips: width.twips - spare * deficit / slack)
        }
        // What integer division left goes to the widest column.
        if let widest = result.indices.max(by: { result[$0] < result[$1] }) {
            result[widest] = result[widest] + (total - result.reduce(Length(twips: 0), +))
        }
        return result
    }

    /// The longest word a column is sized for, in characters: a longer one
    /// (an address, a word typed without spaces) breaks anywhere rather
    /// than widening its column at the others' expense, as in the HTML.
    static let longestWordSized = 24

    /// The width of the longest word of `text` at the table's size, and
    /// the cell's padding: a word being what lies between spaces (a
    /// hyphen does not end one, since a break there splits the word).
    static func longestWord(in text: String, bold: Bool) -> Length {
        var widest = 0, width = 0, count = 0
        // Scalars rather than characters: this runs over every cell, and a
        // combining accent adds nothing to the estimate anyway.
        for scalar in text.unicodeScalars {
            if scalar == " " || scalar == "\n" || scalar == "\t" {
                if count <= longestWordSized { widest = max(widest, width) }
                width = 0
                count = 0
            } else {
                width += advance(of: scalar)
                count += 1
            }
        }
        if count <= longestWordSized { widest = max(widest, width) }
        guard widest > 0 else { return Length(twips: 0) }
        // Thousandths of an em at the table's size, bold a twentieth wider, and a tenth to spare.
        let em = Length.halfPoints(OfficeLook.tableSize).twips
        let scaled = widest * em * (bold ? 115 : 110) / 100_000
        return Length(twips: scaled) + OfficeLook.cellPaddingX + OfficeLook.cellPaddingX
    }

    /// An estimate of a character's advance in a sans-serif face such as
    /// Arial, in thousandths of an em: the writers cannot measure text, and
    /// the estimate only has to tell a column that is surely too narrow.
    static func advance(of scalar: Unicode.Scalar) -> Int {
        switch scalar.value {
        case 0x0300...0x036F: 0  // combining accents
        case 0x69, 0x6A, 0x6C, 0xED, 0xEC, 0xEF, 0xEE, 0x2E, 0x2C, 0x3B, 0x3A, 0x21, 0x27, 0x2019, 0x7C, 0x49: 260  // i j l í ì ï î . , ; : ! ' ’ | I
        case 0x66, 0x74, 0x72, 0x2D, 0x28, 0x29, 0x5B, 0x5D, 0x2F, 0x20, 0xA0, 0x202F: 330  // f t r - ( ) [ ] / and spaces
        case 0x6D, 0x4D, 0x57, 0x40, 0x2014, 0x25, 0x152, 0xC6: 850  // m M W @ — % Œ Æ
        case 0x77, 0x153, 0xE6: 740  // w œ æ
        case 0x41...0x5A, 0xC0...0xDE: 690  // capitals
        default: 560
        }
    }

    /// The width of a facts table's label column: enough for the longest
    /// label in small capitals, within a fifth and two fifths of `width`.
    /// Estimated from the number of characters: the writers cannot measure
    /// text, and a label column too wide only leaves air.
    public static func factLabelWidth(_ facts: [Fact], width: Length) -> Length {
        let longest = facts.map { $0.label.count }.max() ?? 0
        // About 2 mm per capital at 8.5 pt, plus the cell's padding.
        let wanted = Length.millimetres(2 * longest + 5)
        return min(max(wanted, Length(twips: width.twips / 5)), Length(twips: width.twips * 2 / 5))
    }

    /// The signature table's columns: boxes of equal width with a gap between.
    public static var signatureWidths: [Length] {
        let gap = OfficeLook.signatureGap
        let count = OfficeLook.signaturesPerRow
        let box = Length(twips: (OfficeLook.textWidth.twips - gap.twips * (count - 1)) / count)
        var widths: [Length] = []
        for index in 0..<count {
            if index > 0 { widths.append(gap) }
            widths.append(box)
        }
        widths[widths.count - 1] = OfficeLook.textWidth - widths.dropLast().reduce(Length(twips: 0), +)
        return widths
    }
}
