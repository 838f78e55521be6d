import PacteCore

/// Names: a letter, then letters, digits, `-` and `_`. Keywords are
/// names too; the schema, not the lexer, knows them.
extension Lexer {
    static func isNameStart(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            let value = scalar.value
            return (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value)
        }
        return isLatinLetter(scalar) || scalar.properties.isAlphabetic
    }

    /// The accented letters of French and Breton (Latin-1 Supplement but
    /// for × and ÷, Latin Extended-A and B): letters all, known without
    /// asking the Unicode tables.
    @inline(__always)
    private static func isLatinLetter(_ scalar: Unicode.Scalar) -> Bool {
        (0xC0...0x24F).contains(scalar.value) && scalar.value != 0xD7 && scalar.value != 0xF7
    }

    static func isNameContinuation(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            let value = scalar.value
            return (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value)
                || (0x30...0x39).contains(value) || value == 0x2D || value == 0x5F
        }
        if isLatinLetter(scalar) || scalar.properties.isAlphabetic { return true }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark, .decimalNumber: return true
        default: return false
        }
    }

    /// For each ASCII byte, `x` if it continues a name (letters, digits,
    /// `-` and `_`): what `isNameContinuation` says of ASCII, asked of
    /// every byte of every name, read from 128 bytes in the binary.
    private static let nameContinuations: StaticString = ".............................................x..xxxxxxxxxx.......xxxxxxxxxxxxxxxxxxxxxxxxxx....x.xxxxxxxxxxxxxxxxxxxxxxxxxx....."

    @inline(__always)
    static func isNameContinuationASCII(_ byte: UInt8) -> Bool {
        byte < 0x80 && nameContinuations.utf8Start[Int(byte)] == UInt8(ascii: "x")
    }

    /// Scans the rest of a name from `position`, leaving `position` at its end.
    mutating func scanNameContinuation() {
        // ASCII runs first, without bounds checks: most of a name's bytes.
        position = bytes.withUnsafeBufferPointer { buffer in
            var offset = position
            while offset < buffer.count, Lexer.isNameContinuationASCII(buffer[offset]) { offset += 1 }
            return offset
        }
        while position < bytes.count {
            let byte = bytes[position]
            if byte < 0x80 {
                guard Lexer.isNameContinuationASCII(byte) else { return }
                position += 1
            } else {
                let (scalar, length) = UTF8Decoding.scalar(in: bytes, at: position)
                guard let scalar, Lexer.isNameContinuation(scalar) else { return }
                position += length
            }
        }
    }

    mutating func lexName() {
        let start = position
        scanNameContinuation()
        let span = Span(from: start, to: position)
        // Its text is read back from the source when the parser needs it.
        append(.name, span)
    }

    /// Whether a name character stands at `offset`: letters glued to a
    /// number make it malformed.
    func continuesName(at offset: Int) -> Bool {
        guard offset < bytes.count else { return false }
        let byte = bytes[offset]
        if byte < 0x80 { return Lexer.isNameContinuation(Unicode.Scalar(byte)) }
        guard let scalar = UTF8Decoding.scalar(in: bytes, at: offset).scalar else { return false }
        return Lexer.isNameContinuation(scalar)
    }
}
