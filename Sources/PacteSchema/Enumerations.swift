import PacteCore

/// A closed set of values a property may take. The schema's enum tables,
/// did-you-mean, the JSON Schema and the docs are all built from the cases
/// of these types, so a value is written once.
public protocol SchemaEnumeration: CaseIterable, RawRepresentable, Hashable, Sendable where RawValue == String {
    /// English spellings accepted beside the canonical French value.
    var englishAliases: [String] { get }
    /// The feminine forms of a gendered French value (`élue` for `élu`):
    /// the same value, which `fmt` keeps as written.
    var feminineForms: [String] { get }
}

extension SchemaEnumeration {
    /// None by default: the French value is the only spelling.
    public var englishAliases: [String] { [] }
    /// None by default: most values have no gender.
    public var feminineForms: [String] { [] }

    /// The value whose canonical spelling is `spelling`: what the model
    /// reads back from a value the schema already checked, at a fraction
    /// of the cost of `init(rawValue:)` (see ``SchemaName/sameSpelling(_:_:)``).
    @inlinable
    public init?(canonical spelling: String) {
        for value in Self.allCases where SchemaName.sameSpelling(value.rawValue, spelling) {
            self = value
            return
        }
        return nil
    }
}

/// The administrative level of the local government.
public enum Level: String, SchemaEnumeration {
    case commune, intercommunalité, pays, département, région

    /// The English spellings accepted for each value.
    public var englishAliases: [String] {
        switch self {
        case .commune: ["municipality"]
        case .intercommunalité: ["intermunicipality"]
        case .pays: []
        case .département: ["department"]
        case .région: ["region"]
        }
    }
}

/// The legal form of the cooperation space.
public enum LegalForm: String, SchemaEnumeration {
    case commissionExtraMunicipale = "commission-extra-municipale"
    case commissionExtraIntercommunale = "commission-extra-intercommunale"
    case conseilAlimentaire = "conseil-alimentaire"
    case conseilÉnergie = "conseil-énergie"
    case conseilBiodiversité = "conseil-biodiversité"
    case conseilDeDéveloppement = "conseil-de-développement"
    case autre

    /// The English spellings accepted for each value.
    public var englishAliases: [String] {
        switch self {
        case .commissionExtraMunicipale: ["extra-municipal-commission"]
        case .commissionExtraIntercommunale: ["extra-intermunicipal-commission"]
        case .conseilAlimentaire: ["food-council"]
        case .conseilÉnergie: ["energy-council"]
        case .conseilBiodiversité: ["biodiversity-council"]
        case .conseilDeDéveloppement: ["development-council"]
        case .autre: ["other"]
        }
    }
}

/// The group a signatory belongs to.
public enum College: String, SchemaEnumeration {
    case collectivité, association, économique, social, culturel, habitant

    /// The English spellings accepted for each value.
    public var englishAliases: [String] {
        switch self {
        case .collectivité: ["local-government"]
        case .association: []
        case .économique: ["economic"]
        case .social: []
        case .culturel: ["cultural"]
        case .habitant: ["inhabitant"]
        }
    }

    /// Whether the signatory speaks for civil society rather than the local government.
    public var isCivilSociety: Bool { self != .collectivité }
}

/// A person's gender, used for the parity count.
public enum Gender: String, SchemaEnumeration {
    case femme, homme, autre
    case nonPrécisé = "non-précisé"

    /// The English spellings accepted for each value.
    public var englishAliases: [String] {
        switch self {
        case .femme: ["woman", "female"]
        case .homme: ["man", "male"]
        case .autre: ["other"]
        case .nonPrécisé: ["unspecified"]
        }
    }
}

/// The capacity in which a person sits.
public enum Role: String, SchemaEnumeration {
    case élu, agent, acteur, habitant

    /// The English spellings accepted for each value.
    public var englishAliases: [String] {
        switch self {
        case .élu: ["elected", "elected-official"]
        case .agent: ["officer", "staff"]
        case .acteur: ["stakeholder", "actor"]
        case .habitant: ["inhabitant", "resident"]
        }
    }

    /// A woman elected is `élue`, an officer `agente`.
    public var feminineForms: [String] {
        switch self {
        case .élu: ["élue"]
        case .agent: ["agente"]
        case .acteur: ["actrice"]
        case .habitant: ["habitante"]
        }
    }
}

/// How far an action involves civil society, from informing it to negotiating with it.
public enum ParticipationLevel: String, SchemaEnumeration {
    case information, consultation, concertation
    case coConstruction = "co-construction"
    case coopération, négociation

    /// The English spellings accepted for each value.
    public var englishAliases: [String] {
        switch self {
        case .information, .consultation, .concertation: []
        case .coConstruction: ["co-design"]
        case .coopération: ["cooperation"]
        case .négociation: ["negotiation"]
        }
    }
}

/// How a space takes its decisions.
public enum DecisionRule: String, SchemaEnumeration {
    case consensus, consentement, vote

    /// The English spellings accepted for each value.
    public var englishAliases: [String] {
        self == .consentement ? ["consent"] : []
    }
}

