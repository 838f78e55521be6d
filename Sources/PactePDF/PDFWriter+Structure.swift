import PacteCore
import PacteDocument

/// The structure tree of the tagged PDF: one structure element per node,
/// its kids in reading order (elements, marked-content references to the
/// pages' MCIDs, object references to the signature widgets), and the
/// parent tree that leads from a page's MCID or a widget back to its element.
extension PDFWriter {
    mutating func structureTree(_ structure: StructureTree, root: Int, elements: Int, pages: [ContentStream], pageObjects: [Int],
                                fields: [(index: Int, object: Int, page: Int)]) {
        // Each node's marked content, in drawing order: (page object, MCID).
        var marks = [[(page: Int, mcid: Int)]](repeating: [], count: structure.nodes.count)
        for (page, stream) in pages.enumerated() {
            for (mcid, tag) in stream.marks.enumerated() where Int(tag) >= 0 && Int(tag) < marks.count {
                marks[Int(tag)].append((pageObjects[page], mcid))
            }
        }
        var widgets: [Int: (object: Int, page: Int, key: Int)] = [:]
        for (position, field) in fields.enumerated() { widgets[field.index] = (field.object, field.page, pages.count + position) }

        begin(root)
        buffer.write("<< /Type /StructTreeRoot /K [\(elements) 0 R] /ParentTree << /Nums [")
        for (page, stream) in pages.enumerated() {
            buffer.write("\(page) [")
            buffer.write(stream.marks.map { "\(elements + max(0, Int($0))) 0 R" }.joined(separator: " "))
            buffer.write("] ")
        }
        for (index, node) in structure.nodes.enumerated() {
            if let field = node.field, let widget = widgets[field] { buffer.write("\(widget.key) \(elements + index) 0 R ") }
        }
        buffer.write("] >> /ParentTreeNextKey \(pages.count + fields.count) >>")
        end()

        for (index, node) in structure.nodes.enumerated() {
            begin(elements + index)
            buffer.write("<< /Type /StructElem /S /\(node.role) /P \(node.parent < 0 ? root : elements + node.parent) 0 R")
            if let attributes = node.attributes { buffer.write(" /A << \(attributes) >>") }
            if let alternate = node.alternate {
                buffer.write(" /Alt ")
                buffer.writeTextString(alternate)
            }
            if let field = node.field, let widget = widgets[field], node.children.isEmpty, marks[index].isEmpty {
                // A form element's one kid, the widget, stands alone rather than in an array: the shape
                // signing tools (pyHanko) recognise when they check that a signature changed only its field.
                buffer.write(" /K << /Type /OBJR /Obj \(widget.object) 0 R /Pg \(widget.page) 0 R >> >>")
                end()
                continue
            }
            buffer.write(" /K [")
            var first = true
            func separate() {
                if !first { buffer.write(" ") }
                first = false
            }
            for child in node.children {
                separate()
                buffer.write("\(elements + child) 0 R")
            }
            for mark in marks[index] {
                separate()
                buffer.write("<< /Type /MCR /Pg \(mark.page) 0 R /MCID \(mark.mcid) >>")
            }
            buffer.write("] >>")
            end()
        }
    }
}
