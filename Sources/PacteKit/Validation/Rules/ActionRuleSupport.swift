/// What the rules about one missing property of an action share: where
/// they point and how they say it.
extension ValidationRule {
    /// A diagnostic for each action whose `field` is absent.
    func actionsLacking(
        _ context: ValidationContext, _ field: (Action) -> Bool,
        message: (Action) -> LocalizedText, label: LocalizedText, help: LocalizedText
    ) -> [Diagnostic] {
        context.pacte.actions.filter(field).map { action in
            diagnostic(at: action.site.head, message(action), label: label, help: help)
        }
    }
}
