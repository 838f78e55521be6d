import PacteCore
import PacteSyntax
import PacteSchema

/// Where a declaration stands in the file, for rules that point at it.
public struct DeclarationSite: Hashable, Sendable {
    /// The whole declaration, block included.
    public var span: Span
    /// The kind and id, such as `espace commission`.
    public var head: Span
    /// The title alone, if written.
    public var title: Span?
    /// The block, from `{` to `}`, if written and closed: where a fix
    /// inserts a missing property.
    public var block: Span?
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
        FormLaw.of(form).legalBasis
    }

    /// « art. L2143-2 du CGCT ».
    public func citation(_ language: Language) -> String {
        language == .fr ? "art. \(article) du \(code)" : "art. \(article) \(code)"
    }
}

/// A priority of the shared vision.
public struct Priority: Hashable, Sendable {
    /// The priority's id, which objectives cite in `priorité`.
    public var id: String
    /// The priority's title, as written after its id.
    public var title: String?
    /// What the priority covers (`texte`).
    public var text: Field<String>
    /// Where the priority is declared.
    public var site: DeclarationSite
}

/// The shared vision.
public struct Vision: Hashable, Sendable {
    /// The year the vision aims at (`horizon`).
    public var horizon: Field<Int>
    /// The shared vision itself (`texte`).
    public var text: Field<String>
    /// The priorities (`priorité`), in file order.
    public var priorities: [Priority]
    /// Where `vision { … }` is declared.
    public var site: DeclarationSite
}

/// A commitment of the charter, of a space or of the funding.
public struct Commitment: Hashable, Sendable {
    /// The commitment's id, if it was given one.
    public var id: String?
    /// The commitment's sentence, written as its title.
    public var text: String?
    /// Who commits, inside a space or the funding.
    public var party: Field<CommittingParty>
    /// Where the commitment (`engagement`) is declared.
    public var site: DeclarationSite
}

/// The cooperation charter.
public struct Charter: Hashable, Sendable {
    /// The charter's commitments (`engagement`), in file order.
    public var commitments: [Commitment]
    /// Where `charte { … }` is declared.
    public var site: DeclarationSite
}

/// An organisation that signs the pacte.
public struct Signatory: Hashable, Sendable {
    /// The signatory's id, which other declarations cite.
    public var id: String
    /// The organisation's name, written as the title.
    public var name: String?
    /// The group the signatory belongs to (`collège`).
    public var college: Field<College>
    /// The id of the person who signs on its behalf (`représentant`).
    public var representative: Field<String>
    /// The capacity in which the representative signs (`qualité`): « Maire ».
    public var capacity: Field<String>
    /// The deliberations that authorise the signature, in file order.
    public var deliberations: [Deliberation]
    /// Where the signatory is declared.
    public var site: DeclarationSite
}

/// A deliberation of a signatory's assembly authorising it to sign
/// (`délibération "2026-011" { date; organe }`).
public struct Deliberation: Hashable, Sendable {
    /// The deliberation's number, written as the title.
    public var number: String?
    /// The date of the sitting.
    public var date: Field<CalendarDate>
    /// The body that deliberated (`organe`), when written.
    public var body: Field<String>
    /// Where the deliberation is declared.
    public var site: DeclarationSite
}

/// The pacte as an act to sign (`acte`): where, when, in how many copies,
/// under which texts, and how it is amended.
public struct Act: Hashable, Sendable {
    /// The place of signing (`lieu`).
    public var place: Field<String>
    /// The date of signing (`date`); absent, a line is left to fill in by hand.
    public var date: Field<CalendarDate>
    /// The number of original copies (`exemplaires`).
    public var copies: Field<Int>
    /// Other texts cited, one « Vu … » line each (`visas`).
    public var citations: Field<[String]>
    /// How the pacte is amended (`révision`); absent, by an amendment
    /// adopted and signed in the same forms.
    public var amendment: Field<String>
    /// Where the act is declared.
    public var site: DeclarationSite
}

