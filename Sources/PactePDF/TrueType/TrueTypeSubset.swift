/// A subset of a TrueType font for embedding: the glyphs a document
/// draws (and the glyphs their composites are built from) keep their ids
/// and outlines, every other glyph is left empty, so that a content
/// stream's glyph ids need no renumbering. `clones` adds glyphs after the
/// font's own, each a copy of another's outline, to give one drawing a
/// second meaning in the text a reader extracts (a hyphen added at a line
/// break, a stand-in for a character the font lacks).
///
/// The tables a PDF reader needs are written (`head`, `hhea`, `maxp`,
/// `hmtx`, `loca`, `glyf`, `post`, `OS/2` and, when the font has them,
/// `cvt `, `fpgm`, `prep`), with their checksums and `head`'s
/// `checkSumAdjustment`; `cmap` is not, since the PDF maps codes to glyphs.
enum TrueTypeSubset {
    /// The glyphs to keep: `used`, glyph 0, and every component of a composite among them.
    static func closure(of used: some Sequence<Int>, in font: TrueTypeFont) -> Set<Int> {
        var kept: Set<Int> = [0]
        var pending = Array(used)
        while let glyph = pending.popLast() {
            guard glyph >= 0, glyph < font.numGlyphs, kept.insert(glyph).inserted || glyph == 0 else { continue }
            pending += font.components(of: glyph)
        }
        return kept
    }

    /// The subset font's bytes.
    static func make(_ font: TrueTypeFont, used: some Sequence<Int>, clones: [Int] = []) -> [UInt8] {
        let kept = closure(of: Array(used) + clones, in: font)
        let count = font.numGlyphs + clones.count
        let source = font.data

        // Outlines, each padded to an even length, with long offsets.
        var glyf: [UInt8] = []
        var loca: [UInt8] = []
        loca.reserveCapacity(4 * (count + 1))
        var hmtx: [UInt8] = []
        hmtx.reserveCapacity(4 * count)
        let hmtxTable = font.tables["hmtx"]!.lowerBound
        let reader = ByteReader(source)
        let longMetrics = reader.u16(font.tables["hhea"]!.lowerBound + 34)
        func leftSideBearing(_ glyph: Int) -> Int {
            glyph < longMetrics ? reader.u16(hmtxTable + 4 * glyph + 2) : reader.u16(hmtxTable + 4 * longMetrics + 2 * (glyph - longMetrics))
        }
        for glyph in 0..<count {
            let original = glyph < font.numGlyphs ? glyph : clones[glyph - font.numGlyphs]
            append32(&loca, glyf.count)
            if glyph >= font.numGlyphs || kept.contains(glyph) {
                glyf += source[font.glyphRanges[original]]
                if glyf.count % 2 == 1 { glyf.append(0) }
            }
            append16(&hmtx, Int(font.advances[original]))
            append16(&hmtx, leftSideBearing(original))
        }
        append32(&loca, glyf.count)

        var tables: [(tag: String, bytes: [UInt8])] = []
        func copy(_ tag: String) -> [UInt8]? { font.tables[tag].map { Array(source[$0]) } }
        if var head = copy("head") {
            set32(&head, 8, 0)  // checkSumAdjustment, computed last
            set16(&head, 50, 1)  // long loca offsets
            tables.append(("head", head))
        }
        if var hhea = copy("hhea") {
            set16(&hhea, 34, count)
            tables.append(("hhea", hhea))
        }
        if var maxp = copy("maxp") {
            set16(&maxp, 4, count)
            tables.append(("maxp", maxp))
        }
        if var post = copy("post"), post.count >= 32 {
            post = Array(post[0..<32])
            set32(&post, 0, 0x0003_0000)  // no glyph names
            tables.append(("post", post))
        }
        for tag in ["OS/2", "cvt ", "fpgm", "prep"] {
            if let table = copy(tag) { tables.append((tag, table)) }
        }
        tables += [("hmtx", hmtx), ("loca", loca), ("glyf", glyf)]
        return assemble(tables)
    }

    /// The table directory, the tables in tag order, padded to four bytes, and their checksums.
    static func assemble(_ tables: [(tag: String, bytes: [UInt8])]) -> [UInt8] {
        let sorted = tables.sorted { Array($0.tag.utf8).lexicographicallyPrecedes(Array($1.tag.utf8)) }
        var power = 1, exponent = 0
        while power * 2 <= sorted.count { power *= 2; exponent += 1 }
        var file: [UInt8] = []
        append32(&file, 0x0001_0000)
        append16(&file, sorted.count)
        append16(&file, 16 * power)
        append16(&file, exponent)
        append16(&file, 16 * sorted.count - 16 * power)
        var offset = 12 + 16 * sorted.count
        var headOffset: Int?
        for table in sorted {
            file += Array(table.tag.utf8.prefix(4))
            append32(&file, checksum(table.bytes))
            append32(&file, offset)
            append32(&file, table.bytes.count)
            if table.tag == "head" { headOffset = offset }
            offset += (table.bytes.count + 3) & ~3
        }
        for table in sorted {
            file += table.bytes
            while file.count % 4 != 0 { file.append(0) }
        }
        if let headOffset {
            set32(&file, headOffset + 8, Int((0xB1B0_AFBA &- UInt32(checksum(file))) & 0xFFFF_FFFF))
        }
        return file
    }

    /// The sum of the big-endian 32-bit words, the last one padded with zeros.
    static func checksum(_ bytes: [UInt8]) -> Int {
        var sum: UInt32 = 0
        // Whole words read as words: a subset and its tables are summed twice, some hundred kilobytes.
        let whole = bytes.count / 4 * 4
        bytes.withUnsafeBytes { raw in
            for offset in stride(from: 0, to: whole, by: 4) {
                sum &+= UInt32(bigEndian: raw.loadUnaligned(fromByteOffset: offset, as: UInt32.self))
            }
        }
        // The last word padded with zeros.
        var last: UInt32 = 0
        for index in whole..<whole + 4 { last = last << 8 | UInt32(index < bytes.count ? bytes[index] : 0) }
        return Int(sum &+ last)
    }

    private static func append16(_ bytes: inout [UInt8], _ value: Int) {
        bytes.append(UInt8(truncatingIfNeeded: value >> 8))
        bytes.append(UInt8(truncatingIfNeeded: value))
    }

    private static func append32(_ bytes: inout [UInt8], _ value: Int) {
        append16(&bytes, value >> 16)
        append16(&bytes, value)
    }

    private static func set16(_ bytes: inout [UInt8], _ offset: Int, _ value: Int) {
        guard offset + 2 <= bytes.count else { return }
        bytes[offset] = UInt8(truncatingIfNeeded: value >> 8)
        bytes[offset + 1] = UInt8(truncatingIfNeeded: value)
    }

    private static func set32(_ bytes: inout [UInt8], _ offset: Int, _ value: Int) {
        set16(&bytes, offset, value >> 16)
        set16(&bytes, offset + 2, value)
    }
}
