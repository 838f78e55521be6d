/// Where a declaration stands in the file, for rules that point at it.
public struct DeclarationSite: Hashable, Sendable {
    /// The whole declaration, block included.
    public var span: Span
    /// The kind and id, such as `espace commission`.
    public var head: Span
    /// The title alone, if written.
    public var title: Span?
}

/// An amount in cents of euro; cents keep budgets exact.
public typealias Cents = Int64

/// The legal basis of the cooperation space (DESIGN §2.4).
public struct LegalBasis: Hashable, Sendable {
    /// The article, such as `L2143-2`.
    public var article: String
    /// The code it belongs to: `CGCT`, the Code général des collectivités territoriales.
    public var code: String
    /// The level the form requires.
    public var requiredLevel: Level

    /// The legal basis of a form, if the law names one.
    public static func of(_ form: LegalForm) -> LegalBasis? {
        switch form {
        case .commissionExtraMunicipale: LegalBasis(article: "L2143-2", code: "CGCT", requiredLevel: .commune)
        case .commissionExtraIntercommunale: LegalBasis(article: "L5211-49-1", code: "CGCT", requiredLevel: .intercommunalité)
        default: nil
        }
    }

    /// « art. L2143-2 du CGCT ».
    public func citation(_ language: Language) -> String {
        language == .fr ? "art. \(article) du \(code)" : "art. \(article) \(code)"
    }
}

/// A priority of the shared vision.
public struct Priority: Hashable, Sendable {
    public var id: String
    public var title: String?
    public var text: Field<String>
    public var site: DeclarationSite
}

/// The shared vision.
public struct Vision: Hashable, Sendable {
    public var horizon: Field<Int>
    public var text: Field<String>
    public var priorities: [Priority]
    public var site: DeclarationSite
}

/// A commitment of the charter, of a space or of the funding.
public struct Commitment: Hashable, Sendable {
    public var id: String?
    public var text: String?
    /// Who commits, inside a space or the funding.
    public var party: Field<CommittingParty>
    public var site: DeclarationSite
}

/// The cooperation charter.
public struct Charter: Hashable, Sendable {
    public var commitments: [Commitment]
    public var site: DeclarationSite
}

/// An organisation that signs the pacte.
public struct Signatory: Hashable, Sendable {
    public var id: String
    public var name: String?
    public var college: Field<College>
    public var representative: Field<String>
    public var site: DeclarationSite
}

/// A person named in the pacte.
public struct Person: Hashable, Sendable {
    public var id: String
    public var name: String?
    public var gender: Field<Gender>
    public var role: Field<Role>
    public var organization: Field<String>
    public var isYoung: Field<Bool>
    public var site: DeclarationSite
}

/// An objective of the action plan.
public struct Objective: Hashable, Sendable {
    public var id: String
    public var title: String?
    public var priority: Field<String>
    public var indicator: Field<String>
    public var target: Field<String>
    public var site: DeclarationSite
}

/// An action of the plan.
public struct Action: Hashable, Sendable {
    public var id: String
    public var title: String?
    public var objective: Field<String>
    public var description: Field<String>
    public var lead: Field<String>
    public var partners: Field<[String]>
    public var budget: Field<Cents>
    public var participation: Field<ParticipationLevel>
    public var calendar: Field<ClosedRange<CalendarDate>>
    public var site: DeclarationSite
}

/// A list of persons or signatories in a governance, with whether it was
/// written as `membres`.
public struct Participants: Hashable, Sendable {
    /// The ids, `membres` expanded to the space's members.
    public var ids: [String]
    /// Whether the file wrote `membres`.
    public var isAllMembers: Bool
}

/// The decision path of a space.
public struct Governance: Hashable, Sendable {
    public var agenda: Field<Participants>
    public var participants: Field<Participants>
    public var decision: Field<DecisionRule>
    public var voters: Field<Participants>
    public var majority: Field<Ratio>
    public var quorum: Field<DecimalNumber>
    public var feedback: Field<FeedbackPolicy>
    public var leads: Field<Participants>
    public var frequency: Field<MeetingFrequency>
    public var site: DeclarationSite
}

/// The women and men among a space's members, and whether parity is reached.
public struct ParityCount: Hashable, Sendable {
    public var women: Int
    public var men: Int
    public var other: Int
    /// Members whose gender is `non-précisé` or not given.
    public var unspecified: Int
    /// The gap allowed between women and men.
    public var tolerance: Int

    /// |women − men|.
    public var gap: Int { abs(women - men) }
    /// Whether the gap is within the tolerance.
    public var isReached: Bool { gap <= tolerance }
}

