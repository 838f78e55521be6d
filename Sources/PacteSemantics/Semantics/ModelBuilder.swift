import PacteCore
import PacteSyntax
import PacteSchema

/// Turns resolved declarations into the typed ``Pacte``. Everything here
/// has already been checked; this only reads values out by name.
///
/// It takes the top-level declarations one at a time, as the resolver
/// finishes each: a declaration is read into the model while it is still
/// in cache, and let go. Gathered first and read after, the declarations
/// of a large pacte were all out of cache by the time they were read, and
/// again when they were freed.
package struct ModelBuilder {
    private var header: ResolvedDeclaration?
    private var visionDeclaration: ResolvedDeclaration?
    private var charterDeclaration: ResolvedDeclaration?
    private var fundingDeclaration: ResolvedDeclaration?
    private var actDeclaration: ResolvedDeclaration?
    private var signatories = InFileOrder<Signatory>()
    private var persons = InFileOrder<Person>()
    private var objectives = InFileOrder<Objective>()
    private var actions = InFileOrder<Action>()
    private var spaces = InFileOrder<Space>()
    private var waivers = InFileOrder<Waiver>()

    package init() {}

    /// A builder for a file of `bytes` bytes, with room for as many
    /// declarations of each kind as such a file may hold: an array of large
    /// values grown by doubling copies each of them, and holds the old copy
    /// and the new at once. The room never used is never touched, and costs
    /// no memory.
    package init(expectedBytes bytes: Int) {
        signatories.reserve(bytes / 300)
        persons.reserve(bytes / 150)
        objectives.reserve(bytes / 800)
        actions.reserve(bytes / 500)
        spaces.reserve(bytes / 3_000)
        waivers.reserve(bytes / 5_000)
    }

    /// The model of `declarations`, the top-level ones of a file.
    package static func build(_ declarations: [ResolvedDeclaration]) -> Pacte {
        var builder = ModelBuilder()
        for (ordinal, declaration) in declarations.enumerated() { builder.add(declaration, ordinal: ordinal) }
        return builder.finish()
    }

    /// Reads a top-level declaration, the `ordinal`-th of its file. They
    /// come in file order, but for those that named an id declared further
    /// down, which come later. Of the kinds that stand once, the first
    /// counts (none of them names an id): the resolver reports the others.
    package mutating func add(_ declaration: ResolvedDeclaration, ordinal: Int) {
        switch declaration.kind.id {
        case .pacte: if header == nil { header = declaration }
        case .vision: if visionDeclaration == nil { visionDeclaration = declaration }
        case .charte: if charterDeclaration == nil { charterDeclaration = declaration }
        case .financement: if fundingDeclaration == nil { fundingDeclaration = declaration }
        case .acte: if actDeclaration == nil { actDeclaration = declaration }
        case .signataire: if let signatory = ModelBuilder.signatory(declaration) { signatories.append(signatory, ordinal) }
        case .personne: if let person = ModelBuilder.person(declaration) { persons.append(person, ordinal) }
        case .objectif: if let objective = ModelBuilder.objective(declaration) { objectives.append(objective, ordinal) }
        case .action: if let action = ModelBuilder.action(declaration) { actions.append(action, ordinal) }
        case .espace: if let space = ModelBuilder.space(declaration) { spaces.append(space, ordinal) }
        case .dérogation:
            waivers.append(Waiver(code: declaration.id.flatMap(DiagnosticCode.init(rawValue:)), reason: declaration.title,
                                  site: ModelBuilder.site(declaration)), ordinal)
        case .priorité, .engagement, .gouvernance, .délibération:
            // Only ever nested: read with their parent.
            break
        }
    }

    /// The model of the declarations read.
    package func finish() -> Pacte {
        let header = header
        return Pacte(
            title: header?.title,
            site: header.map(ModelBuilder.site),
            territory: header?.field("territoire").string ?? .absent,
            level: header?.field("échelon").enumeration(Level.self) ?? .absent,
            form: header?.field("forme").enumeration(LegalForm.self) ?? .absent,
            period: header?.field("période").map { if case .yearRange(let first, let last) = $0 { first...last } else { nil } } ?? .absent,
            language: header?.field("langue").enumeration(Language.self) ?? .absent,
            adoption: header?.field("adoption").map { if case .date(let date) = $0 { date } else { nil } } ?? .absent,
            vision: visionDeclaration.map(ModelBuilder.vision),
            charter: charterDeclaration.map { Charter(commitments: $0.children.map(ModelBuilder.commitment), site: ModelBuilder.site($0)) },
            signatories: signatories.values,
            act: actDeclaration.map(ModelBuilder.act),
            persons: persons.values,
            objectives: objectives.values,
            actions: actions.values,
            spaces: spaces.values,
            funding: fundingDeclaration.map(ModelBuilder.funding),
            waivers: waivers.values)
    }

    private static func site(_ declaration: ResolvedDeclaration) -> DeclarationSite {
        declaration.site
    }

    private static func vision(_ declaration: ResolvedDeclaration) -> Vision {
        Vision(
            horizon: declaration.field("horizon").map { if case .year(let year) = $0 { year } else { nil } },
            text: declaration.field("texte").string,
            priorities: declaration.children.compactMap { child in
                child.id.map { Priority(id: $0, title: child.title, text: child.field("texte").string, site: site(child)) }
            },
            site: site(declaration))
    }

    private static func commitment(_ declaration: ResolvedDeclaration) -> Commitment {
        let party: Field<CommittingParty> = declaration.kind.properties.isEmpty
            ? .absent : declaration.field("par").enumeration(CommittingParty.self)
        return Commitment(id: declaration.id, text: declaration.title, party: party, site: site(declaration))
    }

    private static func signatory(_ declaration: ResolvedDeclaration) -> Signatory? {
        guard let id = declaration.id else { return nil }
        var read = FieldReader(declaration)
        return Signatory(
            id: id, name: declaration.title,
            college: read("collège").enumeration(College.self),
            representative: read("représentant").reference,
            capacity: read("qualité").string,
            deliberations: declaration.children.filter { $0.kind.id == .délibération }.map { child in
                Deliberation(number: child.title, date: child.field("date").date, body: child.field("organe").string, site: site(child))
            },
            site: site(declaration))
    }

    private static func act(_ declaration: ResolvedDeclaration) -> Act {
        Act(
            place: declaration.field("lieu").string,
            date: declaration.field("date").date,
            copies: declaration.field("exemplaires").map { if case .count(let count) = $0 { count } else { nil } },
            citations: declaration.field("visas").map { if case .strings(let strings) = $0 { strings } else { nil } },
            amendment: declaration.field("révision").string,
            site: site(declaration))
    }

    private static func person(_ declaration: ResolvedDeclaration) -> Person? {
        guard let id = declaration.id else { return nil }
        var read = FieldReader(declaration)
        return Person(
            id: id, name: declaration.title,
            gender: read("genre").enumeration(Gender.self),
            role: read("rôle").enumeration(Role.self),
            organization: read("structure").reference,
            isYoung: read("jeune").map { if case .boolean(let flag) = $0 { flag } else { nil } },
            site: site(declaration))
    }

    private static func objective(_ declaration: ResolvedDeclaration) -> Objective? {
        guard let id = declaration.id else { return nil }
        var read = FieldReader(declaration)
        return Objective(
            id: id, title: declaration.title,
            priority: read("priorité").reference,
            indicator: read("indicateur").string,
            target: read("cible").string,
            site: site(declaration))
    }

    private static func action(_ declaration: ResolvedDeclaration) -> Action? {
        guard let id = declaration.id else { return nil }
        var read = FieldReader(declaration)
        return Action(
            id: id, title: declaration.title,
            objective: read("objectif").reference,
            description: read("description").string,
            lead: read("pilote").reference,
            partners: read("partenaires").map { if case .references(.ids(let ids)) = $0 { ids } else { nil } },
            budget: read("budget").map { if case .money(let cents) = $0 { cents } else { nil } },
            participation: read("participation").enumeration(ParticipationLevel.self),
            calendar: read("calendrier").map { if case .dateRange(let first, let last) = $0 { DateRange(first, last) } else { nil } },
            site: site(declaration))
    }

    private static func space(_ declaration: ResolvedDeclaration) -> Space? {
        guard let id = declaration.id else { return nil }
        var read = FieldReader(declaration)
        let members: Field<[String]> = read("membres").map { if case .references(.ids(let ids)) = $0 { ids } else { nil } }
        let governanceDeclaration = declaration.children.first { $0.kind.id == .gouvernance }
        let governance = governanceDeclaration.map { ModelBuilder.governance($0, members: members.value ?? []) }
        return Space(
            id: id, name: declaration.title,
            type: read("type").enumeration(SpaceType.self),
            missions: read("missions").string,
            members: members,
            youthSeat: read("siège-jeunesse").reference,
            presidency: read("présidence").reference,
            parity: read("parité").map { if case .count(let count) = $0 { count } else { nil } },
            support: read("appui").string,
            governance: governance,
            commitments: declaration.children.filter { $0.kind.id == .engagement }.map(commitment),
            site: site(declaration))
    }

    private static func governance(_ declaration: ResolvedDeclaration, members: [String]) -> Governance {
        var read = FieldReader(declaration)
        func participants(_ name: String) -> Field<Participants> {
            read(name).map {
                switch $0 {
                case .references(.ids(let ids)): Participants(ids: ids, isAllMembers: false)
                case .references(.members): Participants(ids: members, isAllMembers: true)
                default: nil
                }
            }
        }
        return Governance(
            agenda: participants("ordre-du-jour"),
            participants: participants("participants"),
            decision: read("décision").enumeration(DecisionRule.self),
            voters: participants("votants"),
            majority: read("majorité").map { if case .ratio(let ratio) = $0 { ratio } else { nil } },
            quorum: read("quorum").map { if case .percent(let share) = $0 { share } else { nil } },
            feedback: read("retour").enumeration(FeedbackPolicy.self),
            leads: participants("pilotes"),
            frequency: read("fréquence").enumeration(MeetingFrequency.self),
            site: site(declaration))
    }

    private static func funding(_ declaration: ResolvedDeclaration) -> Funding {
        Funding(
            initiativeFund: declaration.field("fonds-initiatives").map { if case .money(let cents) = $0 { cents } else { nil } },
            agreements: declaration.field("conventions").enumeration(AgreementTerm.self),
            commitments: declaration.children.map(commitment),
            site: site(declaration))
    }
}

