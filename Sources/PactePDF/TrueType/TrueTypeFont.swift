/// A TrueType font read from its bytes: what the PDF backend measures
/// with and embeds. Only the tables that matter for that are read: `head`,
/// `hhea`, `maxp`, `OS/2`, `post` for the descriptor, `cmap` (formats 4
/// and 12) for characters, `hmtx` for advances, `loca` and `glyf` for the
/// outlines a subset keeps, and the legacy `kern` table (format 0) for
/// pair kerning. A malformed font is an error, never a crash.
struct TrueTypeFont: Sendable {
    /// Why a font could not be read.
    struct Malformed: Error, CustomStringConvertible {
        var description: String
    }

    /// The file.
    let data: [UInt8]
    /// Each table's bytes, by tag.
    let tables: [String: Range<Int>]
    let unitsPerEm: Int
    /// xMin, yMin, xMax, yMax of all glyphs, in font units.
    let boundingBox: [Int]
    let ascender: Int
    let descender: Int
    let capHeight: Int
    /// Degrees, counter-clockwise from the vertical (negative for italics leaning right).
    let italicAngle: Double
    let weightClass: Int
    let numGlyphs: Int
    /// The PostScript name (`name` ID 6).
    let postScriptName: String
    /// Each glyph's advance width, in font units.
    let advances: [UInt16]
    /// Each glyph's byte range in `glyf` (empty for a glyph without outline).
    let glyphRanges: [Range<Int>]
    /// Characters to glyphs.
    let characterMap: CharacterMap
    /// Kerning between two glyphs (`left << 16 | right`), in font units.
    let kerning: [UInt32: Int16]

    init(_ data: [UInt8]) throws(Malformed) {
        self.data = data
        let reader = ByteReader(data)
        guard data.count >= 12 else { throw Malformed(description: "too short for a table directory") }
        let version = reader.u32(0)
        guard version == 0x0001_0000 || version == 0x7472_7565 else { throw Malformed(description: "not a TrueType font") }
        var tables: [String: Range<Int>] = [:]
        for index in 0..<reader.u16(4) {
            let record = 12 + 16 * index
            guard record + 16 <= data.count else { throw Malformed(description: "table directory past the end") }
            let tag = String(decoding: data[record..<record + 4], as: UTF8.self)
            let offset = reader.u32(record + 8), length = reader.u32(record + 12)
            guard offset + length <= data.count else { throw Malformed(description: "table `\(tag)` past the end") }
            tables[tag] = offset..<offset + length
        }
        self.tables = tables
        func table(_ tag: String, least: Int) throws(Malformed) -> Int {
            guard let range = tables[tag], range.count >= least else { throw Malformed(description: "no `\(tag)` table") }
            return range.lowerBound
        }

        let head = try table("head", least: 54)
        unitsPerEm = reader.u16(head + 18)
        guard unitsPerEm > 0 else { throw Malformed(description: "unitsPerEm is 0") }
        boundingBox = [reader.s16(head + 36), reader.s16(head + 38), reader.s16(head + 40), reader.s16(head + 42)]
        let longOffsets = reader.s16(head + 50) == 1

        let hhea = try table("hhea", least: 36)
        ascender = reader.s16(hhea + 4)
        descender = reader.s16(hhea + 6)
        let metricsCount = reader.u16(hhea + 34)

        numGlyphs = reader.u16(try table("maxp", least: 6) + 4)

        if let os2 = tables["OS/2"], os2.count >= 90, reader.u16(os2.lowerBound) >= 2 {
            capHeight = reader.s16(os2.lowerBound + 88)
        } else {
            capHeight = ascender
        }
        weightClass = tables["OS/2"].map { $0.count >= 6 ? reader.u16($0.lowerBound + 4) : 400 } ?? 400
        italicAngle = tables["post"].map { $0.count >= 8 ? Double(Int32(bitPattern: UInt32(reader.u32($0.lowerBound + 4)))) / 65536 : 0 } ?? 0

        // Advances: the last long metric's advance goes on for the glyphs after it.
        let hmtx = try table("hmtx", least: 4 * max(metricsCount, 1))
        guard metricsCount > 0 else { throw Malformed(description: "no horizontal metrics") }
        var advances = [UInt16](repeating: 0, count: numGlyphs)
        for glyph in 0..<numGlyphs { advances[glyph] = UInt16(reader.u16(hmtx + 4 * min(glyph, metricsCount - 1))) }
        self.advances = advances

        let loca = try table("loca", least: (numGlyphs + 1) * (longOffsets ? 4 : 2))
        let glyf = try table("glyf", least: 0)
        let glyfLength = tables["glyf"]!.count
        var ranges: [Range<Int>] = []
        ranges.reserveCapacity(numGlyphs)
        func location(_ glyph: Int) -> Int { longOffsets ? reader.u32(loca + 4 * glyph) : 2 * reader.u16(loca + 2 * glyph) }
        var start = location(0)
        for glyph in 0..<numGlyphs {
            let end = location(glyph + 1)
            guard start <= end, end <= glyfLength else { throw Malformed(description: "glyph \(glyph) outside `glyf`") }
            ranges.append(glyf + start..<glyf + end)
            start = end
        }
        glyphRanges = ranges

        // A subset made for a PDF has no `cmap`: the PDF maps codes to glyphs itself.
        characterMap = tables["cmap"] == nil ? [:] : try Self.characterMap(reader, table: try table("cmap", least: 4), numGlyphs: numGlyphs)
        kerning = tables["kern"].map { Self.kerning(reader, table: $0) } ?? [:]
        postScriptName = tables["name"].flatMap { Self.postScriptName(reader, table: $0) } ?? "Font"
    }

