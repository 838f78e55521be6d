/// A list: numbered (the priorities, the steps of a decision path, the
/// changes of an avenant) or bulleted (the charter's commitments).
public struct List: Hashable, Sendable {
    /// How the items are marked.
    public enum Kind: String, Hashable, Sendable {
        /// « 1. », « 2. »…: the order matters.
        case numbered
        /// Bullets: the order does not matter.
        case bulleted
    }

    /// The list's stable name, given by its place in the document.
    public internal(set) var id: BlockID
    /// How the items are marked.
    public var kind: Kind
    /// One run of text per item.
    public var items: [[Inline]]

    /// Whether the items are numbered.
    public var isOrdered: Bool { kind == .numbered }

    /// A list of `items`; its id comes from its place in the document.
    public init(_ kind: Kind, _ items: [[Inline]]) {
        self.id = .unplaced
        self.kind = kind
        self.items = items
    }
}