/// A cooperation space.
public struct Space: Hashable, Sendable {
    public var id: String
    public var name: String?
    public var type: Field<SpaceType>
    public var missions: Field<String>
    public var members: Field<[String]>
    public var youthSeat: Field<String>
    public var parity: Field<Int>
    public var support: Field<String>
    public var governance: Governance?
    public var commitments: [Commitment]
    public var site: DeclarationSite

    /// The space's type, `transitions` unless written otherwise.
    public var effectiveType: SpaceType { type.value ?? .transitions }
    /// The parity tolerance, 1 unless written otherwise.
    public var parityTolerance: Int { parity.value ?? 1 }
}

/// The funding commitments.
public struct Funding: Hashable, Sendable {
    public var initiativeFund: Field<Cents>
    public var agreements: Field<AgreementTerm>
    public var commitments: [Commitment]
    public var site: DeclarationSite
}

/// A declared, justified exception to one completeness rule.
public struct Waiver: Hashable, Sendable {
    public var code: DiagnosticCode?
    public var reason: String?
    public var site: DeclarationSite
}

/// A pacte, resolved: every reference checked, every value typed.
/// Backends and validation rules read this, never the syntax tree.
public struct Pacte: Sendable {
    public var title: String?
    /// Where `pacte { … }` is, if it is written.
    public var site: DeclarationSite?
    public var territory: Field<String>
    public var level: Field<Level>
    public var form: Field<LegalForm>
    public var period: Field<ClosedRange<Int>>
    public var language: Field<Language>
    public var adoption: Field<CalendarDate>
    public var vision: Vision?
    public var charter: Charter?
    public var signatories: [Signatory]
    public var persons: [Person]
    public var objectives: [Objective]
    public var actions: [Action]
    public var spaces: [Space]
    public var funding: Funding?
    public var waivers: [Waiver]

    private var personIndex: [String: Int] = [:]
    private var signatoryIndex: [String: Int] = [:]
    /// The positions of the actions serving each objective, in file order.
    private var actionsByObjective: [String: [Int]] = [:]

    init(
        title: String?, site: DeclarationSite?, territory: Field<String>, level: Field<Level>, form: Field<LegalForm>,
        period: Field<ClosedRange<Int>>, language: Field<Language>, adoption: Field<CalendarDate>, vision: Vision?,
        charter: Charter?, signatories: [Signatory], persons: [Person], objectives: [Objective], actions: [Action],
        spaces: [Space], funding: Funding?, waivers: [Waiver]
    ) {
        self.title = title
        self.site = site
        self.territory = territory
        self.level = level
        self.form = form
        self.period = period
        self.language = language
        self.adoption = adoption
        self.vision = vision
        self.charter = charter
        self.signatories = signatories
        self.persons = persons
        self.objectives = objectives
        self.actions = actions
        self.spaces = spaces
        self.funding = funding
        self.waivers = waivers
        for (index, person) in persons.enumerated() where personIndex[person.id] == nil { personIndex[person.id] = index }
        for (index, signatory) in signatories.enumerated() where signatoryIndex[signatory.id] == nil { signatoryIndex[signatory.id] = index }
        for (index, action) in actions.enumerated() {
            if let objective = action.objective.value { actionsByObjective[objective, default: []].append(index) }
        }
    }

    /// The person with an id.
    public func person(_ id: String) -> Person? { personIndex[id].map { persons[$0] } }

    /// The signatory with an id.
    public func signatory(_ id: String) -> Signatory? { signatoryIndex[id].map { signatories[$0] } }

    /// The document's language, French unless written otherwise.
    public var documentLanguage: Language { language.value ?? .fr }

    /// The legal basis the form gives, if the law names one.
    public var legalBasis: LegalBasis? { form.value.flatMap(LegalBasis.of) }

    /// The actions serving an objective, in file order.
    public func actions(of objective: Objective) -> [Action] {
        (actionsByObjective[objective.id] ?? []).map { actions[$0] }
    }

    /// The sum of the budgets of some actions, in cents; saturates rather than overflows.
    public static func total(of actions: [Action]) -> Cents {
        actions.reduce(0) { sum, action in
            let (result, overflow) = sum.addingReportingOverflow(action.budget.value ?? 0)
            return overflow ? .max : result
        }
    }

    /// The budget of all actions, in cents.
    public var totalBudget: Cents { Pacte.total(of: actions) }

    /// The parity count of a space's members.
    public func parity(of space: Space) -> ParityCount {
        var count = ParityCount(women: 0, men: 0, other: 0, unspecified: 0, tolerance: space.parityTolerance)
        for id in space.members.value ?? [] {
            switch person(id)?.gender.value {
            case .femme: count.women += 1
            case .homme: count.men += 1
            case .autre: count.other += 1
            case .nonPrécisé, nil: count.unspecified += 1
            }
        }
        return count
    }
}