    /// The glyph for `scalar`, or nil where the font has none (glyph 0, `.notdef`, is never returned).
    func glyph(for scalar: Unicode.Scalar) -> UInt16? {
        let glyph = characterMap[scalar.value]
        return glyph == 0 ? nil : glyph
    }

    /// The glyphs `glyph` is made of, if it is a composite: their ids, as the outline lists them.
    func components(of glyph: Int) -> [Int] {
        let range = glyphRanges[glyph]
        guard range.count >= 10 else { return [] }
        let reader = ByteReader(data)
        guard reader.s16(range.lowerBound) < 0 else { return [] }
        var components: [Int] = []
        var offset = range.lowerBound + 10
        while offset + 4 <= range.upperBound {
            let flags = reader.u16(offset)
            components.append(reader.u16(offset + 2))
            offset += 4 + (flags & 0x0001 != 0 ? 4 : 2)
            if flags & 0x0008 != 0 { offset += 2 } else if flags & 0x0040 != 0 { offset += 4 } else if flags & 0x0080 != 0 { offset += 8 }
            if flags & 0x0020 == 0 { break }
        }
        return components
    }

    // MARK: - Tables

    /// The best Unicode subtable: format 12 (the whole of Unicode) if there is one, else format 4 (the BMP).
    static func characterMap(_ reader: ByteReader, table: Int, numGlyphs: Int) throws(Malformed) -> CharacterMap {
        var best: (offset: Int, format: Int)?
        for index in 0..<reader.u16(table + 2) {
            let record = table + 4 + 8 * index
            let platform = reader.u16(record), encoding = reader.u16(record + 2)
            let offset = table + reader.u32(record + 4)
            let unicode = platform == 0 || (platform == 3 && (encoding == 1 || encoding == 10))
            guard unicode, offset + 4 <= reader.count else { continue }
            let format = reader.u16(offset)
            if format == 12 || (format == 4 && best?.format != 12) { best = (offset, format) }
        }
        guard let best else { throw Malformed(description: "no Unicode `cmap` subtable of format 4 or 12") }
        var map = best.format == 12 ? format12(reader, at: best.offset) : format4(reader, at: best.offset)
        map.removeGlyphs(from: numGlyphs)
        return map
    }

    /// Segments of consecutive codes, each by a delta or through the glyph id array.
    static func format4(_ reader: ByteReader, at offset: Int) -> CharacterMap {
        let segments = reader.u16(offset + 6) / 2
        let ends = offset + 14, starts = ends + 2 * segments + 2
        let deltas = starts + 2 * segments, rangeOffsets = deltas + 2 * segments
        guard rangeOffsets + 2 * segments <= reader.count else { return [:] }
        var map = CharacterMap()
        for segment in 0..<segments {
            let end = reader.u16(ends + 2 * segment), start = reader.u16(starts + 2 * segment)
            let delta = reader.u16(deltas + 2 * segment)
            let rangeOffsetAt = rangeOffsets + 2 * segment
            let rangeOffset = reader.u16(rangeOffsetAt)
            guard start <= end, end != 0xFFFF || start != 0xFFFF else { continue }
            for code in start...min(end, 0xFFFE) {
                var glyph: Int
                if rangeOffset == 0 {
                    glyph = (code + delta) & 0xFFFF
                } else {
                    let at = rangeOffsetAt + rangeOffset + 2 * (code - start)
                    guard at + 2 <= reader.count else { continue }
                    glyph = reader.u16(at)
                    if glyph != 0 { glyph = (glyph + delta) & 0xFFFF }
                }
                if glyph != 0 { map[UInt32(code)] = UInt16(glyph) }
            }
        }
        return map
    }