/// Reads a declaration's fields by canonical name, in the order the
/// builder asks for them, which is mostly the order of the kind's schema:
/// each name is compared first with the property after the last one read.
/// Searched by name among all the kind's properties, the fields of a large
/// pacte were a third of building its model.
private struct FieldReader {
    private let declaration: ResolvedDeclaration
    private let properties: [PropertySchema]
    private var next = 0

    init(_ declaration: ResolvedDeclaration) {
        self.declaration = declaration
        properties = declaration.kind.properties
    }

    /// The field of the property named `name`, a canonical name of the kind's.
    mutating func callAsFunction(_ name: String) -> Field<PropertyValue> {
        var position = next
        for _ in properties.indices {
            if position == properties.count { position = 0 }
            if properties[position].name == name {
                next = position + 1
                return declaration.field(at: position)
            }
            position += 1
        }
        preconditionFailure("no property `\(name)` in kind `\(declaration.kind.name)`")
    }
}

/// Values of the model with their place in the file, put back in file
/// order at the end if some came late.
private struct InFileOrder<Value> {
    private var items: [Value] = []
    private var ordinals: [Int] = []
    private var isSorted = true

    mutating func reserve(_ count: Int) {
        items.reserveCapacity(count)
        ordinals.reserveCapacity(count)
    }

    mutating func append(_ value: Value, _ ordinal: Int) {
        if let last = ordinals.last, last > ordinal { isSorted = false }
        items.append(value)
        ordinals.append(ordinal)
    }

    var values: [Value] {
        guard !isSorted else { return items }
        return ordinals.indices.sorted { ordinals[$0] < ordinals[$1] }.map { items[$0] }
    }
}

extension Field where Value == PropertyValue {
    var string: Field<String> {
        map {
            switch $0 {
            case .string(let text), .text(let text): text
            default: nil
            }
        }
    }

    var date: Field<CalendarDate> {
        map { if case .date(let date) = $0 { date } else { nil } }
    }

    var reference: Field<String> {
        map { if case .reference(let id) = $0 { id } else { nil } }
    }

    func enumeration<E: SchemaEnumeration>(_ type: E.Type) -> Field<E> {
        map { if case .enumeration(let raw) = $0 { E(canonical: raw) } else { nil } }
    }
}
