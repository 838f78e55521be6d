/// A fix a diagnostic knows: what it does, in both languages, and the
/// edits that do it. The command line prints it as a suggestion, the JSON
/// and SARIF outputs carry it, and an editor offers it as a quick fix.
///
/// A fix is one choice: its edits go together, and applying some of them
/// only would leave the file half fixed.
public struct FixIt: Hashable, Sendable {
    /// What the fix does, such as « remplacez `objectf` par `objectif` ».
    public var message: LocalizedText
    /// The changes, each against the file as it is.
    public var edits: [TextEdit]

    /// Creates a fix.
    public init(_ message: LocalizedText, edits: [TextEdit]) {
        self.message = message
        self.edits = edits
    }

    /// Replaces a misspelt name by the nearest known one: the fix of a
    /// did-you-mean, « remplacez `objectf` par `objectif` ».
    public static func replacing(_ span: Span, _ written: String, by suggestion: String) -> FixIt {
        FixIt(LocalizedText(fr: "remplacez `\(written)` par `\(suggestion)`", en: "replace `\(written)` with `\(suggestion)`"),
              edits: [TextEdit(span: span, replacement: suggestion)])
    }
}
