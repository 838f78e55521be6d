import PacteCore
import PacteSyntax
import PacteSchema

/// What the rules about one missing property of an action share: where
/// they point and how they say it.
extension ValidationRule {
    /// A diagnostic for each action whose `field` is absent, with the fix
    /// that adds the property line `template` to its block.
    func actionsLacking(
        _ context: ValidationContext, _ field: (Action) -> Bool,
        message: (Action) -> LocalizedText, label: LocalizedText, help: LocalizedText, template: (Action) -> String
    ) -> [Diagnostic] {
        // Through the buffer, so that each action is lent to `field`, not
        // copied: four rules each read every action of the pacte.
        context.pacte.actions.withUnsafeBufferPointer { actions in
            actions.indices.filter { field(actions[$0]) }.map { index in
                diagnostic(at: actions[index].site.head, message(actions[index]), label: label, help: help,
                           fixes: context.fix(adding: [template(actions[index])], to: actions[index].site))
            }
        }
    }
}
