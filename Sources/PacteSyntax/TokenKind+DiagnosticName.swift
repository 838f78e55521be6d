import PacteCore

extension TokenKind {
    /// How a message names a token of this kind, in both languages: « une
    /// chaîne », « la fin du fichier », « `{` ». A name is named with its
    /// text, « le nom `velo` », which is read only for a name.
    ///
    /// The one table of token names: the parser's « trouvé … » and the
    /// value converter's « pas … » both read it.
    package func nameForDiagnostics(text: @autoclosure () -> String) -> LocalizedText {
        switch self {
        case .name:
            let text = text()
            return LocalizedText(fr: "le nom `\(text)`", en: "the name `\(text)`")
        case .string: return LocalizedText(fr: "une chaîne", en: "a string")
        case .textBlock: return LocalizedText(fr: "un bloc de texte", en: "a text block")
        case .number: return LocalizedText(fr: "un nombre", en: "a number")
        case .money: return LocalizedText(fr: "un montant", en: "an amount")
        case .percent: return LocalizedText(fr: "un pourcentage", en: "a percentage")
        case .fraction: return LocalizedText(fr: "une fraction", en: "a fraction")
        case .date: return LocalizedText(fr: "une date", en: "a date")
        case .newline: return LocalizedText(fr: "une fin de ligne", en: "a line end")
        case .comment: return LocalizedText(fr: "un commentaire", en: "a comment")
        case .endOfFile: return LocalizedText(fr: "la fin du fichier", en: "the end of the file")
        case .leftBrace, .rightBrace, .leftBracket, .rightBracket, .colon, .comma, .semicolon, .dotDot:
            // Punctuation is its own spelling, the same in both languages.
            return LocalizedText(fr: "`\(rawValue)`", en: "`\(rawValue)`")
        }
    }
}
