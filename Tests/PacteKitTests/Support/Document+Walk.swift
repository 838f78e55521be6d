@testable import PacteDocument

/// Walks over a document for the tests that count or collect its parts.
extension Document {
    /// Every block in reading order: the preamble's, then each section's
    /// and its subsections'.
    var allBlocks: [Block] {
        func blocks(of section: Section) -> [Block] { section.blocks + section.subsections.flatMap(blocks(of:)) }
        return preamble + sections.flatMap(blocks(of:))
    }

    /// The id of every part in reading order.
    var allIDs: [BlockID] {
        var ids: [BlockID] = []
        if let titleBlock { ids.append(titleBlock.id) }
        ids += preamble.map(\.id)
        func visit(_ section: Section) {
            ids.append(section.id)
            ids += section.blocks.map(\.id)
            section.subsections.forEach(visit)
        }
        sections.forEach(visit)
        if let signaturePage { ids += [signaturePage.id] + signaturePage.signatures.map(\.id) }
        return ids
    }
}
