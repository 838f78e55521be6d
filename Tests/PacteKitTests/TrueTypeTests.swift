import Foundation
import Testing
@testable import PacteCore
@testable import PacteSyntax
@testable import PacteSchema
@testable import PacteSemantics
@testable import PacteDriver
@testable import PacteDocument
@testable import PacteJSON
@testable import PacteHTML
@testable import PacteMarkdown
@testable import PactePDF
@testable import PacteFormat
@testable import PacteDiff
@testable import PacteKit


/// The TrueType reader and subsetter (`Sources/PactePDF/TrueType`), against
/// the values fontTools reads from the same font (Pacte Sans, from
/// Liberation Sans 2.1.5), and on character maps made by hand.
@Suite struct TrueTypeTests {
    let sans = PDFFont.sans.face.font

    @Test func tablesReadAsFontToolsReadsThem() {
        #expect(sans.unitsPerEm == 2048)
        #expect(sans.numGlyphs == 1384)
        #expect(sans.postScriptName == "PacteSans-Regular")
        #expect(sans.glyph(for: "A") == 34 && sans.advances[34] == 1366)
        #expect(sans.glyph(for: "€") == 1275 && sans.advances[1275] == 1139)
        #expect(sans.glyph(for: "Ŵ") == 308 && sans.advances[308] == 1933)
        #expect(sans.glyph(for: "漢") == nil)
        #expect(sans.kerning[UInt32(34) << 16 | 55] == -152, "A V")
    }

    @Test func compositeGlyphsBringTheirComponents() {
        #expect(sans.components(of: 308) == [56, 1347], "Ŵ is W and a circumflex")
        #expect(sans.components(of: 169) == [70, 116], "é is e and an acute")
        #expect(TrueTypeSubset.closure(of: [308], in: sans) == [0, 308, 56, 1347])
    }

    @Test func aSubsetIsAValidFontWithTheSameMetrics() throws {
        let subset = TrueTypeSubset.make(sans, used: [34, 308], clones: [34])
        let font = try TrueTypeFont(subset)
        #expect(font.numGlyphs == sans.numGlyphs + 1, "the clone comes after the font's own glyphs")
        #expect(font.unitsPerEm == 2048)
        for glyph in [0, 34, 308, 56, 1347] {
            #expect(Array(font.data[font.glyphRanges[glyph]]) == Array(sans.data[sans.glyphRanges[glyph]]), "glyph \(glyph) kept")
        }
        #expect(font.glyphRanges[35].isEmpty && font.glyphRanges[1275].isEmpty, "glyphs not used are emptied")
        #expect(Array(font.data[font.glyphRanges[1384]]) == Array(sans.data[sans.glyphRanges[34]]), "the clone is A's outline")
        #expect(font.advances[1384] == 1366 && font.advances[308] == 1933 && font.advances[1000] == sans.advances[1000])
        // Every table's checksum, and the whole file's, which checkSumAdjustment brings to 0xB1B0AFBA.
        let reader = ByteReader(subset)
        for index in 0..<reader.u16(4) {
            let record = 12 + 16 * index
            let tag = String(decoding: subset[record..<record + 4], as: UTF8.self)
            var table = Array(subset[reader.u32(record + 8)..<reader.u32(record + 8) + reader.u32(record + 12)])
            if tag == "head" { table.replaceSubrange(8..<12, with: [0, 0, 0, 0]) }
            #expect(TrueTypeSubset.checksum(table) == reader.u32(record + 4), "checksum of `\(tag)`")
        }
        #expect(TrueTypeSubset.checksum(subset) == 0xB1B0_AFBA)
        #expect(TrueTypeSubset.make(sans, used: [34, 308], clones: [34]) == subset, "the same subset gives the same bytes")
    }

    @Test func formatFourAndTwelveMapCharacters() {
        // Format 4: two segments, 0x41–0x43 by delta (→ 10, 11, 12), 0x2019 through the glyph array (→ 77), and the end segment.
        var table: [UInt8] = []
        func u16(_ value: Int) { table += [UInt8(value >> 8 & 0xFF), UInt8(value & 0xFF)] }
        u16(4); u16(0); u16(0)  // format, length, language
        u16(6); u16(0); u16(0); u16(0)  // segCountX2 = 6, search fields unused
        u16(0x43); u16(0x2019); u16(0xFFFF)  // ends
        u16(0)  // reserved pad
        u16(0x41); u16(0x2019); u16(0xFFFF)  // starts
        u16((10 - 0x41) & 0xFFFF); u16(0); u16(1)  // deltas
        u16(0); u16(4); u16(0)  // range offsets: the second points 4 bytes on, at the glyph array
        u16(77)  // glyph array
        let four = TrueTypeFont.format4(ByteReader(table), at: 0)
        #expect(four == [0x41: 10, 0x42: 11, 0x43: 12, 0x2019: 77])

        var twelve: [UInt8] = []
        func u32(_ value: Int) { twelve += [24, 16, 8, 0].map { UInt8(value >> $0 & 0xFF) } }
        twelve += [0, 12, 0, 0]; u32(0); u32(0)  // format 12.0, length, language
        u32(2)
        u32(0x1F600); u32(0x1F601); u32(300)  // two emoji → 300, 301
        u32(0x41); u32(0x41); u32(5)
        #expect(TrueTypeFont.format12(ByteReader(twelve), at: 0) == [0x1F600: 300, 0x1F601: 301, 0x41: 5])
    }

    @Test func malformedFontsAreErrorsNotCrashes() {
        for bytes in [[], [0, 1, 0, 0], Array(repeating: 0xFF, count: 64), Array(PDFFont.sans.face.font.data.prefix(400))] as [[UInt8]] {
            #expect(throws: TrueTypeFont.Malformed.self) { try TrueTypeFont(bytes) }
        }
    }

    @Test func base64DecodesAndRefusesGarbage() {
        #expect(Base64.decode("TWFu") == Array("Man".utf8))
        #expect(Base64.decode("TWE=\n") == Array("Ma".utf8))
        #expect(Base64.decode("TQ==") == Array("M".utf8))
        #expect(Base64.decode("") == [])
        #expect(Base64.decode("TW!u") == nil)
        #expect(Base64.decode("TWFuT") == nil)
    }
}
