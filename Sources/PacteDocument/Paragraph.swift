/// A paragraph of text and what it is for. The role is the builder's word
/// on it, so that no writer guesses from a paragraph's shape (a lone bold
/// line, a colon before a list) what it does: HTML gives it a class, the
/// PDF keeps it with what follows, an office document gives it a named style.
public struct Paragraph: Hashable, Sendable {
    /// What a paragraph does in the text around it.
    public enum Role: String, Hashable, Sendable, CaseIterable {
        /// Running text: the pacte's own texts, the builder's sentences.
        case body
        /// A short line that heads the blocks after it, below the level of
        /// a heading (« Chemin de décision »); it stays with what follows,
        /// on paper, and is not in the outline.
        case leadIn
        /// A sentence that introduces the list right after it and ends in
        /// a colon (« Les signataires s’engagent à : »); it stays with the list.
        case intro
        /// A remark about the content rather than content (« Aucune action
        /// n’est encore prévue pour cet objectif. »).
        case note

        /// Whether the paragraph must stand on the same page as the block after it.
        public var keepsWithNext: Bool { self == .leadIn || self == .intro }
    }

    /// The paragraph's stable name, given by its place in the document.
    public internal(set) var id: BlockID
    /// What the paragraph is for.
    public var role: Role
    /// Its text.
    public var runs: [Inline]

    /// A paragraph of `runs` with its role; its id comes from its place in the document.
    public init(_ role: Role, _ runs: [Inline]) {
        self.id = .unplaced
        self.role = role
        self.runs = runs
    }

    /// A paragraph of body text.
    public init(_ runs: [Inline]) {
        self.init(.body, runs)
    }
}
