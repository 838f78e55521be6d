/// The end of the document where the parties sign: a heading, the
/// sentence that says where, when and in how many originals the act is
/// made, then one box per signatory, laid out side by side where room
/// allows and kept together on a page with at least the sentence before.
///
/// It is a node of its own, not a section's block, because every writer
/// sets it apart: boxes rather than text, a table of boxes in an office
/// document, its own structure element and signature fields in a PDF.
public struct SignaturePage: Hashable, Sendable {
    /// The page's heading (« Signatures »), at section level.
    public var heading: Heading
    /// « Fait à Lannévez-sur-Aber, le 14 mars 2026, en trois exemplaires
    /// originaux. », with dotted lines to fill in by hand for what the
    /// file does not say.
    public var statement: String
    /// One block per signatory, in the order of the pacte.
    public var signatures: [SignatureBlock]

    /// The page's stable name: its heading's anchor.
    public var id: BlockID { BlockID(heading.anchor) }

    /// A signature page.
    public init(_ heading: Heading, statement: String, signatures: [SignatureBlock]) {
        self.heading = heading
        self.statement = statement
        self.signatures = signatures
    }
}

/// A signatory's box: for whom, in what capacity, who, and room to sign
/// and stamp.
public struct SignatureBlock: Hashable, Sendable {
    /// The box's stable name, given by its place on the page.
    public internal(set) var id: BlockID
    /// The signatory's identifier in the pacte (`mairie`): what a signature
    /// field lying on the box is to be named after.
    public var signatory: String
    /// The organisation's name, as written.
    public var organisation: String
    /// « Pour la Commune de Lannévez-sur-Aber, »: the organisation with
    /// its article, as the act's signature line opens.
    public var onBehalf: String
    /// The representative's capacity, agreed with their gender: « la Maire, »;
    /// none where it is not known and no representative is named.
    public var capacity: String?
    /// The person signing, if named.
    public var representative: String?
    /// Without a representative, the words before a line to write a name
    /// and capacity by hand: « Nom et qualité : ».
    public var nameLine: String
    /// The caption of the empty box: « Signature et cachet ».
    public var signatureLabel: String

    /// A signatory's box; its id comes from its place on the page.
    public init(signatory: String, organisation: String, onBehalf: String, capacity: String?, representative: String?,
                nameLine: String, signatureLabel: String) {
        self.id = .unplaced
        self.signatory = signatory
        self.organisation = organisation
        self.onBehalf = onBehalf
        self.capacity = capacity
        self.representative = representative
        self.nameLine = nameLine
        self.signatureLabel = signatureLabel
    }
}
