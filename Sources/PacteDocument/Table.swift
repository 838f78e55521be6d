/// A table: a header row of column headings repeated on each page the
/// table runs over, body rows, and total rows in bold at the end.
///
/// Each column says what kind of value it holds, so that every writer
/// aligns figures from the kind (the heading too, over its figures) and
/// none looks at a cell's text to decide; an office document or a tagged
/// PDF marks the header row as the column headers (`TH`, scope column).
public struct Table: Hashable, Sendable {
    /// One column: its heading, what it holds and its share of the width.
    public struct Column: Hashable, Sendable {
        /// What a column holds.
        public enum Kind: String, Hashable, Sendable {
            /// Words: set ragged, from the left.
            case text
            /// Counts and other figures without a unit.
            case number
            /// Amounts in euros, already written as « 24 000 € ».
            case money

            /// Whether the column holds figures, aligned right under their
            /// heading so that units line up with units.
            public var isFigure: Bool { self != .text }
        }

        /// The heading in the header row.
        public var heading: String
        /// What the column holds.
        public var kind: Kind
        /// The column's share of the table's width, the shares summing to
        /// 1: a wish for writers that lay out pages, which may widen a
        /// column too narrow for its longest word.
        public var width: Double

        /// A column of `kind` under `heading`.
        public init(_ heading: String, _ kind: Kind = .text, width: Double) {
            self.heading = heading
            self.kind = kind
            self.width = width
        }
    }

    /// The table's stable name, given by its place in the document.
    public internal(set) var id: BlockID
    /// A caption read before the table (« Composition »).
    public var caption: String?
    /// The columns, left to right; their headings make the header row.
    public var columns: [Column]
    /// The body rows, a cell per column.
    public var rows: [[TableCell]]
    /// The total rows after the body, in bold, kept with the last body row.
    public var totals: [[TableCell]]

    /// A table; its id comes from its place in the document.
    public init(caption: String? = nil, columns: [Column], rows: [[TableCell]], totals: [[TableCell]] = []) {
        self.id = .unplaced
        self.caption = caption
        self.columns = columns
        self.rows = rows
        self.totals = totals
    }

    /// The kind of the column at `index`; a cell beyond the declared
    /// columns holds text.
    public func kind(ofColumn index: Int) -> Column.Kind {
        index < columns.count ? columns[index].kind : .text
    }
}

/// One cell of a table: paragraphs of runs (an action's title in bold,
/// then its description). How it is aligned is its column's business.
public struct TableCell: Hashable, Sendable {
    /// The cell's content: paragraphs of runs; none for an empty cell.
    public var paragraphs: [[Inline]]

    /// A cell of plain text; an empty text makes an empty cell.
    public static func text(_ text: String) -> TableCell {
        TableCell(paragraphs: text.isEmpty ? [] : [[.text(text)]])
    }

    /// A cell of paragraphs.
    public init(paragraphs: [[Inline]]) {
        self.paragraphs = paragraphs
    }
}
