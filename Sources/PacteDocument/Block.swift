/// A block of running content inside a section (or the preamble): what
/// each is says how every writer sets it — a paragraph with its role, a
/// list, label–value facts, a table, a figure. The parts that are not running
/// content (the title block, section headings, the signature page) are
/// nodes of their own in ``Document``.
public enum Block: Hashable, Sendable {
    /// A paragraph and its role (body text, a lead-in, a list's intro, a note).
    case paragraph(Paragraph)
    /// A numbered or bulleted list.
    case list(List)
    /// Label–value pairs (an objective's indicator and target, the funding).
    case facts(Facts)
    /// A table with its columns' kinds.
    case table(Table)
    /// A chart (the plan over time, the money by objective), beside the
    /// table that holds its figures.
    case figure(Figure)

    /// The block's stable name, given by its place in the document.
    public var id: BlockID {
        switch self {
        case .paragraph(let paragraph): paragraph.id
        case .list(let list): list.id
        case .facts(let facts): facts.id
        case .table(let table): table.id
        case .figure(let figure): figure.id
        }
    }
}