/// A person named in the pacte.
public struct Person: Hashable, Sendable {
    /// The person's id, which other declarations cite.
    public var id: String
    /// The person's name, written as the title.
    public var name: String?
    /// The person's gender, for the parity count (`genre`).
    public var gender: Field<Gender>
    /// The capacity in which the person sits (`rôle`).
    public var role: Field<Role>
    /// The id of the signatory the person belongs to (`structure`).
    public var organization: Field<String>
    /// Whether the person may hold a space's youth seat (`jeune`).
    public var isYoung: Field<Bool>
    /// Where the person is declared.
    public var site: DeclarationSite
}

/// An objective of the action plan.
public struct Objective: Hashable, Sendable {
    /// The objective's id, which actions cite in `objectif`.
    public var id: String
    /// The objective's title, as written after its id.
    public var title: String?
    /// The id of the vision priority the objective serves (`priorité`).
    public var priority: Field<String>
    /// What is measured (`indicateur`).
    public var indicator: Field<String>
    /// The value aimed at (`cible`).
    public var target: Field<String>
    /// Where the objective is declared.
    public var site: DeclarationSite
}

/// An action of the plan.
public struct Action: Hashable, Sendable {
    /// The action's id.
    public var id: String
    /// The action's title, as written after its id.
    public var title: String?
    /// The id of the objective the action serves (`objectif`).
    public var objective: Field<String>
    /// What will be done (`description`).
    public var description: Field<String>
    /// The id of the signatory who leads the action (`pilote`).
    public var lead: Field<String>
    /// The ids of the signatories involved (`partenaires`).
    public var partners: Field<[String]>
    /// The action's budget, in cents (`budget`).
    public var budget: Field<Cents>
    /// How far the action involves civil society (`participation`).
    public var participation: Field<ParticipationLevel>
    /// From the start to the end of the action (`calendrier`).
    public var calendar: Field<DateRange>
    /// Where the action is declared.
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
    /// Who sets the agenda (`ordre-du-jour`).
    public var agenda: Field<Participants>
    /// Who takes part in the decision (`participants`).
    public var participants: Field<Participants>
    /// The decision rule (`décision`).
    public var decision: Field<DecisionRule>
    /// Who votes, when the rule is a vote (`votants`).
    public var voters: Field<Participants>
    /// The majority required for a vote (`majorité`).
    public var majority: Field<Ratio>
    /// The percentage of voters required (`quorum`).
    public var quorum: Field<DecimalNumber>
    /// The feedback given after each consultation (`retour`).
    public var feedback: Field<FeedbackPolicy>
    /// The transversal leads (`pilotes`).
    public var leads: Field<Participants>
    /// How often the space meets (`fréquence`).
    public var frequency: Field<MeetingFrequency>
    /// Where `gouvernance { … }` is declared.
    public var site: DeclarationSite
}

/// The women and men among a space's members, and whether parity is reached.
public struct ParityCount: Hashable, Sendable {
    /// Members whose gender is `femme`.
    public var women: Int
    /// Members whose gender is `homme`.
    public var men: Int
    /// Members whose gender is `autre`.
    public var other: Int
    /// Members whose gender is `non-précisé` or not given.
    public var unspecified: Int
    /// The gap allowed between women and men.
    public var tolerance: Int

    /// |women − men|.
    public var gap: Int { abs(women - men) }
    /// Whether the gap is within the tolerance.
    public var isReached: Bool { gap <= tolerance }

    /// Counts one more member.
    mutating func add(_ gender: Gender?) {
        switch gender {
        case .femme: women += 1
        case .homme: men += 1
        case .autre: other += 1
        case .nonPrécisé, nil: unspecified += 1
        }
    }
}

