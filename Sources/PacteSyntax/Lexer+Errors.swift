import PacteCore

/// Characters that have no place in a pacte, and bytes that are not UTF-8:
/// reported, skipped, and the lexing goes on.
extension Lexer {
    /// `nom = valeur`: read it as the `:` it was meant to be.
    mutating func lexEqualsSign() {
        bag.report(
            .unexpectedCharacter, at: Span(start: position, length: 1),
            LocalizedText(fr: "une propriété s’écrit avec `:`, pas `=`", en: "a property is written with `:`, not `=`"),
            help: LocalizedText(fr: "écrivez `nom: valeur`", en: "write `name: value`"))
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
        let shown = Lexer.visible(scalar)
        var help: LocalizedText?
        switch scalar {
        case "€", "%":
            help = LocalizedText(fr: "`\(scalar)` se place juste après un nombre : `24_000 €`, `50 %`",
                                 en: "`\(scalar)` goes right after a number: `24_000 €`, `50 %`")
        case "'", "«", "»", "“", "”":
            help = LocalizedText(fr: "mettez le texte entre guillemets droits : `\"…\"`",
                                 en: "put text between straight double quotes: `\"…\"`")
        case "=":
            help = LocalizedText(fr: "une propriété s’écrit `nom: valeur`", en: "a property is written `name: value`")
        case "-":
            help = LocalizedText(fr: "un nom commence par une lettre ; les nombres négatifs n’existent pas dans un pacte",
                                 en: "a name starts with a letter; there are no negative numbers in a pacte")
        default:
            help = nil
        }
        bag.report(
            .unexpectedCharacter, at: Span(start: start, length: length),
            LocalizedText(fr: "caractère inattendu \(shown)", en: "unexpected character \(shown)"),
            help: help)
    }

    private static func visible(_ scalar: Unicode.Scalar) -> String {
        if scalar.value < 0x20 || scalar.value == 0x7F || (0x80..<0xA0).contains(scalar.value) {
            var hex = String(scalar.value, radix: 16, uppercase: true)
            while hex.count < 4 { hex = "0" + hex }
            return "U+\(hex)"
        }
        return "`\(scalar)`"
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
        bag.report(
            .invalidUTF8, at: Span(start: offset, length: length),
            LocalizedText(fr: "UTF-8 invalide à l’octet \(offset)", en: "invalid UTF-8 at byte \(offset)"),
            label: LocalizedText(fr: "octet qui n’est pas de l’UTF-8", en: "byte that is not UTF-8"),
            help: LocalizedText(fr: "enregistrez le fichier en UTF-8 (les éditeurs le proposent dans « Enregistrer sous »)",
                                en: "save the file as UTF-8 (editors offer it in “Save as”)"))
    }
}
