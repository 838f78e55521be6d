import PacteCore
import PacteSyntax
import PacteSchema

/// P0301 — gender parity is not reached among a space's members: the gap
/// between women and men exceeds the space's `parité` tolerance (1 by
/// default). A pacte promises a balanced table; the count is computed, so
/// nobody has to do it by hand before the council meeting.
struct P0301Parity: ValidationRule {
    static let explanation = Explanation(
        code: .parity,
        title: text("parité non atteinte dans un espace", "gender parity not reached in a space"),
        checks: text(
            "Compte les femmes et les hommes parmi les `membres` de chaque espace et signale un écart supérieur à la tolérance `parité` (1 par défaut). Les personnes de genre `autre` ou `non-précisé` ne comptent ni d’un côté ni de l’autre.",
            "Counts women and men among each space’s `membres` and reports a gap larger than the `parité` tolerance (1 by default). Persons of gender `autre` or `non-précisé` count on neither side."),
        rationale: text(
            "Un espace de coopération où un genre domine ne représente pas le territoire, et la parité est un engagement que les signataires prennent ensemble. Le voir avant la séance évite de découvrir le déséquilibre le jour de la signature.",
            "A cooperation space where one gender dominates does not represent the territory, and parity is a commitment the signatories make together. Seeing it before the meeting avoids discovering the imbalance on signing day."),
        failing: """
            personne lea "Léa Kervella" { genre: femme; rôle: élu }
            personne ana "Ana Riou" { genre: femme; rôle: agent }
            personne zoe "Zoé Morvan" { genre: femme; rôle: habitant; jeune: oui }
            espace conseil "Conseil des transitions" {
              membres: [lea, ana, zoe]
              siège-jeunesse: zoe
              gouvernance { ordre-du-jour: [lea]; décision: consensus; retour: systématique; pilotes: [lea] }
            }
            """,
        fixed: """
            personne lea "Léa Kervella" { genre: femme; rôle: élu }
            personne ana "Ana Riou" { genre: femme; rôle: agent }
            personne zoe "Zoé Morvan" { genre: femme; rôle: habitant; jeune: oui }
            personne tom "Tom Le Bihan" { genre: homme; rôle: acteur }
            personne yves "Yves Guillou" { genre: homme; rôle: habitant }
            espace conseil "Conseil des transitions" {
              membres: [lea, ana, zoe, tom, yves]
              siège-jeunesse: zoe
              gouvernance { ordre-du-jour: [lea]; décision: consensus; retour: systématique; pilotes: [lea] }
            }
            """)

    func check(_ context: ValidationContext) -> [Diagnostic] {
        let pacte = context.pacte
        return pacte.spaces.compactMap { space in
            let counted = ParityCount(women: 0, men: 0, other: 0, unspecified: 0, tolerance: space.parityTolerance)
            guard let count = pacte.readMembers(of: space, \.gender, into: counted, { $0.add($1) }),
                  let membersSpan = space.members.span else { return nil }
            guard !count.isReached else { return nil }
            let women = french(count.women, "femme"), men = french(count.men, "homme")
            let womenEn = english(count.women, "woman", "women"), menEn = english(count.men, "man", "men")
            let needed = count.gap - count.tolerance
            let missing = count.women < count.men
                ? text(french(needed, "femme"), english(needed, "woman", "women"))
                : text(french(needed, "homme"), english(needed, "man", "men"))
            return diagnostic(
                at: membersSpan,
                text("parité non atteinte dans l’espace `\(space.id)` : \(women), \(men) : écart \(count.gap) > \(count.tolerance)",
                     "gender parity not reached in space `\(space.id)`: \(womenEn), \(menEn): gap \(count.gap) > \(count.tolerance)"),
                label: text("écart de \(count.gap) entre femmes et hommes", "gap of \(count.gap) between women and men"),
                notes: space.parity.span.map { [DiagnosticNote(text("tolérance fixée ici", "tolerance set here"), at: $0)] } ?? [],
                help: text("ajoutez au moins \(missing.fr) aux `membres`, ou justifiez l’écart par une `dérogation P0301 \"raison\"`",
                           "add at least \(missing.en) to the `membres`, or justify the gap with a `dérogation P0301 \"reason\"`"))
        }
    }

    /// French puts zero and one in the singular: « 0 homme », « 1 femme », « 2 femmes ».
    private func french(_ count: Int, _ word: String) -> String {
        "\(count) \(word)\(count > 1 ? "s" : "")"
    }

    private func english(_ count: Int, _ singular: String, _ plural: String) -> String {
        "\(count) \(count == 1 ? singular : plural)"
    }
}
