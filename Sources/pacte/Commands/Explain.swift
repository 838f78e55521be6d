import PacteKit

/// `pacte explain CODE [--lang fr|en]`, and `pacte explain` alone for the list.
enum ExplainCommand {
    static func run(_ arguments: [String]) throws(UsageError) -> Int32 {
        let parsed = try Arguments(arguments, valued: ["--lang"], flags: [])
        let language = try parsed.language()
        guard let spelling = parsed.positionals.first else {
            var list = language == .fr ? "Codes de pacte (`pacte explain CODE` pour le détail) :\n\n" : "pacte codes (`pacte explain CODE` for details):\n\n"
            for explanation in CodeCatalogue.explanations {
                let severity = explanation.code.severity == .error
                    ? (language == .fr ? "erreur       " : "error  ")
                    : (language == .fr ? "avertissement" : "warning")
                list += "  \(explanation.code.rawValue)  \(severity)  \(explanation.title.text(in: language))\n"
            }
            Terminal.out(list)
            return 0
        }
        guard parsed.positionals.count == 1, let code = DiagnosticCode(spelling: spelling),
              let explanation = CodeCatalogue.explanation(for: code) else {
            throw UsageError(message: LocalizedText(
                fr: "code inconnu : `\(spelling)` ; `pacte explain` sans argument liste les codes",
                en: "unknown code: `\(spelling)`; `pacte explain` alone lists the codes"))
        }
        Terminal.out(explanation.page(in: language))
        return 0
    }
}
