import PacteCore
import PacteSyntax
import PacteSchema

/// What the rules about one list of the decision path share (`ordre-du-jour`,
/// `pilotes`): missing, it is reported at `gouvernance`; written but empty,
/// at the list itself.
extension ValidationRule {
    /// A diagnostic for each governance whose list is missing or empty.
    func governancesLacking(
        _ context: ValidationContext, _ list: (Governance) -> Field<Participants>, property: String,
        missing: (Space) -> LocalizedText, empty: (Space) -> LocalizedText, help: LocalizedText
    ) -> [Diagnostic] {
        context.pacte.spaces.compactMap { space in
            guard let governance = space.governance else { return nil }
            switch list(governance) {
            case .absent:
                return diagnostic(at: governance.site.head, missing(space),
                                  label: text("il manque `\(property)`", "`\(property)` is missing"), help: help)
            case .present(let participants, let span) where participants.ids.isEmpty:
                return diagnostic(at: span, empty(space), label: text("liste vide", "empty list"), help: help)
            default:
                return nil
            }
        }
    }
}
