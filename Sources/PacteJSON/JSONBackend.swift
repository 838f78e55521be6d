import PacteCore
import PacteSchema
import PacteSemantics

/// `pacte build --to json`: the resolved model of DESIGN §2.5, with English
/// keys in a stable order, references as ids, and the computed fields
/// (legal basis, budget totals, parity counts). Described by
/// `Grammar/pacte.schema.json`, which ``JSONSchemaGenerator`` writes.
public enum JSONBackend {
    /// The version of the JSON format; it changes only when a consumer
    /// would have to change.
    public static let formatVersion = 1

    /// The model as a JSON document, pretty-printed, ending with a line end.
    public static func render(_ pacte: Pacte) -> String {
        var output: [UInt8] = []
        // A generous guess, so that megabytes of text are not copied at each
        // doubling: pages reserved and never written cost nothing.
        output.reserveCapacity(65_536 + 1_024 * pacte.actions.count + 512 * (pacte.persons.count + pacte.signatories.count + pacte.objectives.count))
        JSONValue.writeObject(members(pacte), to: &output, pretty: true)
        output.append(UInt8(ascii: "\n"))
        return String(decoding: output, as: UTF8.self)
    }

    /// The model as a JSON value.
    public static func document(_ pacte: Pacte) -> JSONValue {
        .object(members(pacte).map { ($0, $1.built) })
    }

    /// The document's members; the lists that grow with the pacte are
    /// built element by element as they are written.
    private static func members(_ pacte: Pacte) -> [(String, JSONMember)] {
        func list<Element>(_ elements: [Element], _ element: @escaping (Element) -> JSONValue) -> JSONMember {
            .list(AnySequence(elements.indices.lazy.map { element(elements[$0]) }))
        }
        let k = JSONKeys.key
        let period: JSONValue = pacte.period.value.map { .object([("start", .int($0.lowerBound)), ("end", .int($0.upperBound))]) } ?? .null
        let charter: JSONValue = pacte.charter.map { .object([("commitments", .array($0.commitments.map(commitment)))]) } ?? .null
        let waivers: [JSONValue] = pacte.waivers.map {
            .object([("code", .optional($0.code?.rawValue)), ("reason", .optional($0.reason))])
        }
        let byObjective: [JSONValue] = pacte.objectives.map {
            .object([("objective", .string($0.id)), ("total", money(pacte.budget(of: $0)))])
        }
        var members: [(String, JSONMember)] = [
            ("formatVersion", .value(.int(formatVersion))),
            ("title", .value(.optional(pacte.title))),
            (k(.pacte, "territoire"), .value(.optional(pacte.territory.value))),
            (k(.pacte, "échelon"), .value(.optional(pacte.level.value?.rawValue))),
            (k(.pacte, "forme"), .value(.optional(pacte.form.value?.rawValue))),
            ("legalBasis", .value(pacte.legalBasis.map(legalBasis) ?? .null)),
            (k(.pacte, "période"), .value(period)),
            (k(.pacte, "langue"), .value(.string(pacte.documentLanguage.rawValue))),
            (k(.pacte, "adoption"), .value(.optional(pacte.adoption.value?.description))),
        ]
        members += [
            ("vision", .value(pacte.vision.map(vision) ?? .null)),
            ("charter", .value(charter)),
            ("signatories", list(pacte.signatories, signatory)),
            ("act", .value(pacte.act.map(act) ?? .null)),
            ("persons", list(pacte.persons, person)),
            ("objectives", list(pacte.objectives) { objective($0, in: pacte) }),
            ("actions", list(pacte.actions, action)),
            ("spaces", .value(.array(pacte.spaces.map { space($0, in: pacte) }))),
            ("funding", .value(pacte.funding.map(funding) ?? .null)),
            ("waivers", .value(.array(waivers))),
            ("budget", .value(.object([("total", money(pacte.totalBudget)), ("byObjective", .array(byObjective))]))),
        ]
        return members
    }

    // MARK: - Parts

    private static func legalBasis(_ basis: LegalBasis) -> JSONValue {
        .object([
            ("article", .string(basis.article)),
            ("code", .string(basis.code)),
            ("citation", .string(basis.citation(.fr))),
            ("requiredLevel", .string(basis.requiredLevel.rawValue)),
        ])
    }

    private static func vision(_ vision: Vision) -> JSONValue {
        let k = JSONKeys.key
        return .object([
            (k(.vision, "horizon"), vision.horizon.value.map(JSONValue.int) ?? .null),
            (k(.vision, "texte"), .optional(vision.text.value)),
            ("priorities", .array(vision.priorities.map {
                .object([("id", .string($0.id)), ("title", .optional($0.title)), (k(.priorité, "texte"), .optional($0.text.value))])
            })),
        ])
    }

    private static func commitment(_ commitment: Commitment) -> JSONValue {
        .object([("id", .optional(commitment.id)), ("text", .optional(commitment.text))])
    }

    private static func sideCommitment(_ commitment: Commitment) -> JSONValue {
        .object([
            ("id", .optional(commitment.id)),
            ("text", .optional(commitment.text)),
            (JSONKeys.key(.engagement, "par"), .optional(commitment.party.value?.rawValue)),
        ])
    }

    private static func signatory(_ signatory: Signatory) -> JSONValue {
        let k = JSONKeys.key
        return .object([
            ("id", .string(signatory.id)),
            ("name", .optional(signatory.name)),
            (k(.signataire, "collège"), .optional(signatory.college.value?.rawValue)),
            (k(.signataire, "représentant"), .optional(signatory.representative.value)),
            (k(.signataire, "qualité"), .optional(signatory.capacity.value)),
            ("deliberations", .array(signatory.deliberations.map {
                .object([
                    ("number", .optional($0.number)),
                    (k(.délibération, "date"), .optional($0.date.value?.description)),
                    (k(.délibération, "organe"), .optional($0.body.value)),
                ])
            })),
        ])
    }

