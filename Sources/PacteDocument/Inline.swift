/// A run of text with its emphasis: what paragraphs, list items, table
/// cells are made of. Emphasis is the pacte's own `*emphasis*` and
/// `**strong**`, or the builder's (an action's title in bold); it says how
/// the text is set, not what the block is — that is the block's role.
public enum Inline: Hashable, Sendable {
    /// Text set as the block sets it.
    case text(String)
    /// Text in italics.
    case emphasis(String)
    /// Text in bold.
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