/// A cooperation space.
public struct Space: Hashable, Sendable {
    /// The space's id.
    public var id: String
    /// The space's name, written as the title.
    public var name: String?
    /// The space's type as written (`type`); see `effectiveType` for the default.
    public var type: Field<SpaceType>
    /// What the space does (`missions`).
    public var missions: Field<String>
    /// The ids of the persons who sit in it (`membres`).
    public var members: Field<[String]>
    /// The id of the person holding the youth seat (`siège-jeunesse`).
    public var youthSeat: Field<String>
    /// The id of the person presiding over the space (`présidence`).
    public var presidency: Field<String>
    /// The gap allowed between women and men as written (`parité`); see `parityTolerance`.
    public var parity: Field<Int>
    /// Who runs or supports the space (`appui`).
    public var support: Field<String>
    /// The space's decision path (`gouvernance`), if declared.
    public var governance: Governance?
    /// The commitments made within the space (`engagement`), in file order.
    public var commitments: [Commitment]
    /// Where the space is declared.
    public var site: DeclarationSite

    /// The space's type, `transitions` unless written otherwise.
    public var effectiveType: SpaceType { type.value ?? .transitions }
    /// The parity tolerance, 1 unless written otherwise.
    public var parityTolerance: Int { parity.value ?? 1 }
}

/// The funding commitments.
public struct Funding: Hashable, Sendable {
    /// The fund for local initiatives, in cents (`fonds-initiatives`).
    public var initiativeFund: Field<Cents>
    /// How long agreements with associations run (`conventions`).
    public var agreements: Field<AgreementTerm>
    /// The funding commitments (`engagement`), in file order.
    public var commitments: [Commitment]
    /// Where `financement { … }` is declared.
    public var site: DeclarationSite
}

/// A declared, justified exception to one completeness rule.
public struct Waiver: Hashable, Sendable {
    /// The code of the rule waived, written as the waiver's id; nil if it names no known code.
    public var code: DiagnosticCode?
    /// The justification, written as the waiver's title.
    public var reason: String?
    /// Where the waiver (`dérogation`) is declared.
    public var site: DeclarationSite
}

/// A pacte, resolved: every reference checked, every value typed.
/// Backends and validation rules read this, never the syntax tree.
public struct Pacte: Sendable {
    /// The pacte's title, written after `pacte`.
    public var title: String?
    /// Where `pacte { … }` is, if it is written.
    public var site: DeclarationSite?
    /// The territory the pacte covers (`territoire`).
    public var territory: Field<String>
    /// The level of the local government (`échelon`).
    public var level: Field<Level>
    /// The legal form of the cooperation space (`forme`).
    public var form: Field<LegalForm>
    /// The years the action plan covers (`période`).
    public var period: Field<ClosedRange<Int>>
    /// The language of the printed document as written (`langue`); see `documentLanguage`.
    public var language: Field<Language>
    /// The date the council adopted the pacte (`adoption`).
    public var adoption: Field<CalendarDate>
    /// The shared vision and its priorities (`vision`), if declared.
    public var vision: Vision?
    /// The cooperation charter (`charte`), if declared.
    public var charter: Charter?
    /// The organisations that sign (`signataire`), in file order.
    public var signatories: [Signatory]
    /// The act's particulars (`acte`), if declared: then the pacte is
    /// checked as an act to sign (P0321, P0323).
    public var act: Act?
    /// The persons named (`personne`), in file order.
    public var persons: [Person]
    /// The objectives of the action plan (`objectif`), in file order.
    public var objectives: [Objective]
    /// The actions of the plan (`action`), in file order.
    public var actions: [Action]
    /// The cooperation spaces (`espace`), in file order.
    public var spaces: [Space]
    /// The funding commitments (`financement`), if declared.
    public var funding: Funding?
    /// The declared exceptions to completeness rules (`dérogation`), in file order.
    public var waivers: [Waiver]

    private var personIndex: IDTable<Int>
    private var signatoryIndex: IDTable<Int>
    /// The actions serving each objective: their positions, in file
    /// order, and their budget, summed as they are indexed (read later,
    /// it would be one more pass over every action). One table, so that
    /// each action's objective is hashed once.
    private var byObjective: IDTable<ObjectiveActions>

