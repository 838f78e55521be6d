import PacteCore
import PacteDocument

/// Serialises the laid-out pages into a PDF 1.7 file meant to conform to
/// PDF/A-2u: the catalog (with `/Lang`, the outline, the structure tree,
/// `/MarkInfo`, the XMP metadata, the sRGB output intent and the
/// signature fields' AcroForm), the page tree, the embedded font subsets
/// with their `ToUnicode` maps, content streams, the Info dictionary, the
/// cross-reference table and a trailer whose `/ID` is a digest of the
/// file, so that the same document always gives the same bytes.
struct PDFWriter {
    /// The Info dictionary's entries, which the XMP metadata repeats.
    struct Info {
        var title: String
        var subject: String
        var keywords: [String]
        var creationDate: CalendarDate?
    }

    var buffer = PDFBuffer(capacity: 262_144)
    /// The byte offset of each object, indexed by object number (0 is the free list's head).
    private var offsets: [Int] = [0]
    /// The next object number to hand out.
    private var nextObject = 1
    /// The subset fonts' names, which change with the glyphs kept: part of the file's identifier.
    var subsetNames: [UInt8] = []

    mutating func allocate(_ count: Int = 1) -> Int {
        let first = nextObject
        nextObject += count
        return first
    }

    /// The file's bytes.
    static func write(pages: [ContentStream], bookmarks: [Paginator.Bookmark], composition: Composition, info: Info,
                      language: String) -> [UInt8] {
        var writer = PDFWriter()
        writer.buffer.write("%PDF-1.7\n")
        // Bytes above 127 on the second line tell transfer programs the file is binary.
        writer.buffer.write(bytes: [0x25, 0xE2, 0xE3, 0xCF, 0xD3, 0x0A])

        let fonts = PDFFont.allCases.filter { font in
            composition.encoder.faces[font.rawValue] != nil && pages.contains { $0.fonts.contains(font) }
        }
        let catalog = writer.allocate(), pageTree = writer.allocate(), infoObject = writer.allocate()
        let metadata = writer.allocate(), profile = writer.allocate()
        let fontObjects = fonts.map { _ in writer.allocate(5) }
        let pageObjects = pages.map { _ in writer.allocate(2) }
        let structure = composition.structure
        let structTreeRoot = writer.allocate()
        let elements = writer.allocate(structure.nodes.count)
        // Where each signature field landed, and its objects (the field-widget and its appearance).
        var placedFields: [(index: Int, page: Int, rect: [Double])] = []
        for (page, stream) in pages.enumerated() {
            for field in stream.fields { placedFields.append((field.index, page, field.rect)) }
        }
        placedFields.sort { $0.index < $1.index }
        let fieldObjects = placedFields.map { _ in writer.allocate(2) }
        let outline = Outline(bookmarks)
        let outlineRoot = outline.nodes.isEmpty ? 0 : writer.allocate(1 + outline.nodes.count)

        writer.begin(catalog)
        writer.buffer.write("<< /Type /Catalog /Pages \(pageTree) 0 R /Lang ")
        writer.buffer.writeTextString(language)
        writer.buffer.write(" /Metadata \(metadata) 0 R /MarkInfo << /Marked true >> /StructTreeRoot \(structTreeRoot) 0 R")
        writer.buffer.write(" /OutputIntents [<< /Type /OutputIntent /S /GTS_PDFA1 /OutputConditionIdentifier (sRGB IEC61966-2.1)")
        writer.buffer.write(" /RegistryName (http://www.color.org) /Info (sRGB IEC61966-2.1) /DestOutputProfile \(profile) 0 R >>]")
        if !outline.nodes.isEmpty { writer.buffer.write(" /Outlines \(outlineRoot) 0 R /PageMode /UseOutlines") }
        if !fieldObjects.isEmpty {
            writer.buffer.write(" /AcroForm << /Fields [\(fieldObjects.map { "\($0) 0 R" }.joined(separator: " "))] >>")
        }
        writer.buffer.write(" /ViewerPreferences << /DisplayDocTitle true >> >>")
        writer.end()

        writer.begin(pageTree)
        writer.buffer.write("<< /Type /Pages /Count \(pages.count) /Kids [")
        writer.buffer.write(pageObjects.map { "\($0) 0 R" }.joined(separator: " "))
        writer.buffer.write("] /MediaBox [0 0 ")
        writer.buffer.write(PageStyle.pageWidth)
        writer.buffer.write(" ")
        writer.buffer.write(PageStyle.pageHeight)
        // Resources are inherited by every page from the tree.
        writer.buffer.write("] /Resources << /Font <<")
        for (offset, font) in fonts.enumerated() { writer.buffer.write(" /\(font.resourceName) \(fontObjects[offset]) 0 R") }
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

        let xmp = Array(XMPMetadata.packet(info, language: language).utf8)
        writer.stream(metadata, dictionary: "/Type /Metadata /Subtype /XML", xmp)
        writer.stream(profile, dictionary: "/N 3", SRGBProfile.bytes)

        for (offset, font) in fonts.enumerated() {
            if let use = composition.encoder.faces[font.rawValue] { writer.font(font, use: use, first: fontObjects[offset]) }
        }

        for (index, page) in pages.enumerated() {
            let object = pageObjects[index]
            writer.begin(object)
            writer.buffer.write("<< /Type /Page /Parent \(pageTree) 0 R /Contents \(object + 1) 0 R /StructParents \(index)")
            let annotations = placedFields.indices.filter { placedFields[$0].page == index }
            if !annotations.isEmpty {
                writer.buffer.write(" /Tabs /S /Annots [\(annotations.map { "\(fieldObjects[$0]) 0 R" }.joined(separator: " "))]")
            }
            writer.buffer.write(" >>")
            writer.end()
            writer.stream(object + 1, dictionary: "", page.buffer.bytes)
        }

        writer.structureTree(structure, root: structTreeRoot, elements: elements, pages: pages, pageObjects: pageObjects,
                             fields: placedFields.indices.map { (placedFields[$0].index, fieldObjects[$0], pageObjects[placedFields[$0].page]) })

        for (position, field) in placedFields.enumerated() {
            let object = fieldObjects[position]
            let name = field.index < composition.fields.count ? composition.fields[field.index] : "signature\(field.index + 1)"
            let node = structure.nodes.firstIndex { $0.field == field.index }
            let rect = field.rect
            writer.begin(object)
            writer.buffer.write("<< /Type /Annot /Subtype /Widget /FT /Sig /T ")
            writer.buffer.writeTextString(name)
            writer.buffer.write(" /TU ")
            writer.buffer.writeTextString((language == "fr" ? "Signature : " : "Signature: ") + name)
            writer.buffer.write(" /F 4 /P \(pageObjects[field.page]) 0 R /Rect [")
            for (offset, value) in rect.enumerated() {
                if offset > 0 { writer.buffer.write(" ") }
                writer.buffer.write(value)
            }
            writer.buffer.write("] /AP << /N \(object + 1) 0 R >>")
            if node != nil { writer.buffer.write(" /StructParent \(pages.count + position)") }
            writer.buffer.write(" >>")
            writer.end()
            // An empty appearance: PDF/A wants one for every widget; the signing tool draws its own.
            var box = PDFBuffer()
            box.write("/Type /XObject /Subtype /Form /BBox [0 0 ")
            box.write(rect[2] - rect[0])
            box.write(" ")
            box.write(rect[3] - rect[1])
            box.write("] /Resources << >>")
            writer.stream(object + 1, dictionary: String(decoding: box.bytes, as: UTF8.self), [])
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
                writer.buffer.write(" /Dest [\(pageObjects[node.page]) 0 R /XYZ 0 ")
                writer.buffer.write(node.top)
                writer.buffer.write(" null] >>")
                writer.end()
            }
        }

