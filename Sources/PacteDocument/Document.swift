import PacteCore
import PacteSchema
import PacteSemantics

/// The printed pacte as a structure every document backend walks (HTML,
/// Markdown, PDF): headings, paragraphs, lists, tables, facts and signature
/// blocks, already worded in the pacte's language and typeset the French
/// way. Built from the resolved model by ``DocumentBuilder``; no backend
/// reads the model's raw fields or the syntax tree.
public struct Document: Hashable, Sendable {
    /// The language of the document (`lang` in HTML, `/Lang` in PDF).
    public var language: Language
    /// Title, subject and keywords for the file's metadata.
    public var metadata: Metadata
    /// The content, in reading order.
    public var blocks: [Block]

    /// Document metadata.
    public struct Metadata: Hashable, Sendable {
        /// The pacte's title.
        public var title: String
        /// What the document is: « Pacte de coopération pour les transitions — Commune de … ».
        public var subject: String
        /// Keywords, for search.
        public var keywords: [String]
        /// The date the document stands for: the adoption date, else none.
        public var date: CalendarDate?

        /// Creates a value from its parts.
        public init(title: String, subject: String, keywords: [String], date: CalendarDate?) {
            self.title = title
            self.subject = subject
            self.keywords = keywords
            self.date = date
        }
    }

    /// Creates a value from its parts.
    public init(language: Language, metadata: Metadata, blocks: [Block]) {
        self.language = language
        self.metadata = metadata
        self.blocks = blocks
    }
}

/// A run of text with its emphasis.
public enum Inline: Hashable, Sendable {
    case text(String)
    case emphasis(String)
    case strong(String)

    /// The text without emphasis.
    public var plainText: String {
        switch self {
        case .text(let text), .emphasis(let text), .strong(let text): text
        }
    }
}

extension Array where Element == Inline {
    /// The text of all runs, without emphasis.
    public var plainText: String { map(\.plainText).joined() }
}

/// One cell of a table.
public struct TableCell: Hashable, Sendable {
    /// The cell's content: paragraphs of runs.
    public var paragraphs: [[Inline]]
    /// Whether the cell is a number to align right (budgets).
    public var isNumeric: Bool

    /// A cell of plain text.
    public static func text(_ text: String, numeric: Bool = false) -> TableCell {
        TableCell(paragraphs: text.isEmpty ? [] : [[.text(text)]], isNumeric: numeric)
    }

    /// Creates a value from its parts.
    public init(paragraphs: [[Inline]], isNumeric: Bool) {
        self.paragraphs = paragraphs
        self.isNumeric = isNumeric
    }
}

/// A table with a header row repeated on each page, body rows and total rows.
public struct Table: Hashable, Sendable {
    /// Column headings.
    public var header: [String]
    /// Relative column widths, summing to 1, for backends that lay out pages.
    public var widths: [Double]
    /// The rows.
    public var rows: [[TableCell]]
    /// Rows in bold at the end (totals).
    public var footer: [[TableCell]]
    /// A caption read before the table.
    public var caption: String?

    /// Creates a value from its parts.
    public init(header: [String], widths: [Double], rows: [[TableCell]], footer: [[TableCell]], caption: String?) {
        self.header = header
        self.widths = widths
        self.rows = rows
        self.footer = footer
        self.caption = caption
    }
}

/// A signatory's block at the end: who signs, for whom, and room to sign.
public struct SignatureBlock: Hashable, Sendable {
    /// The organisation.
    public var organisation: String
    /// The person signing, if named.
    public var representative: String?
    /// « Fait à ……, le …… ».
    public var placeAndDate: String
    /// The caption of the empty box: « Signature ».
    public var signatureLabel: String

    /// Creates a value from its parts.
    public init(organisation: String, representative: String?, placeAndDate: String, signatureLabel: String) {
        self.organisation = organisation
        self.representative = representative
        self.placeAndDate = placeAndDate
        self.signatureLabel = signatureLabel
    }
}

/// A part of the document.
public enum Block: Hashable, Sendable {
    /// A heading; level 1 is the title, 2 a section, 3 a subsection. `anchor`
    /// names it for links and PDF bookmarks.
    case heading(level: Int, text: String, anchor: String)
    /// A paragraph.
    case paragraph([Inline])
    /// A bulleted or numbered list.
    case list(ordered: Bool, items: [[Inline]])
    /// Label–value pairs, such as the title block's facts.
    case facts([(label: String, value: String)])
    /// A table.
    case table(Table)
    /// The signature blocks, laid out side by side where room allows.
    case signatures([SignatureBlock])

    public static func == (lhs: Block, rhs: Block) -> Bool {
        switch (lhs, rhs) {
        case let (.heading(a, b, c), .heading(d, e, f)): a == d && b == e && c == f
        case let (.paragraph(a), .paragraph(b)): a == b
        case let (.list(a, b), .list(c, d)): a == c && b == d
        case let (.facts(a), .facts(b)): a.map(\.label) == b.map(\.label) && a.map(\.value) == b.map(\.value)
        case let (.table(a), .table(b)): a == b
        case let (.signatures(a), .signatures(b)): a == b
        default: false
        }
    }

    public func hash(into hasher: inout Hasher) {
        switch self {
        case let .heading(level, text, anchor): hasher.combine(0); hasher.combine(level); hasher.combine(text); hasher.combine(anchor)
        case let .paragraph(inlines): hasher.combine(1); hasher.combine(inlines)
        case let .list(ordered, items): hasher.combine(2); hasher.combine(ordered); hasher.combine(items)
        case let .facts(facts): hasher.combine(3); for fact in facts { hasher.combine(fact.label); hasher.combine(fact.value) }
        case let .table(table): hasher.combine(4); hasher.combine(table)
        case let .signatures(blocks): hasher.combine(5); hasher.combine(blocks)
        }
    }
}
