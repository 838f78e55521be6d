/// A heading: the title of a section (level 2) or of a subsection
/// (level 3), with the anchor that links, bookmarks and tables of contents
/// point at. The document's title is its ``TitleBlock``'s, at level 1.
public struct Heading: Hashable, Sendable {
    /// 1 for the title, 2 for a section, 3 for a subsection: the `h2`,
    /// the `Titre 2` style, the `H2` structure element.
    public var level: Int
    /// The heading's text, typeset.
    public var text: String
    /// The name links point at (`vision`, `objectif-haies`): unique in
    /// its document, without spaces, made from identifiers rather than
    /// from the text, so that it stays when a title is reworded.
    public internal(set) var anchor: String

    /// A heading at `level`.
    public init(level: Int, _ text: String, anchor: String) {
        self.level = level
        self.text = text
        self.anchor = anchor
    }
}