    private static func act(_ act: Act) -> JSONValue {
        let k = JSONKeys.key
        return .object([
            (k(.acte, "lieu"), .optional(act.place.value)),
            (k(.acte, "date"), .optional(act.date.value?.description)),
            (k(.acte, "exemplaires"), act.copies.value.map(JSONValue.int) ?? .null),
            (k(.acte, "visas"), .array((act.citations.value ?? []).map(JSONValue.string))),
            (k(.acte, "révision"), .optional(act.amendment.value)),
        ])
    }

    private static func person(_ person: Person) -> JSONValue {
        let k = JSONKeys.key
        return .object([
            ("id", .string(person.id)),
            ("name", .optional(person.name)),
            (k(.personne, "genre"), .optional(person.gender.value?.rawValue)),
            (k(.personne, "rôle"), .optional(person.role.value?.rawValue)),
            (k(.personne, "structure"), .optional(person.organization.value)),
            (k(.personne, "jeune"), .bool(person.isYoung.value ?? false)),
        ])
    }

    private static func objective(_ objective: Objective, in pacte: Pacte) -> JSONValue {
        let k = JSONKeys.key
        return .object([
            ("id", .string(objective.id)),
            ("title", .optional(objective.title)),
            (k(.objectif, "priorité"), .optional(objective.priority.value)),
            (k(.objectif, "indicateur"), .optional(objective.indicator.value)),
            (k(.objectif, "cible"), .optional(objective.target.value)),
            ("actions", .array(pacte.actionIDs(of: objective).map(JSONValue.string))),
            ("budgetTotal", money(pacte.budget(of: objective))),
        ])
    }

    private static func action(_ action: Action) -> JSONValue {
        let k = JSONKeys.key
        return .object([
            ("id", .string(action.id)),
            ("title", .optional(action.title)),
            (k(.action, "objectif"), .optional(action.objective.value)),
            (k(.action, "description"), .optional(action.description.value)),
            (k(.action, "pilote"), .optional(action.lead.value)),
            (k(.action, "partenaires"), .array((action.partners.value ?? []).map(JSONValue.string))),
            (k(.action, "budget"), action.budget.value.map(money) ?? .null),
            (k(.action, "participation"), .optional(action.participation.value?.rawValue)),
            (k(.action, "calendrier"), action.calendar.value.map {
                .object([("start", .string($0.lowerBound.description)), ("end", .string($0.upperBound.description))])
            } ?? .null),
        ])
    }

    private static func space(_ space: Space, in pacte: Pacte) -> JSONValue {
        let k = JSONKeys.key
        let parity = pacte.parity(of: space)
        return .object([
            ("id", .string(space.id)),
            ("name", .optional(space.name)),
            (k(.espace, "type"), .string(space.effectiveType.rawValue)),
            (k(.espace, "missions"), .optional(space.missions.value)),
            (k(.espace, "membres"), .array((space.members.value ?? []).map(JSONValue.string))),
            (k(.espace, "siège-jeunesse"), .optional(space.youthSeat.value)),
            (k(.espace, "présidence"), .optional(space.presidency.value)),
            (k(.espace, "parité"), .object([
                ("tolerance", .int(parity.tolerance)),
                ("women", .int(parity.women)),
                ("men", .int(parity.men)),
                ("other", .int(parity.other)),
                ("unspecified", .int(parity.unspecified)),
                ("gap", .int(parity.gap)),
                ("reached", .bool(parity.isReached)),
            ])),
            (k(.espace, "appui"), .optional(space.support.value)),
            ("governance", space.governance.map(governance) ?? .null),
            ("commitments", .array(space.commitments.map(sideCommitment))),
        ])
    }

    private static func governance(_ governance: Governance) -> JSONValue {
        let k = JSONKeys.key
        func ids(_ field: Field<Participants>) -> JSONValue {
            field.value.map { .array($0.ids.map(JSONValue.string)) } ?? .null
        }
        return .object([
            (k(.gouvernance, "ordre-du-jour"), ids(governance.agenda)),
            (k(.gouvernance, "participants"), ids(governance.participants)),
            (k(.gouvernance, "décision"), .optional(governance.decision.value?.rawValue)),
            (k(.gouvernance, "votants"), ids(governance.voters)),
            (k(.gouvernance, "majorité"), governance.majority.value.map(ratio) ?? .null),
            (k(.gouvernance, "quorum"), governance.quorum.value.map { .number($0.description) } ?? .null),
            (k(.gouvernance, "retour"), .optional(governance.feedback.value?.rawValue)),
            (k(.gouvernance, "pilotes"), ids(governance.leads)),
            (k(.gouvernance, "fréquence"), .optional(governance.frequency.value?.rawValue)),
        ])
    }

    private static func ratio(_ ratio: Ratio) -> JSONValue {
        switch ratio {
        case .fraction(let numerator, let denominator):
            .object([("numerator", .number(String(numerator))), ("denominator", .number(String(denominator)))])
        case .percent(let share):
            .object([("percent", .number(share.description))])
        }
    }

    private static func funding(_ funding: Funding) -> JSONValue {
        let k = JSONKeys.key
        return .object([
            (k(.financement, "fonds-initiatives"), funding.initiativeFund.value.map(money) ?? .null),
            (k(.financement, "conventions"), .optional(funding.agreements.value?.rawValue)),
            ("commitments", .array(funding.commitments.map(sideCommitment))),
        ])
    }

    /// Euros as a JSON number: `24000`, `9999.5`.
    package static func money(_ cents: Cents) -> JSONValue {
        .number(DecimalNumber(significand: cents, scale: 2).description)
    }
}
