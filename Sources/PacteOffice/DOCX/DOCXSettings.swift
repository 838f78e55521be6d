import PacteCore

/// `word/settings.xml`: automatic hyphenation for the justified text (by
/// the language's rules), the French decimal comma and list separator, and
/// Word's current layout mode rather than a compatibility one.
enum DOCXSettings {
    static func write(_ language: Language) -> [UInt8] {
        let tag = OfficeText.languageTag(language)
        var xml = XMLWriter()
        xml.start("w:settings", [DOCXNamespaces.w])
        xml.newline()
        xml.empty("w:defaultTabStop", [("w:val", String(Length.millimetres(12).twips))])
        xml.newline()
        xml.empty("w:autoHyphenation")
        xml.newline()
        xml.empty("w:characterSpacingControl", [("w:val", "doNotCompress")])
        xml.newline()
        xml.start("w:compat")
        xml.empty("w:compatSetting", [("w:name", "compatibilityMode"), ("w:uri", "http://schemas.microsoft.com/office/word"), ("w:val", "15")])
        xml.end()
        xml.newline()
        xml.empty("w:themeFontLang", [("w:val", tag.language + "-" + tag.country)])
        xml.newline()
        xml.empty("w:decimalSymbol", [("w:val", language == .fr ? "," : ".")])
        xml.newline()
        xml.empty("w:listSeparator", [("w:val", language == .fr ? ";" : ",")])
        xml.newline()
        xml.end()
        return xml.finish()
    }
}
