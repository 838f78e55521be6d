import Testing
@testable import PactePDF

/// The fast paths of loading a face (`Base64`, the character map) against
/// plain reference versions written for the tests.
@Suite struct FontTablesTests {
    /// Base64 one byte at a time, as the format says: whitespace skipped,
    /// `=` ending the data, anything else after it or outside the alphabet an error.
    static func referenceDecode(_ text: String) -> [UInt8]? {
        let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)
        var bits: [UInt8] = []
        var ended = false
        for byte in text.utf8 {
            if [0x20, 0x0A, 0x0D, 0x09].contains(byte) { continue }
            if byte == UInt8(ascii: "=") { ended = true; continue }
            guard !ended, let value = alphabet.firstIndex(of: byte) else { return nil }
            bits.append(UInt8(value))
        }
        guard bits.count % 4 != 1 else { return nil }
        var bytes: [UInt8] = []
        var accumulator = 0, count = 0
        for value in bits {
            accumulator = accumulator << 6 | Int(value)
            count += 6
            if count >= 8 {
                count -= 8
                bytes.append(UInt8(accumulator >> count & 0xFF))
            }
        }
        return bytes
    }

    @Test func base64AgreesWithTheReferenceOnEdgeCases() {
        let cases = ["", "TWFu", "TWFu\n", "\nTWFu", "TW Fu", "TW\r\nFu", "T\tWFu", "TWE=", "TQ==", "TQ", "TWE", "T", "TWFuT",
                     "TQ==TQ==", "TQ=\n=", "TWFu=", "=", "====", "TWFu\nTWFu\nTW", "TW!u", "TWFu\u{00E9}", "TWFu-",
                     "TWFuTWFuTWFuTWFuTWFuTWFuTWFuTWFu\nTWFuTWFu", "TWFu TWFu  TWFu", "TWF\nuTWFu", "TWFuTWF=\nTWFu", "TWFuTW==  \n"]
        for text in cases {
            #expect(Base64.decode(text) == Self.referenceDecode(text), "\(text.debugDescription)")
        }
    }

    @Test("base64 agrees with the reference on random text", arguments: 0..<20)
    func base64AgreesWithTheReferenceOnRandomText(seed: UInt64) {
        var random = RobustnessTests.SplitMix(state: seed)
        let letters = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")
        for _ in 0..<200 {
            var text = ""
            for _ in 0..<Int.random(in: 0..<120, using: &random) {
                switch Int.random(in: 0..<100, using: &random) {
                case 0..<88: text.append(letters.randomElement(using: &random)!)
                case 88..<94: text.append(["\n", " ", "\r", "\t"].randomElement(using: &random)!)
                case 94..<98: text.append("=")
                default: text.append(["!", "-", "_", "é", "\u{0}", ".", "~"].randomElement(using: &random)!)
                }
            }
            #expect(Base64.decode(text) == Self.referenceDecode(text), "\(text.debugDescription)")
        }
    }

    @Test func base64DecodesTheFontsAsTheReferenceDoes() {
        for text in [FontData.sansRegular, FontData.serifItalic] {
            let decoded = Base64.decode(text)
            #expect(decoded != nil && decoded == Self.referenceDecode(text))
        }
    }

    /// The character map as a dictionary, read as the reader did before
    /// `CharacterMap`: the best Unicode subtable, format 12 over format 4,
    /// glyphs past the font's count left out.
    static func referenceCharacterMap(_ font: TrueTypeFont) -> [UInt32: UInt16] {
        let reader = ByteReader(font.data)
        guard let table = font.tables["cmap"]?.lowerBound else { return [:] }
        var best: (offset: Int, format: Int)?
        for index in 0..<reader.u16(table + 2) {
            let record = table + 4 + 8 * index
            let platform = reader.u16(record), encoding = reader.u16(record + 2)
            let offset = table + reader.u32(record + 4)
            guard platform == 0 || (platform == 3 && (encoding == 1 || encoding == 10)), offset + 4 <= reader.count else { continue }
            let format = reader.u16(offset)
            if format == 12 || (format == 4 && best?.format != 12) { best = (offset, format) }
        }
        guard let best else { return [:] }
        var map: [UInt32: UInt16] = [:]
        if best.format == 12 {
            for group in 0..<reader.u32(best.offset + 12) {
                let record = best.offset + 16 + 12 * group
                let start = reader.u32(record), end = reader.u32(record + 4), first = reader.u32(record + 8)
                guard start <= end, end <= 0x10FFFF, end - start < 0x10000 else { continue }
                for code in start...end where first + code - start <= 0xFFFF { map[UInt32(code)] = UInt16(first + code - start) }
            }
        } else {
            let offset = best.offset
            let segments = reader.u16(offset + 6) / 2
            let ends = offset + 14, starts = ends + 2 * segments + 2
            let deltas = starts + 2 * segments, rangeOffsets = deltas + 2 * segments
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
                        glyph = reader.u16(rangeOffsetAt + rangeOffset + 2 * (code - start))
                        if glyph != 0 { glyph = (glyph + delta) & 0xFFFF }
                    }
                    if glyph != 0 { map[UInt32(code)] = UInt16(glyph) }
                }
            }
        }
        return map.filter { $0.value < font.numGlyphs }
    }

    @Test("the character map agrees with a dictionary for every scalar", arguments: PDFFont.allCases)
    func characterMapAgreesWithTheDictionary(face: PDFFont) {
        let font = face.face.font
        let reference = Self.referenceCharacterMap(font)
        #expect(reference.count > 1000)
        var disagreements: [UInt32] = []
        for value: UInt32 in 0...0x10_FFFF where font.characterMap[value] != reference[value] ?? 0 {
            disagreements.append(value)
        }
        #expect(disagreements.isEmpty, "first: \(disagreements.prefix(10))")
        for value: UInt32 in [0x41, 0xE9, 0x2019, 0x20AC, 0x1F600, 0x10_FFFF, 0x11_0000, .max] {
            let expected = reference[value].flatMap { $0 == 0 ? nil : $0 }
            #expect(Unicode.Scalar(value).map(font.glyph(for:)) ?? nil == expected)
        }
        // Iterated in the order of Unicode, without glyph 0.
        let pairs = Array(font.characterMap)
        #expect(pairs.map(\.scalar) == reference.filter { $0.value != 0 }.keys.sorted())
        #expect(pairs.allSatisfy { reference[$0.scalar] == $0.glyph })
    }

    @Test func characterMapSetsForgetsAndCompares() {
        var map = CharacterMap()
        #expect(map[0x41] == 0 && Array(map).isEmpty)
        map[0x1F600] = 7
        map[0x41] = 5
        map[0x42] = 0
        map[0x11_0000] = 9
        #expect(map[0x41] == 5 && map[0x42] == 0 && map[0x1F600] == 7 && map[0x1F601] == 0 && map[0x11_0000] == 0)
        #expect(map == [0x41: 5, 0x1F600: 7], "equal whichever block came first")
        #expect(map != [0x41: 5])
        map.removeGlyphs(from: 6)
        #expect(map == [0x41: 5])
        #expect(Array(map).map(\.scalar) == [0x41])
    }

    @Test func checksumPadsTheLastWordWithZeros() {
        func reference(_ bytes: [UInt8]) -> Int {
            var sum: UInt32 = 0
            for (index, byte) in bytes.enumerated() { sum &+= UInt32(byte) << (24 - 8 * (index % 4)) }
            return Int(sum)
        }
        let bytes = (0..<1031).map { UInt8(truncatingIfNeeded: $0 &* 151 &+ 7) }
        for count in [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 1024, 1029, 1031] {
            #expect(TrueTypeSubset.checksum(Array(bytes.prefix(count))) == reference(Array(bytes.prefix(count))), "\(count) bytes")
        }
        #expect(TrueTypeSubset.checksum([0xFF, 0xFF, 0xFF, 0xFF, 0, 0, 0, 1]) == 0, "the sum wraps")
    }
}
