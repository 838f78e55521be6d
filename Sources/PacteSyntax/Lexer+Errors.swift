import PacteCore

/// Characters that have no place in a pacte, and bytes that are not UTF-8:
/// reported, skipped, and the lexing goes on.
extension Lexer {
    /// `nom = valeur`: read it as the `:` it was meant to be.
    mutating func lexEqualsSign() {
        bag.report(LexerMessages.equalsSign, at: Span(start: position, length: 1))
        punctuation(.colon)
    }

    mutating func unexpectedCharacter() {
        let (scalar, length) = UTF8Decoding.scalar(in: bytes, at: position)
        if let scalar { unexpectedCharacter(scalar: scalar, length: length) } else { invalidUTF8(length: length) }
    }

    mutating func unexpectedCharacter(scalar: Unicode.Scalar, length: Int) {
        let start = position
        position += length
        // One diagnostic for a run of the same stray character.
        if var last = bag.diagnostics.last, last.code == .unexpectedCharacter, last.span.end == start,
           sourceText(Span(start: last.span.start, length: length)) == String(scalar) {
            last.span = Span(from: last.span.start, to: position)
            bag.replaceLast(with: last)
            return
        }
        bag.report(LexerMessages.unexpectedCharacter(scalar), at: Span(start: start, length: length))
    }

    mutating func invalidUTF8(length: Int) {
        reportInvalidUTF8(at: position, length: length)
        position += length
    }

    mutating func reportInvalidUTF8(at offset: Int, length: Int) {
        // Coalesce a run of invalid bytes into one diagnostic.
        if let last = bag.diagnostics.last, last.code == .invalidUTF8, last.span.end == offset {
            var extended = last
            extended.span = Span(from: last.span.start, to: offset + length)
            bag.replaceLast(with: extended)
            return
        }
        bag.report(LexerMessages.invalidUTF8(atByte: offset), at: Span(start: offset, length: length))
    }
}
