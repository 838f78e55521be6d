/// A section of the pacte under its heading: the blocks that follow the
/// heading, then its subsections, each a section one level down.
///
/// A pacte's sections are its provisions; the act the pacte is printed as
/// (DESIGN §6.2) numbers them as articles, « Article 1 – Objet », and
/// leaves the annexes out of the count.
public struct Section: Hashable, Sendable {
    /// What a section is in the act.
    public enum Role: String, Hashable, Sendable {
        /// A part of the text proper, which an act numbers as an article.
        case provision
        /// Material attached to the text (the waivers), not an article.
        case annex
    }

    /// The heading, with the section's level and anchor.
    public var heading: Heading
    /// A provision or an annex.
    public var role: Role
    /// The blocks between the heading and the first subsection.
    public var blocks: [Block]
    /// The subsections, in order.
    public var subsections: [Section]

    /// The section's stable name: its heading's anchor.
    public var id: BlockID { BlockID(heading.anchor) }

    /// A section under `heading`.
    public init(_ heading: Heading, role: Role = .provision, blocks: [Block] = [], subsections: [Section] = []) {
        self.heading = heading
        self.role = role
        self.blocks = blocks
        self.subsections = subsections
    }
}
