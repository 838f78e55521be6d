import PacteCore
import PacteSyntax
import PacteSchema
import PacteSemantics

/// Every code with its explanation page: the front-end codes from their
/// table, the completeness rules from their own files. `pacte explain`,
/// the SARIF rule list and the docs read this, never a copy.
public enum CodeCatalogue {
    /// The explanations of all codes, in code order.
    public static let explanations: [Explanation] = {
        let all = FrontEndExplanations.all + Validator.rules.map { type(of: $0).explanation } + [P0319UnusedWaiver.explanation]
        return all.sorted { $0.code < $1.code }
    }()

    /// The explanation of a code.
    public static func explanation(for code: DiagnosticCode) -> Explanation? {
        explanations.first { $0.code == code }
    }
}
