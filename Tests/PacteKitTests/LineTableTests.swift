import Testing
@testable import PacteCore

@Suite struct LineTableTests {
    /// Accents (two bytes), a treble clef and an emoji (four bytes, two
    /// UTF-16 units), a Breton `c'h`, CR LF, a lone CR and an empty last line.
    static let text = "pacte \"Lannévez\" {\r\n  titre: \"𝄞 Kenavo 🌊 c’hoari\"\rfin é\n"

    @Test func columnsInEachUnit() {
        let table = LineTable(bytes: Array(Self.text.utf8))
        #expect(table.lineCount == 4)
        let line1 = Array(Self.text.utf8).firstIndex(of: UInt8(ascii: "K"))!
        // `  titre: "𝄞 ` — the clef is one scalar but two UTF-16 units and four bytes.
        #expect(table.position(ofByte: line1, in: .unicodeScalar) == LinePosition(line: 1, column: 12))
        #expect(table.position(ofByte: line1, in: .utf16) == LinePosition(line: 1, column: 13))
        #expect(table.position(ofByte: line1, in: .utf8) == LinePosition(line: 1, column: 15))
        // After `{` and CR LF, line 1 starts at scalar 20.
        #expect(table.lineStart(1, in: .unicodeScalar) == 20)
        #expect(table.lineStart(2, in: .utf16) == table.lineStart(1, in: .utf16) + "  titre: \"𝄞 Kenavo 🌊 c’hoari\"\r".utf16.count)
        #expect(table.lineEnd(0) == "pacte \"Lannévez\" {".utf8.count)
    }

    @Test func everyOffsetComesBackInEveryUnit() {
        let bytes = Array(Self.text.utf8)
        let table = LineTable(bytes: bytes)
        let scalarStarts = Set(Self.text.unicodeScalars.indices.map { Self.text.utf8.distance(from: Self.text.startIndex, to: $0) } + [bytes.count])
        for unit in ColumnUnit.allCases {
            // Every character's start but the LF of CR LF, which is no place in the text.
            for offset in 0...bytes.count where scalarStarts.contains(offset) && !(offset > 0 && bytes[offset - 1] == 13 && offset < bytes.count && bytes[offset] == 10) {
                let position = table.position(ofByte: offset, in: unit)
                #expect(table.byteOffset(of: position, in: unit) == offset, "\(unit) \(offset)")
                #expect(table.byteOffset(ofOffset: table.offset(ofByte: offset, in: unit), in: unit) == offset, "\(unit) \(offset)")
            }
        }
    }

    @Test func utf16OffsetsAgreeWithSwiftStrings() {
        let table = LineTable(bytes: Array(Self.text.utf8))
        for index in Self.text.unicodeScalars.indices {
            let byte = Self.text.utf8.distance(from: Self.text.startIndex, to: index)
            #expect(table.offset(ofByte: byte, in: .utf16) == Self.text.utf16.distance(from: Self.text.startIndex, to: index))
            #expect(table.offset(ofByte: byte, in: .unicodeScalar) == Self.text.unicodeScalars.distance(from: Self.text.startIndex, to: index))
        }
    }

    @Test func positionsOutsideTheTextAreClamped() {
        let table = LineTable(bytes: Array(Self.text.utf8))
        let firstLine = "pacte \"Lannévez\" {".utf8.count
        // Past the line's end: the line's end, before CR LF.
        #expect(table.byteOffset(of: LinePosition(line: 0, column: 500), in: .utf16) == firstLine)
        // Past the last line: the end of the file.
        #expect(table.byteOffset(of: LinePosition(line: 99, column: 0), in: .utf16) == Self.text.utf8.count)
        #expect(table.byteOffset(of: LinePosition(line: -1, column: 3), in: .utf8) == 0)
        #expect(table.position(ofByte: 10_000, in: .utf16) == table.position(ofByte: Self.text.utf8.count, in: .utf16))
    }

    @Test func aColumnInsideACharacterStandsForItsStart() {
        let text = "x: \"🌊\""
        let table = LineTable(bytes: Array(text.utf8))
        // Between the wave's two surrogates, and inside its four bytes.
        #expect(table.byteOffset(of: LinePosition(line: 0, column: 5), in: .utf16) == 4)
        #expect(table.byteOffset(of: LinePosition(line: 0, column: 6), in: .utf8) == 4)
        #expect(table.position(ofByte: 6, in: .utf16) == LinePosition(line: 0, column: 4))
    }

    @Test func aByteOrderMarkIsNoColumn() {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("é\nb".utf8)
        let table = LineTable(bytes: bytes)
        #expect(table.position(ofByte: 3, in: .utf16) == LinePosition(line: 0, column: 0))
        #expect(table.position(ofByte: 5, in: .unicodeScalar) == LinePosition(line: 0, column: 1))
        #expect(table.byteOffset(of: LinePosition(line: 0, column: 0), in: .utf16) == 3)
        #expect(table.offset(ofByte: 6, in: .utf16) == 2)
    }

    @Test func invalidBytesCountAsOneReplacementCharacterEach() {
        // A stray 0xFF, a truncated four-byte sequence, then `b`.
        let bytes: [UInt8] = Array("a".utf8) + [0xFF, 0xF0, 0x9F] + Array("b".utf8)
        let table = LineTable(bytes: bytes)
        #expect(table.position(ofByte: 5, in: .unicodeScalar) == LinePosition(line: 0, column: 4))
        #expect(table.position(ofByte: 5, in: .utf16) == LinePosition(line: 0, column: 4))
        #expect(table.byteOffset(of: LinePosition(line: 0, column: 3), in: .utf16) == 4)
    }

    @Test func theTableAgreesWithTheDiagnosticsColumns() {
        let source = SourceFile(path: "x", text: Self.text)
        let table = LineTable(source)
        // At every character's start, where spans begin and end.
        for offset in 0...source.bytes.count where offset == source.bytes.count || source.bytes[offset] & 0xC0 != 0x80 {
            let location = source.location(of: offset)
            let position = table.position(ofByte: offset, in: .unicodeScalar)
            #expect(location == SourceLocation(line: position.line + 1, column: position.column + 1), "offset \(offset)")
        }
    }
}
