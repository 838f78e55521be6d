import PacteCore
import PacteDocument

/// Serialises the laid-out pages into a PDF file: the catalog (with
/// `/Lang` and the outline), the page tree, the standard fonts in
/// WinAnsiEncoding, uncompressed content streams, the Info dictionary, the
/// cross-reference table and a trailer whose `/ID` is a digest of the file,
/// so that the same document always gives the same bytes.
struct PDFWriter {
    /// The Info dictionary's entries.
    struct Info {
        var title: String
        var subject: String
        var keywords: [String]
        var creationDate: CalendarDate?
    }

    private var buffer = PDFBuffer(capacity: 65_536)
    /// The byte offset of each object, indexed by object number (0 is the free list's head).
    private var offsets: [Int] = [0]

    /// The file's bytes.
    static func write(pages: [ContentStream], bookmarks: [Paginator.Bookmark], info: Info, language: String) -> [UInt8] {
        var writer = PDFWriter()
        writer.buffer.write("%PDF-1.4\n")
        // Bytes above 127 on the second line tell transfer programs the file is binary.
        writer.buffer.write(bytes: [0x25, 0xE2, 0xE3, 0xCF, 0xD3, 0x0A])

        let fonts = PDFFont.allCases.filter { font in pages.contains { $0.fonts.contains(font) } }
        let catalog = 1, pageTree = 2, infoObject = 3
        let firstFont = 4
        let firstPage = firstFont + fonts.count
        let outlineRoot = firstPage + 2 * pages.count
        func pageObject(_ index: Int) -> Int { firstPage + 2 * index }
        let outline = Outline(bookmarks)

        writer.begin(catalog)
        writer.buffer.write("<< /Type /Catalog /Pages \(pageTree) 0 R /Lang ")
        writer.buffer.writeTextString(language)
        if !outline.nodes.isEmpty { writer.buffer.write(" /Outlines \(outlineRoot) 0 R /PageMode /UseOutlines") }
        writer.buffer.write(" /ViewerPreferences << /DisplayDocTitle true >> >>")
        writer.end()

        writer.begin(pageTree)
        writer.buffer.write("<< /Type /Pages /Count \(pages.count) /Kids [")
        for index in pages.indices { writer.buffer.write("\(index > 0 ? " " : "")\(pageObject(index)) 0 R") }
        writer.buffer.write("] /MediaBox [0 0 ")
        writer.buffer.write(PageStyle.pageWidth)
        writer.buffer.write(" ")
        writer.buffer.write(PageStyle.pageHeight)
        // Resources are inherited by every page from the tree.
        writer.buffer.write("] /Resources << /Font <<")
        for (offset, font) in fonts.enumerated() { writer.buffer.write(" /\(font.resourceName) \(firstFont + offset) 0 R") }
        writer.buffer.write(" >> >> >>")
        writer.end()

        writer.begin(infoObject)
        writer.buffer.write("<< /Title ")
        writer.buffer.writeTextString(info.title)
        writer.buffer.write(" /Subject ")
        writer.buffer.writeTextString(info.subject)
        writer.buffer.write(" /Keywords ")
        writer.buffer.writeTextString(info.keywords.joined(separator: ", "))
        writer.buffer.write(" /Creator (pacte) /Producer (pacte)")
        if let date = info.creationDate {
            writer.buffer.write(" /CreationDate ")
            writer.buffer.writeDate(date)
        }
        writer.buffer.write(" >>")
        writer.end()

        for (offset, font) in fonts.enumerated() {
            writer.begin(firstFont + offset)
            writer.buffer.write("<< /Type /Font /Subtype /Type1 /BaseFont /\(font.metrics.baseFont) /Encoding /WinAnsiEncoding >>")
            writer.end()
        }

        for (index, page) in pages.enumerated() {
            writer.begin(pageObject(index))
            writer.buffer.write("<< /Type /Page /Parent \(pageTree) 0 R /Contents \(pageObject(index) + 1) 0 R >>")
            writer.end()
            writer.begin(pageObject(index) + 1)
            let content = page.buffer.bytes
            writer.buffer.write("<< /Length \(content.count) >>\nstream\n")
            writer.buffer.write(bytes: content)
            writer.buffer.write("\nendstream")
            writer.end()
        }

        if !outline.nodes.isEmpty {
            func object(_ node: Int?) -> Int { node.map { outlineRoot + 1 + $0 } ?? outlineRoot }
            writer.begin(outlineRoot)
            writer.buffer.write("<< /Type /Outlines /First \(object(outline.roots.first)) 0 R /Last \(object(outline.roots.last)) 0 R /Count \(outline.nodes.count) >>")
            writer.end()
            for (index, node) in outline.nodes.enumerated() {
                writer.begin(object(index))
                writer.buffer.write("<< /Title ")
                writer.buffer.writeTextString(node.title)
                writer.buffer.write(" /Parent \(object(node.parent)) 0 R")
                if let previous = node.previous { writer.buffer.write(" /Prev \(object(previous)) 0 R") }
                if let next = node.next { writer.buffer.write(" /Next \(object(next)) 0 R") }
                if let first = node.children.first, let last = node.children.last {
                    writer.buffer.write(" /First \(object(first)) 0 R /Last \(object(last)) 0 R /Count \(node.children.count)")
                }
                writer.buffer.write(" /Dest [\(pageObject(node.page)) 0 R /XYZ 0 ")
                writer.buffer.write(node.top)
                writer.buffer.write(" null] >>")
                writer.end()
            }
        }

        return writer.finish(info: infoObject, root: catalog)
    }

    private mutating func begin(_ object: Int) {
        while offsets.count <= object { offsets.append(0) }
        offsets[object] = buffer.count
        buffer.write("\(object) 0 obj\n")
    }

    private mutating func end() { buffer.write("\nendobj\n") }

    /// The cross-reference table and the trailer.
    private mutating func finish(info: Int, root: Int) -> [UInt8] {
        let identifier = MD5.digest(buffer.bytes)
        let startxref = buffer.count
        buffer.write("xref\n0 \(offsets.count)\n0000000000 65535 f \n")
        for offset in offsets.dropFirst() {
            let digits = String(offset)
            buffer.write(String(repeating: "0", count: max(0, 10 - digits.count)) + digits + " 00000 n \n")
        }
        buffer.write("trailer\n<< /Size \(offsets.count) /Root \(root) 0 R /Info \(info) 0 R /ID [")
        buffer.writeHexString(identifier)
        buffer.writeHexString(identifier)
        buffer.write("] >>\nstartxref\n\(startxref)\n%%EOF\n")
        return buffer.bytes
    }
}