    /// Groups of consecutive codes mapped to consecutive glyphs.
    static func format12(_ reader: ByteReader, at offset: Int) -> CharacterMap {
        let groups = reader.u32(offset + 12)
        guard offset + 16 + 12 * groups <= reader.count else { return [:] }
        var map = CharacterMap()
        for group in 0..<groups {
            let record = offset + 16 + 12 * group
            let start = reader.u32(record), end = reader.u32(record + 4), first = reader.u32(record + 8)
            guard start <= end, end <= 0x10FFFF, end - start < 0x10000 else { continue }
            for code in start...end where first + code - start <= 0xFFFF {
                map[UInt32(code)] = UInt16(first + code - start)
            }
        }
        return map
    }

    /// The horizontal pairs of the first format-0 subtable of a Microsoft `kern` table.
    static func kerning(_ reader: ByteReader, table range: Range<Int>) -> [UInt32: Int16] {
        let table = range.lowerBound
        guard range.count >= 4, reader.u16(table) == 0 else { return [:] }
        var offset = table + 4
        var pairs: [UInt32: Int16] = [:]
        for _ in 0..<reader.u16(table + 2) {
            guard offset + 6 <= range.upperBound else { break }
            let length = reader.u16(offset + 2), coverage = reader.u16(offset + 4)
            // Format 0, horizontal, kerning values (not minimums), not cross-stream.
            if coverage >> 8 == 0, coverage & 0x07 == 0x01, offset + 14 <= range.upperBound {
                let count = reader.u16(offset + 6)
                // Thousands of pairs: grown one by one, the dictionary was copied a dozen times.
                pairs.reserveCapacity(pairs.count + min(count, (range.upperBound - offset) / 6))
                for pair in 0..<count {
                    let record = offset + 14 + 6 * pair
                    guard record + 6 <= range.upperBound else { break }
                    pairs[UInt32(reader.u16(record)) << 16 | UInt32(reader.u16(record + 2))] = Int16(truncatingIfNeeded: reader.u16(record + 4))
                }
            }
            guard length > 0 else { break }
            offset += length
        }
        return pairs
    }

    /// Name ID 6, from a Macintosh Roman or a Windows Unicode record.
    static func postScriptName(_ reader: ByteReader, table range: Range<Int>) -> String? {
        let table = range.lowerBound
        let strings = table + reader.u16(table + 4)
        for index in 0..<reader.u16(table + 2) {
            let record = table + 6 + 12 * index
            guard record + 12 <= range.upperBound, reader.u16(record + 6) == 6 else { continue }
            let platform = reader.u16(record)
            let start = strings + reader.u16(record + 10), length = reader.u16(record + 8)
            guard start + length <= range.upperBound else { continue }
            let bytes = reader.bytes[start..<start + length]
            let name: String
            if platform == 3 || platform == 0 {
                name = String(decoding: stride(from: start, to: start + length - 1, by: 2).map { UInt16(reader.u16($0)) }, as: UTF16.self)
            } else {
                name = String(decoding: bytes, as: UTF8.self)
            }
            // A PostScript name is printable ASCII without PDF delimiters.
            let clean = String(name.unicodeScalars.filter { $0.value > 0x20 && $0.value < 0x7F && !"[](){}<>/%#".unicodeScalars.contains($0) })
            if !clean.isEmpty { return clean }
        }
        return nil
    }
}

/// Big-endian reads that give 0 past the end rather than trap: a truncated
/// table reads as zeros, which the checks above then refuse.
struct ByteReader {
    let bytes: [UInt8]
    init(_ bytes: [UInt8]) { self.bytes = bytes }
    var count: Int { bytes.count }

    func u16(_ offset: Int) -> Int {
        guard offset >= 0, offset + 2 <= bytes.count else { return 0 }
        return Int(bytes[offset]) << 8 | Int(bytes[offset + 1])
    }

    func s16(_ offset: Int) -> Int { Int(Int16(bitPattern: UInt16(u16(offset)))) }

    func u32(_ offset: Int) -> Int {
        guard offset >= 0, offset + 4 <= bytes.count else { return 0 }
        return Int(bytes[offset]) << 24 | Int(bytes[offset + 1]) << 16 | Int(bytes[offset + 2]) << 8 | Int(bytes[offset + 3])
    }
}
