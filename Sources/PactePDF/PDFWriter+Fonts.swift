import PacteCore
import PacteDocument

/// The embedded fonts: for each face used, a `Type0` font over a
/// `CIDFontType2` with `Identity-H` (the codes in the content streams are
/// glyph ids), its descriptor, the subset as `FontFile2`, and a
/// `ToUnicode` map from each glyph to the text it stands for.
extension PDFWriter {
    /// Writes the five objects of `font`, numbered from `first`.
    mutating func font(_ font: PDFFont, use: GlyphEncoder.FaceUse, first: Int) {
        let face = font.face
        let type0 = first, cidFont = first + 1, descriptor = first + 2, file = first + 3, toUnicode = first + 4
        var used: [Int] = []
        for (id, meaning) in use.meanings.enumerated() where meaning != nil { used.append(id) }
        let cloneBase = face.font.numGlyphs
        let subset = TrueTypeSubset.make(face.font, used: used, clones: use.clones.map { Int($0.source) })
        let name = Self.subsetTag(font: font, used: used, clones: use.clones.map(\.source)) + "+" + face.font.postScriptName
        subsetNames += Array(name.utf8)

        begin(type0)
        buffer.write("<< /Type /Font /Subtype /Type0 /BaseFont /\(name) /Encoding /Identity-H")
        buffer.write(" /DescendantFonts [\(cidFont) 0 R] /ToUnicode \(toUnicode) 0 R >>")
        end()

        // Widths of the glyphs drawn, runs of consecutive ids together.
        var widths: [(id: Int, width: Int32)] = used.map { ($0, face.width(UInt16($0))) }
        for (offset, clone) in use.clones.enumerated() { widths.append((cloneBase + offset, face.width(clone.source))) }
        begin(cidFont)
        buffer.write("<< /Type /Font /Subtype /CIDFontType2 /BaseFont /\(name)")
        buffer.write(" /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >>")
        buffer.write(" /FontDescriptor \(descriptor) 0 R /CIDToGIDMap /Identity /DW \(face.width(0)) /W [")
        var index = 0
        while index < widths.count {
            var end = index + 1
            while end < widths.count && widths[end].id == widths[end - 1].id + 1 { end += 1 }
            buffer.write("\(widths[index].id) [")
            buffer.write(widths[index..<end].map { String($0.width) }.joined(separator: " "))
            buffer.write("]")
            index = end
        }
        buffer.write("] >>")
        end()

        let scale = 1000 / Double(face.font.unitsPerEm)
        let box = face.font.boundingBox.map { Int((Double($0) * scale).rounded()) }
        var flags = 32  // nonsymbolic
        if font.isSerif { flags |= 2 }
        if font.isItalic { flags |= 64 }
        begin(descriptor)
        buffer.write("<< /Type /FontDescriptor /FontName /\(name) /Flags \(flags) /FontBBox [\(box.map(String.init).joined(separator: " "))]")
        buffer.write(" /ItalicAngle ")
        buffer.write(face.font.italicAngle)
        buffer.write(" /Ascent \(face.ascender) /Descent \(face.descender) /CapHeight \(face.capHeight)")
        buffer.write(" /StemV \(face.font.weightClass >= 600 ? 140 : 80) /FontFile2 \(file) 0 R >>")
        end()

        stream(file, dictionary: "/Length1 \(subset.count)", subset)

        var meanings: [(id: Int, text: String)] = used.compactMap { id in use.meanings[id].map { (id, $0) } }
        for (offset, clone) in use.clones.enumerated() { meanings.append((cloneBase + offset, clone.text)) }
        stream(toUnicode, dictionary: "", Self.toUnicodeMap(meanings))
    }

    /// Six capital letters that change with the glyphs kept: the same subset always has the same name.
    static func subsetTag(font: PDFFont, used: [Int], clones: [UInt16]) -> String {
        var bytes: [UInt8] = Array(font.face.font.postScriptName.utf8)
        for id in used { bytes += [UInt8(id >> 8), UInt8(id & 0xFF)] }
        bytes.append(0xFF)
        for id in clones { bytes += [UInt8(id >> 8), UInt8(id & 0xFF)] }
        let digest = MD5.digest(bytes)
        return String(decoding: digest.prefix(6).map { 0x41 + $0 % 26 }, as: UTF8.self)
    }

    /// A CMap from two-byte glyph codes to UTF-16BE, a hundred entries a block as the format asks.
    static func toUnicodeMap(_ meanings: [(id: Int, text: String)]) -> [UInt8] {
        var map = PDFBuffer()
        map.write("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n")
        map.write("/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n")
        map.write("/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n")
        map.write("1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n")
        let entries = meanings.filter { !$0.text.isEmpty }
        var start = 0
        while start < entries.count {
            let block = entries[start..<min(start + 100, entries.count)]
            map.write("\(block.count) beginbfchar\n")
            for entry in block {
                map.writeHexString([UInt8(entry.id >> 8), UInt8(entry.id & 0xFF)])
                map.write(" ")
                map.writeHexString(entry.text.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] })
                map.write("\n")
            }
            map.write("endbfchar\n")
            start += 100
        }
        map.write("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n")
        return map.bytes
    }
}
