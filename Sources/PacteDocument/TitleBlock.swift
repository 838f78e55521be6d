/// The head of the document: its title, an optional subtitle and the
/// facts that say what the pacte is (territory, level, legal basis,
/// period, adoption date), set apart from the text that follows.
public struct TitleBlock: Hashable, Sendable {
    /// The document's title, at level 1.
    public var title: String
    /// A line under the title, if any.
    public var subtitle: String?
    /// The facts under the title, in order.
    public var facts: [Fact]
    /// The name links point at, unique in the document.
    public internal(set) var anchor: String

    /// The block's stable name: its anchor.
    public var id: BlockID { BlockID(anchor) }

    /// A title block.
    public init(_ title: String, subtitle: String? = nil, facts: [Fact] = [], anchor: String) {
        self.title = title
        self.subtitle = subtitle
        self.facts = facts
        self.anchor = anchor
    }
}
