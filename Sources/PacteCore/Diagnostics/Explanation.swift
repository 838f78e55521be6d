/// The page `pacte explain CODE` prints, also the rule's entry in SARIF:
/// what the code checks, why it matters for a pacte, and a snippet that
/// triggers it with its fixed form. Written once, beside the code's logic.
public struct Explanation: Sendable {
    /// The code explained.
    public let code: DiagnosticCode
    /// A short name, such as « parité non atteinte ».
    public let title: LocalizedText
    /// What the code checks.
    public let checks: LocalizedText
    /// Why it matters for a pacte and the people who sign it.
    public let rationale: LocalizedText
    /// A snippet that triggers the code.
    public let failing: String
    /// The same snippet, fixed.
    public let fixed: String

    /// Creates an explanation.
    public init(code: DiagnosticCode, title: LocalizedText, checks: LocalizedText, rationale: LocalizedText, failing: String, fixed: String) {
        self.code = code
        self.title = title
        self.checks = checks
        self.rationale = rationale
        self.failing = failing
        self.fixed = fixed
    }

    /// The page as text, for a terminal.
    public func page(in language: Language) -> String {
        let severity = code.severity == .error
            ? (language == .fr ? "erreur" : "error")
            : (language == .fr ? "avertissement" : "warning")
        let headings = language == .fr
            ? (checks: "Ce que vérifie ce code", why: "Pourquoi c’est important", failing: "Exemple qui déclenche \(code.rawValue)", fixed: "Exemple corrigé")
            : (checks: "What this code checks", why: "Why it matters", failing: "Example that triggers \(code.rawValue)", fixed: "Fixed example")
        func indented(_ snippet: String) -> String {
            snippet.split(separator: "\n", omittingEmptySubsequences: false).map { $0.isEmpty ? "" : "    " + $0 }.joined(separator: "\n")
        }
        return """
        \(code.rawValue) (\(severity)) — \(title.text(in: language))

        \(headings.checks)
        \(checks.text(in: language))

        \(headings.why)
        \(rationale.text(in: language))

        \(headings.failing) :
        \(indented(failing))

        \(headings.fixed) :
        \(indented(fixed))

        """.replacingColonSpacing(language)
    }
}

private extension String {
    /// French puts a space before a colon; English does not.
    func replacingColonSpacing(_ language: Language) -> String {
        guard language == .en else { return self }
        return split(separator: "\n", omittingEmptySubsequences: false).map { line in
            line.hasSuffix(" :") ? String(line.dropLast(2)) + ":" : String(line)
        }.joined(separator: "\n")
    }
}
