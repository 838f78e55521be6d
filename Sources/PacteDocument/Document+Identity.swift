/// How a document names its parts: unique anchors for the headings, and
/// for each block an id made of its section's anchor, its kind and its
/// rank among the blocks of that kind there. Done once, when the document
/// is made, in reading order, so that every writer links to the same names.
extension Document {
    /// The scope that names the preamble's blocks, kept from the anchors.
    static let preambleScope = "preambule"

    mutating func identify() {
        var anchors = Anchors()
        anchors.reserve(Self.preambleScope)
        if var titleBlock {
            titleBlock.anchor = anchors.unique(titleBlock.anchor)
            self.titleBlock = titleBlock
        }
        preamble = Self.identify(preamble, in: Self.preambleScope)
        sections = sections.map { Self.identify($0, anchors: &anchors) }
        if var signaturePage {
            signaturePage.heading.anchor = anchors.unique(signaturePage.heading.anchor)
            let scope = signaturePage.heading.anchor
            for index in signaturePage.signatures.indices {
                signaturePage.signatures[index].id = BlockID("\(scope).signature\(index + 1)")
            }
            self.signaturePage = signaturePage
        }
    }

    private static func identify(_ section: Section, anchors: inout Anchors) -> Section {
        var section = section
        section.heading.anchor = anchors.unique(section.heading.anchor)
        section.blocks = identify(section.blocks, in: section.heading.anchor)
        section.subsections = section.subsections.map { identify($0, anchors: &anchors) }
        return section
    }

    /// `blocks` named `scope.p1`, `scope.liste1`, `scope.tableau2`…: a
    /// count per kind, so that a block gained or lost in a section renames
    /// only the blocks of its own kind after it.
    private static func identify(_ blocks: [Block], in scope: String) -> [Block] {
        var paragraphs = 0, lists = 0, facts = 0, tables = 0, figures = 0
        return blocks.map { block in
            switch block {
            case .paragraph(var paragraph):
                paragraphs += 1
                paragraph.id = BlockID("\(scope).p\(paragraphs)")
                return .paragraph(paragraph)
            case .list(var list):
                lists += 1
                list.id = BlockID("\(scope).liste\(lists)")
                return .list(list)
            case .facts(var block):
                facts += 1
                block.id = BlockID("\(scope).faits\(facts)")
                return .facts(block)
            case .table(var table):
                tables += 1
                table.id = BlockID("\(scope).tableau\(tables)")
                return .table(table)
            case .figure(var figure):
                figures += 1
                figure.id = BlockID("\(scope).figure\(figures)")
                return .figure(figure)
            }
        }
    }
}

/// The anchors given so far.
private struct Anchors {
    private var used: Set<String> = []

    mutating func reserve(_ anchor: String) { used.insert(anchor) }

    /// `anchor` as a name an HTML `id` can hold (no space, never empty),
    /// with `-2`, `-3`… when it is taken: the builders make anchors from
    /// identifiers, so this only guards against a pacte whose errors left
    /// two declarations with one identifier, and a hand-made document.
    mutating func unique(_ anchor: String) -> String {
        var base = String(anchor.map { $0.isWhitespace ? "-" : $0 })
        if base.isEmpty { base = "section" }
        var candidate = base
        var counter = 2
        while used.contains(candidate) {
            candidate = base + "-" + String(counter)
            counter += 1
        }
        used.insert(candidate)
        return candidate
    }
}