    init(
        title: String?, site: DeclarationSite?, territory: Field<String>, level: Field<Level>, form: Field<LegalForm>,
        period: Field<ClosedRange<Int>>, language: Field<Language>, adoption: Field<CalendarDate>, vision: Vision?,
        charter: Charter?, signatories: [Signatory], act: Act? = nil, persons: [Person], objectives: [Objective], actions: [Action],
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
        self.act = act
        self.persons = persons
        self.objectives = objectives
        self.actions = actions
        self.spaces = spaces
        self.funding = funding
        self.waivers = waivers
        // By index, reading one field: iterating would copy each whole value.
        // Sized first, and each id hashed once: an id declared twice keeps
        // its first declaration.
        personIndex = IDTable(capacity: persons.count)
        signatoryIndex = IDTable(capacity: signatories.count)
        for index in persons.indices { personIndex.insertIfAbsent(index, for: persons[index].id) }
        for index in signatories.indices { signatoryIndex.insertIfAbsent(index, for: signatories[index].id) }
        byObjective = IDTable(capacity: objectives.count)
        for index in actions.indices {
            if let objective = actions[index].objective.value {
                byObjective.update(objective, initial: ObjectiveActions()) { $0.add(index, budget: actions[index].budget.value ?? 0) }
            }
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
        (byObjective[objective.id]?.positions ?? []).map { actions[$0] }
    }

    /// Whether any action serves an objective.
    func isServed(_ objective: Objective) -> Bool {
        byObjective[objective.id] != nil
    }

    /// The ids of the actions that serve an objective, in file order.
    public func actionIDs(of objective: Objective) -> [String] {
        (byObjective[objective.id]?.positions ?? []).map { actions[$0].id }
    }

    /// The budget of the actions that serve an objective, in cents.
    public func budget(of objective: Objective) -> Cents {
        byObjective[objective.id]?.budget ?? 0
    }

    /// The sum of the budgets of some actions, in cents; saturates rather than overflows.
    public static func total(of actions: [Action]) -> Cents {
        sum(actions.lazy.map { $0.budget.value ?? 0 })
    }

    /// A sum of budgets that saturates rather than overflows. Budgets are
    /// read where they stand: an action copied whole is a dozen
    /// reference counts.
    private static func sum(_ budgets: some Sequence<Cents>) -> Cents {
        budgets.reduce(0, adding)
    }

    private static func adding(_ sum: Cents, _ budget: Cents) -> Cents {
        let (result, overflow) = sum.addingReportingOverflow(budget)
        return overflow ? .max : result
    }

    /// The actions serving one objective.
    private struct ObjectiveActions: Sendable {
        var positions: [Int] = []
        var budget: Cents = 0

        /// Adds an action, in place on the table's value: one lookup.
        mutating func add(_ position: Int, budget actionBudget: Cents) {
            positions.append(position)
            budget = Pacte.adding(budget, actionBudget)
        }
    }

    /// The budget of all actions, in cents.
    public var totalBudget: Cents { Pacte.total(of: actions) }

    /// The parity count of a space's members.
    public func parity(of space: Space) -> ParityCount {
        var count = ParityCount(women: 0, men: 0, other: 0, unspecified: 0, tolerance: space.parityTolerance)
        for id in space.members.value ?? [] {
            count.add(personIndex[id].flatMap { persons[$0].gender.value })
        }
        return count
    }

    /// Reads each member of a space in place, in the order written: `body`
    /// gets the person, not a copy of it, whose many fields each cost a
    /// reference count. The walk stops, and says false, at a member who is
    /// no person or when `body` says false.
    package func forEachMember(of space: Space, _ body: (borrowing Person) -> Bool) -> Bool {
        guard let ids = space.members.value else { return false }
        for id in ids {
            guard let position = personIndex[id], body(persons[position]) else { return false }
        }
        return true
    }
}
