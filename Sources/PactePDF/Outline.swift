import PacteCore
import PacteDocument

/// The document outline (bookmarks): sections at the top level, their
/// subsections beneath, each pointing at the place its heading landed.
/// Titles keep their full Unicode text (the outline is not limited to
/// the page fonts), which the writer encodes as UTF-16.
struct Outline {
    struct Node {
        var title: String
        var page: Int
        var top: Double
        /// Indices into ``Outline/nodes``; `nil` for the outline's root.
        var parent: Int?
        var previous: Int?
        var next: Int?
        var children: [Int] = []
    }

    /// Every entry, in reading order.
    private(set) var nodes: [Node] = []
    /// The top-level entries.
    private(set) var roots: [Int] = []

    init(_ bookmarks: [Paginator.Bookmark]) {
        var section: Int?
        for bookmark in bookmarks {
            let index = nodes.count
            // A subsection before any section goes to the top level.
            let parent = bookmark.level > 2 ? section : nil
            var node = Node(title: bookmark.title, page: bookmark.page, top: bookmark.top, parent: parent)
            if let parent {
                node.previous = nodes[parent].children.last
                nodes[parent].children.append(index)
            } else {
                node.previous = roots.last
                roots.append(index)
                if bookmark.level <= 2 { section = index }
            }
            if let previous = node.previous { nodes[previous].next = index }
            nodes.append(node)
        }
    }
}