/// Whether the space reports back after each consultation.
public enum FeedbackPolicy: String, SchemaEnumeration {
    case systématique, ponctuel

    /// The English spellings accepted for each value.
    public var englishAliases: [String] {
        switch self {
        case .systématique: ["systematic"]
        case .ponctuel: ["occasional"]
        }
    }
}

/// How long funding agreements with associations run.
public enum AgreementTerm: String, SchemaEnumeration {
    case annuelles, pluriannuelles

    /// The English spellings accepted for each value.
    public var englishAliases: [String] {
        switch self {
        case .annuelles: ["annual"]
        case .pluriannuelles: ["multiannual", "multi-year"]
        }
    }
}

/// How often a space meets.
public enum MeetingFrequency: String, SchemaEnumeration {
    case mensuelle, trimestrielle, semestrielle, annuelle

    /// The English spellings accepted for each value.
    public var englishAliases: [String] {
        switch self {
        case .mensuelle: ["monthly"]
        case .trimestrielle: ["quarterly"]
        case .semestrielle: ["half-yearly", "biannual"]
        case .annuelle: ["yearly", "annual"]
        }
    }
}

/// What a space is for: the transitions, or the youth of the territory.
public enum SpaceType: String, SchemaEnumeration {
    case transitions, jeunesse

    /// The English spellings accepted for each value.
    public var englishAliases: [String] {
        self == .jeunesse ? ["youth"] : []
    }
}

/// Which side makes a commitment.
public enum CommittingParty: String, SchemaEnumeration {
    case collectivité, associations

    /// The English spellings accepted for each value.
    public var englishAliases: [String] {
        self == .collectivité ? ["local-government"] : []
    }
}

extension Language: SchemaEnumeration {}

/// The values of one enumeration, as the schema table holds them. A
/// class, like ``PropertySchema``: every enumeration value of a file is
/// checked against one, and copying six arrays and tables each time cost
/// twelve reference counts.
public final class EnumSchema: Sendable {
    /// The French name of the set, used in messages (`participation`).
    public let name: String
    /// The canonical French values, in order.
    public let values: [String]
    /// The English aliases, in the order of their values.
    public let aliases: [String]
    /// The feminine forms of gendered values, in the order of their values.
    public let feminineForms: [String]
    /// Each accepted spelling, folded and lowercased, with its canonical
    /// value and the spelling `fmt` writes for it, in table order. A list,
    /// searched from the end so that a later entry takes the place of an
    /// earlier one with the same key, as in a table built in order: a
    /// dozen entries, and no table to build when the command starts.
    private let folded: [(key: String, value: String, written: String)]
    /// The same entries by spelling as written in the table (`élu`,
    /// `local-government`): most files write them so, and need no folding.
    /// A dozen at most: searched, lengths first, for less than hashing the
    /// spelling costs.
    private let exactSpellings: [(spelling: String, value: String, written: String)]

    /// Builds the table of an enumeration type.
    public init<E: SchemaEnumeration>(_ type: E.Type, name: String) {
        self.name = name
        values = E.allCases.map(\.rawValue)
        aliases = E.allCases.flatMap(\.englishAliases)
        feminineForms = E.allCases.flatMap(\.feminineForms)
        var folded: [(key: String, value: String, written: String)] = []
        for value in E.allCases {
            folded.append((EnumSchema.key(value.rawValue), value.rawValue, value.rawValue))
            for alias in value.englishAliases { folded.append((EnumSchema.key(alias), value.rawValue, value.rawValue)) }
            for feminine in value.feminineForms { folded.append((EnumSchema.key(feminine), value.rawValue, feminine)) }
        }
        self.folded = folded
        exactSpellings = (values + aliases + feminineForms).compactMap { spelling in
            EnumSchema.entry(folded: EnumSchema.key(spelling), in: folded).map { (spelling, $0.value, $0.written) }
        }
    }

    /// The last entry whose key is `key`, lengths first.
    private static func entry(folded key: String, in folded: [(key: String, value: String, written: String)]) -> (value: String, written: String)? {
        folded.last { SchemaName.sameSpelling($0.key, key) }.map { ($0.value, $0.written) }
    }

    /// Values match like names, without regard to accents, and without
    /// regard to case: `Association` is `association`.
    private static func key(_ spelling: String) -> String {
        SchemaName.fold(spelling).lowercased()
    }

    /// The canonical value a spelling stands for.
    public func canonical(_ spelling: String) -> String? {
        entry(spelling)?.value
    }

    /// How `fmt` writes a spelling: the canonical French value, or the
    /// feminine form the writer chose, with its accents (`elue` → `élue`).
    public func formatted(_ spelling: String) -> String? {
        entry(spelling)?.written
    }

    private func entry(_ spelling: String) -> (value: String, written: String)? {
        if let exact = exactSpellings.first(where: { SchemaName.sameSpelling($0.spelling, spelling) }) { return (exact.value, exact.written) }
        return EnumSchema.entry(folded: EnumSchema.key(spelling), in: folded)
    }

    /// Every accepted spelling, canonical values first, for did-you-mean.
    public var spellings: [String] {
        values + feminineForms + aliases
    }
}
