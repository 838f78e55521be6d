import PacteCore
import PacteDocument

/// The tagged PDF's logical structure, built as the document is composed:
/// the document, its sections, headings, paragraphs, lists, tables with
/// their header cells, the signature boxes with their fields. Content is
/// drawn only into leaves (a paragraph, a cell, a list item's label or
/// body); containers hold nodes. Each drawn run carries its leaf's tag,
/// from which the content stream writes marked content and the writer the
/// structure tree, in reading order.
final class StructureTree {
    struct Node {
        /// The standard structure type: `Document`, `Sect`, `H1`…`H3`, `P`, `L`, `LI`, `Lbl`, `LBody`, `Table`, `TR`, `TH`, `TD`…
        var role: String
        var parent: Int
        var children: [Int] = []
        /// An attribute dictionary's entries, written as they are (`/O /Table /Scope /Column`).
        var attributes: String?
        /// The signature field (its index among the document's) this node stands for, a `Form`.
        var field: Int?
        /// A replacement text, read instead of the content (`/Alt`).
        var alternate: String?
    }

    private(set) var nodes: [Node] = [Node(role: "Document", parent: -1)]
    private var stack: [Int] = [0]

    /// Opens a container under the current one and makes it current.
    @discardableResult
    func open(_ role: String, attributes: String? = nil) -> StructureTag {
        let tag = add(role, attributes: attributes)
        stack.append(Int(tag))
        return tag
    }

    /// Gives the node `tag` a replacement text (`/Alt`): what a figure shows, said in words.
    func setAlternate(_ text: String, of tag: StructureTag) {
        if tag >= 0 && Int(tag) < nodes.count { nodes[Int(tag)].alternate = text }
    }

    /// Closes the current container.
    func close() {
        if stack.count > 1 { stack.removeLast() }
    }

    /// A leaf under the current container, for content to be drawn into.
    func leaf(_ role: String, attributes: String? = nil, field: Int? = nil) -> StructureTag {
        let tag = add(role, attributes: attributes)
        nodes[Int(tag)].field = field
        return tag
    }

    private func add(_ role: String, attributes: String?) -> StructureTag {
        let parent = stack[stack.count - 1]
        nodes.append(Node(role: role, parent: parent, attributes: attributes))
        nodes[parent].children.append(nodes.count - 1)
        return StructureTag(nodes.count - 1)
    }
}
