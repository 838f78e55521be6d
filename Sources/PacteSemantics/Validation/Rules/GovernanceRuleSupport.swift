import PacteCore
import PacteSyntax
import PacteSchema

/// What the rules about one list of the decision path share (`ordre-du-jour`,
/// `pilotes`): missing, it is reported at `gouvernance`; written but empty,
/// at the list itself. Either way the fix writes the property as `template`.
extension ValidationRule {
    /// A diagnostic for each governance whose list is missing or empty.
    func governancesLacking(
        _ context: ValidationContext, _ list: (Governance) -> Field<Participants>, property: String,
        missing: (Space) -> LocalizedText, empty: (Space) -> LocalizedText, help: LocalizedText, template: (Space) -> String
    ) -> [Diagnostic] {
        context.pacte.spaces.compactMap { space in
            guard let governance = space.governance else { return nil }
            switch list(governance) {
            case .absent:
                return diagnostic(at: governance.site.head, missing(space),
                                  label: text("il manque `\(property)`", "`\(property)` is missing"), help: help,
                                  fixes: context.fix(adding: [template(space)], to: governance.site))
            case .present(let participants, let span) where participants.ids.isEmpty:
                return diagnostic(at: span, empty(space), label: text("liste vide", "empty list"), help: help,
                                  fixes: context.fix(replacing: span, with: template(space)))
            default:
                return nil
            }
        }
    }
}