        // The file's identifier digests what makes it this file — its pages and
        // metadata, and the fonts by their subset names — rather than every byte,
        // which the fonts' programs made the longest step of writing it.
        var identity = xmp
        for page in pages { identity += page.buffer.bytes }
        for font in fonts { identity += Array(font.face.font.postScriptName.utf8) }
        identity += writer.subsetNames
        return writer.finish(info: infoObject, root: catalog, identity: identity)
    }

    mutating func begin(_ object: Int) {
        while offsets.count <= object { offsets.append(0) }
        offsets[object] = buffer.count
        buffer.write("\(object) 0 obj\n")
    }

    mutating func end() { buffer.write("\nendobj\n") }

    /// A stream object: `dictionary`'s entries, its length, its bytes.
    mutating func stream(_ object: Int, dictionary: String, _ bytes: [UInt8]) {
        begin(object)
        buffer.write("<< \(dictionary)\(dictionary.isEmpty ? "" : " ")/Length \(bytes.count) >>\nstream\n")
        buffer.write(bytes: bytes)
        buffer.write("\nendstream")
        end()
    }

    /// The cross-reference table and the trailer.
    private mutating func finish(info: Int, root: Int, identity: [UInt8]) -> [UInt8] {
        let identifier = MD5.digest(identity)
        let startxref = buffer.count
        while offsets.count < nextObject { offsets.append(0) }
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
