import PacteCore
import PacteSyntax
import PacteSchema

/// P0324 — the pacte lacks one of the four parts that make it a pacte: a
/// shared vision, a charter, an action plan (one action at least) and a
/// cooperation space. A warning: a pacte is often written part by part,
/// but the signed one needs all four.
struct P0324MissingPart: ValidationRule {
    static let explanation = Explanation(
        code: .missingPart,
        title: text("partie du pacte manquante", "missing part of the pacte"),
        checks: text(
            "Signale un pacte sans `vision`, sans `charte`, sans aucune `action` ou sans aucun `espace`. C’est un avertissement.",
            "Reports a pacte without `vision`, without `charte`, without any `action` or without any `espace`. It is a warning."),
        rationale: text(
            "Un pacte de coopération, c’est une vision partagée du territoire, une charte qui dit comment on travaille ensemble, un plan d’actions et un espace où l’on se retrouve pour le suivre. Sans l’une de ces parties, le document signé promet moins qu’il ne le dit.",
            "A cooperation pacte is a shared vision of the territory, a charter saying how people work together, an action plan and a space where they meet to follow it. Without one of these parts, the signed document promises less than it says."),
        failing: """
            pacte "Pacte de Kerlann" {
              territoire: "Commune de Kerlann"
              échelon: commune
              forme: commission-extra-municipale
              période: 2026..2031
            }
            """,
        fixed: """
            pacte "Pacte de Kerlann" {
              territoire: "Commune de Kerlann"
              échelon: commune
              forme: commission-extra-municipale
              période: 2026..2031
            }
            vision { horizon: 2040; texte: "Une commune où chacun trouve sa place." }
            charte { engagement "Décider ensemble de ce qui nous concerne tous" }
            signataire mairie "Commune de Kerlann" { collège: collectivité }
            objectif haies "Replanter les haies"
            action chantiers "Chantiers de plantation" { objectif: haies; pilote: mairie }
            espace conseil "Conseil des transitions" { membres: [] }
            """)

    /// A part of the pacte, in the order the document prints them.
    private enum Part: CaseIterable {
        case vision, charter, action, space

        var name: LocalizedText {
            switch self {
            case .vision: text("une vision partagée (`vision { … }`)", "a shared vision (`vision { … }`)")
            case .charter: text("une charte de coopération (`charte { … }`)", "a cooperation charter (`charte { … }`)")
            case .action: text("un plan d’actions (une `action` au moins)", "an action plan (at least one `action`)")
            case .space: text("un espace de coopération (un `espace` au moins)", "a cooperation space (at least one `espace`)")
            }
        }

        func isPresent(in pacte: Pacte) -> Bool {
            switch self {
            case .vision: pacte.vision != nil
            case .charter: pacte.charter != nil
            case .action: !pacte.actions.isEmpty
            case .space: !pacte.spaces.isEmpty
            }
        }
    }

    func check(_ context: ValidationContext) -> [Diagnostic] {
        // Without its `pacte { … }` (P0205), or with declarations that could
        // not be read (one may be the missing part), there is nothing sure to say.
        guard !context.isPartial, let site = context.pacte.site else { return [] }
        let missing = Part.allCases.filter { !$0.isPresent(in: context.pacte) }
        guard !missing.isEmpty else { return [] }
        let names = missing.map(\.name)
        return [diagnostic(
            at: site.head,
            text("il manque à ce pacte " + names.map(\.fr).joinedAsList(.fr),
                 "this pacte lacks " + names.map(\.en).joinedAsList(.en)),
            label: missing.count == 1 ? text("une partie manque", "a part is missing") : text("\(missing.count) parties manquent", "\(missing.count) parts are missing"),
            help: text(
                "ajoutez ce qui manque (`pacte init` écrit un pacte complet, à remplir) ; si une partie ne viendra que plus tard, dites-le par `dérogation P0324 \"la raison\"`",
                "add what is missing (`pacte init` writes a complete pacte, to be filled in); if a part will only come later, say so with `dérogation P0324 \"the reason\"`"))]
    }
}
