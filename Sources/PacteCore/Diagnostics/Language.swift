/// The language people read: French first, English second.
public enum Language: String, Sendable, CaseIterable, Codable {
    case fr
    case en
}

/// A text written in both languages; the renderer picks one.
public struct LocalizedText: Hashable, Sendable {
    /// The French text, shown by default.
    public var fr: String
    /// The English text, shown with `--lang en`.
    public var en: String

    /// Creates a text in both languages.
    public init(fr: String, en: String) {
        self.fr = fr
        self.en = en
    }

    /// The text in `language`.
    public func text(in language: Language) -> String {
        switch language {
        case .fr: fr
        case .en: en
        }
    }
}

/// Shorthand for a text in both languages, for the tables that hold many.
package func text(_ fr: String, _ en: String) -> LocalizedText { LocalizedText(fr: fr, en: en) }
