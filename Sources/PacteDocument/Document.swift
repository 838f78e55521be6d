import PacteCore

/// The printed pacte as a tree every document writer walks (HTML,
/// Markdown, PDF; next, office documents and the tagged PDF): the title
/// block, the blocks before the first section, the sections with their
/// subsections, the signature page. Each node says what it is — a
/// paragraph's role, a column's kind, a section's level and anchor — so
/// that no writer guesses structure from the shape of the content, and
/// all of them agree. Every node has a stable ``BlockID``.
///
/// The text is already worded in the pacte's language and typeset the
/// French way. Built from the resolved model by ``DocumentBuilder`` (and
/// the avenant's by the diff); no writer reads the model or the syntax tree.
public struct Document: Hashable, Sendable {
    /// The language of the document (`lang` in HTML, `/Lang` in PDF).
    public var language: Language
    /// Title, subject and keywords for the file's metadata.
    public var metadata: Metadata
    /// The title, subtitle and facts at the top; none in a bare document.
    public internal(set) var titleBlock: TitleBlock?
    /// Blocks between the title block and the first section: the
    /// avenant's opening sentence; an act's « Vu … » lines.
    public internal(set) var preamble: [Block]
    /// The sections, in reading order.
    public internal(set) var sections: [Section]
    /// Where the parties sign, after the last section.
    public internal(set) var signaturePage: SignaturePage?
    /// The caption of the space for initials in every page's footer
    /// (« Paraphes »), where the document is an act signed on paper; none
    /// in a document that is not signed page by page.
    public var initialsLabel: String?

    /// Document metadata.
    public struct Metadata: Hashable, Sendable {
        /// The pacte's title.
        public var title: String
        /// What the document is: « Pacte de coopération pour les transitions — Commune de … ».
        public var subject: String
        /// Keywords, for search.
        public var keywords: [String]
        /// The date the document stands for: the adoption date, else none.
        public var date: CalendarDate?

        /// Creates a value from its parts.
        public init(title: String, subject: String, keywords: [String], date: CalendarDate?) {
            self.title = title
            self.subject = subject
            self.keywords = keywords
            self.date = date
        }
    }

    /// A document of these parts. Anchors are made unique (and never
    /// empty nor spaced), and every block is given its id from its place,
    /// here and only here: two builds of the same pacte name every block
    /// the same, whoever built it.
    public init(language: Language, metadata: Metadata, titleBlock: TitleBlock? = nil, preamble: [Block] = [],
                sections: [Section] = [], signaturePage: SignaturePage? = nil, initialsLabel: String? = nil) {
        self.language = language
        self.metadata = metadata
        self.titleBlock = titleBlock
        self.preamble = preamble
        self.sections = sections
        self.signaturePage = signaturePage
        self.initialsLabel = initialsLabel
        identify()
    }

    /// Every heading in reading order, the title's at level 1 and the
    /// signature page's included: the outline a table of contents or a
    /// navigator shows.
    public var headings: [Heading] {
        var headings: [Heading] = []
        if let titleBlock { headings.append(Heading(level: 1, titleBlock.title, anchor: titleBlock.anchor)) }
        func visit(_ section: Section) {
            headings.append(section.heading)
            section.subsections.forEach(visit)
        }
        sections.forEach(visit)
        if let signaturePage { headings.append(signaturePage.heading) }
        return headings
    }
}
