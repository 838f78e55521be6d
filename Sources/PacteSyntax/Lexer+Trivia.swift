import PacteCore

/// Blanks, line ends and comments: what the parser reads around. Blanks
/// and line ends are read by the dispatch itself, a byte each.
extension Lexer {
    /// `# …` to the end of the line, its bytes checked for UTF-8 on the way.
    mutating func lexComment() {
        let start = position
        while position < bytes.count, bytes[position] != UInt8(ascii: "\n"), bytes[position] != UInt8(ascii: "\r") {
            if bytes[position] < 0x80 {
                position += 1
                continue
            }
            let (scalar, length) = UTF8Decoding.scalar(in: bytes, at: position)
            if scalar == nil { reportInvalidUTF8(at: position, length: length) }
            position += length
        }
        append(.comment, Span(from: start, to: position))
    }

    /// `// …` from other languages: read as the comment it was meant to be.
    mutating func lexSlashComment() {
        let start = position
        while position < bytes.count, bytes[position] != UInt8(ascii: "\n"), bytes[position] != UInt8(ascii: "\r") { position += 1 }
        bag.report(LexerMessages.slashComment, at: Span(start: start, length: 2))
        append(.comment, Span(from: start, to: position))
    }

    static func isBlank(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t")
    }

    /// The blanks of a pacte: space and tab, and the no-break, narrow
    /// no-break and thin spaces that French word processors type. The
    /// parser and the formatter ask this, so that all agree with the lexer.
    package static func isBlank(_ scalar: Unicode.Scalar) -> Bool {
        scalar == " " || scalar == "\t" || scalar == "\u{00A0}" || scalar == "\u{202F}" || scalar == "\u{2009}"
    }
}
