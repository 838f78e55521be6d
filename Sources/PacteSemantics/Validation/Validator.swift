import PacteCore
import PacteSyntax
import PacteSchema

/// Runs the completeness rules over a resolved pacte, then applies the
/// file's waivers: a `dérogation CODE "raison"` silences that code in the
/// whole file, and a waiver that silences nothing is P0319.
public enum Validator {
    /// Every completeness rule, in code order.
    public static let rules: [any ValidationRule] = [
        P0301Parity(), P0302YouthSeat(), P0303AgendaSetter(), P0304DecisionRule(),
        P0305ParticipationLevel(), P0306ActionCalendar(), P0307CalendarOutsidePeriod(),
        P0308SignatoryColleges(), P0309ActionLead(), P0310ActionBudget(), P0311Placeholder(),
        P0312LegalForm(), P0313SpaceRoles(), P0314Feedback(), P0315MemberGender(),
        P0316ObjectiveWithoutAction(), P0317TransversalLeads(), P0318VotersNotMembers(),
        P0320YouthSeatNotYoung(), P0321DeliberationMissing(), P0322DeliberationAfterAct(), P0323RepresentativeMissing(), P0324MissingPart(),
        P0325Presidency(), P0326CouncillorInDevelopmentCouncil(), P0327ParityBound(), P0328MunicipalMandate(),
    ]

    /// The completeness diagnostics of a pacte, waivers applied. The rules
    /// of a large file run on two cores unless `concurrently` is false:
    /// the result is the same either way.
    public static func validate(_ context: ValidationContext, concurrently: Bool = true) -> [Diagnostic] {
        let found = findings(context, concurrently: concurrently)
        // A waiver needs a code and a reason; one without is already an error and waives nothing.
        let waivers = context.pacte.waivers.filter { $0.code != nil && !($0.reason?.trimmingBlanks.isEmpty ?? true) }
        let waived = Set(waivers.compactMap(\.code))
        let kept = found.filter { !waived.contains($0.code) }
        let silenced = Set(found.map(\.code)).intersection(waived)
        let unused = waivers.filter { waiver in
            guard let code = waiver.code else { return false }
            return !silenced.contains(code) && code != .unusedWaiver
        }
        var unusedWarnings = P0319UnusedWaiver.diagnostics(for: unused)
        if waived.contains(.unusedWaiver) {
            // `dérogation P0319` silences the warnings about other waivers;
            // if there is none to silence, it is itself unused.
            if unusedWarnings.isEmpty {
                unusedWarnings = P0319UnusedWaiver.diagnostics(for: waivers.filter { $0.code == .unusedWaiver })
            } else {
                unusedWarnings = []
            }
        }
        return kept + unusedWarnings
    }

    /// What every rule finds, in rule order: on a large file, the rules
    /// run on two cores, each taking the next rule as it finishes one.
    private static func findings(_ context: ValidationContext, concurrently: Bool) -> [Diagnostic] {
        guard concurrently, TwoThreads.pay(forBytes: context.source?.bytes.count ?? 0) else {
            return rules.flatMap { $0.check(context) }
        }
        let rules = rules
        return TwoThreads.map(rules.count) { rules[$0].check(context) }.flatMap { $0 }
    }
}
