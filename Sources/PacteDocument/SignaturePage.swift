/// The end of the document where the parties sign: a heading, then one
/// box per signatory, laid out side by side where room allows and kept
/// together on a page where they fit.
///
/// It is a node of its own, not a section's block, because every writer
/// sets it apart: boxes rather than text, a table of boxes in an office
/// document, its own structure element and signature fields in a PDF.
public struct SignaturePage: Hashable, Sendable {
    /// The page's heading (« Signatures »), at section level.
    public var heading: Heading
    /// One block per signatory, in the order of the pacte.
    public var signatures: [SignatureBlock]

    /// The page's stable name: its heading's anchor.
    public var id: BlockID { BlockID(heading.anchor) }

    /// A signature page.
    public init(_ heading: Heading, signatures: [SignatureBlock]) {
        self.heading = heading
        self.signatures = signatures
    }
}

/// A signatory's box: who signs, for whom, and room to sign.
public struct SignatureBlock: Hashable, Sendable {
    /// The box's stable name, given by its place on the page.
    public internal(set) var id: BlockID
    /// The signatory's identifier in the pacte (`mairie`): what a signature
    /// field lying on the box is to be named after.
    public var signatory: String
    /// The organisation.
    public var organisation: String
    /// The person signing, if named; without one, a line to write a name.
    public var representative: String?
    /// « Fait à ……, le …… ».
    public var placeAndDate: String
    /// The caption of the empty box: « Signature ».
    public var signatureLabel: String

    /// A signatory's box; its id comes from its place on the page.
    public init(signatory: String, organisation: String, representative: String?, placeAndDate: String, signatureLabel: String) {
        self.id = .unplaced
        self.signatory = signatory
        self.organisation = organisation
        self.representative = representative
        self.placeAndDate = placeAndDate
        self.signatureLabel = signatureLabel
    }
}
