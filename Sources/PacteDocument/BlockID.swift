/// The name of a part of the document, the same at every build of the same
/// pacte: a section is named by its heading's anchor (`plan`,
/// `objectif-haies`), a block by its section's anchor, its kind and its
/// rank among the blocks of that kind there (`objectif-haies.tableau1`).
///
/// Writers name what they write after it: an HTML `id`, an office
/// document's bookmark or table name, a tagged PDF's structure element,
/// the signature field of a box. Nothing is numbered at random or by the
/// order of a hash, so that the same pacte gives the same bytes. A pacte's
/// identifiers never hold a `.`, which is what keeps a block's id apart
/// from every anchor.
public struct BlockID: Hashable, Sendable, CustomStringConvertible {
    /// The name as written: `vision`, `charte.liste1`.
    public let rawValue: String

    /// A name as written.
    public init(_ rawValue: String) {
        self.rawValue = rawValue
    }

    public var description: String { rawValue }

    /// The id of a block not yet placed in a ``Document``, which gives
    /// every block its id from its place when it is made.
    static let unplaced = BlockID("")
}
