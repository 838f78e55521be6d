import PacteCore

/// The kinds of declaration of DESIGN §2.3.
public enum KindID: String, Sendable, Hashable, CaseIterable {
    case pacte, vision, priorité, charte, engagement, signataire, délibération, acte, personne, objectif
    case action, espace, gouvernance, financement, dérogation
}

/// What a property's value must be.
public indirect enum ValueType: Sendable {
    /// A one-line string.
    case string
    /// A text block, or a one-line string.
    case text
    /// A year such as `2040`.
    case year
    /// A date at any precision: `2026`, `2026-03`, `2026-03-14`.
    case date
    /// A range of years: `2026..2031`.
    case yearRange
    /// A range of dates at any precision: `2026-11..2030-03`.
    case dateRange
    /// An amount in euros: `24_000 €`.
    case money
    /// A percentage: `50 %`.
    case percent
    /// A share: a fraction `2/3` or a percentage `66 %`.
    case ratio
    /// A whole number, zero or more.
    case count
    /// A list of one-line strings: `["…", "…"]`.
    case strings
    /// `oui` or `non`.
    case boolean
    /// One value of a closed set.
    case enumeration(EnumSchema)
    /// The id of one declaration of these kinds.
    case reference([KindID])
    /// A list of ids of declarations of these kinds; with `allowsMembers`,
    /// the word `membres` stands for every member of the enclosing space.
    case references([KindID], allowsMembers: Bool)
}

extension ValueType {
    /// Whether the value is a name chosen from a list (an enum value, an
    /// id), whose own checks say what may go there.
    public var choosesAName: Bool {
        switch self {
        case .enumeration, .reference, .references: true
        default: false
        }
    }
}

/// Whether something must be written.
public enum Requirement: Sendable, Equatable {
    /// Its absence is P0205.
    case required
    /// It may be left out.
    case optional
    /// Its absence is reported by its own completeness rule, not by P0205.
    case checkedBy(DiagnosticCode)
}

/// One property of a kind of declaration. A class, like ``KindSchema``:
/// every value of every file is checked against one, and a reference is
/// cheaper to pass than five strings and a type.
public final class PropertySchema: Sendable {
    /// The canonical French name, written by the formatter.
    public let name: String
    /// The English alias, also the key in JSON once camel-cased.
    public let english: String
    /// The type of its value.
    public let type: ValueType
    /// Whether it must be written.
    public let requirement: Requirement
    /// What it means, for docs and completion.
    public let summary: LocalizedText

    /// Creates a property schema.
    public init(_ name: String, _ english: String, _ type: ValueType, _ requirement: Requirement = .optional, _ summary: LocalizedText) {
        self.name = name
        self.english = english
        self.type = type
        self.requirement = requirement
        self.summary = summary
    }
}

/// Whether a declaration has an id or a title.
public enum Presence: Sendable, Equatable {
    case required, optional, forbidden
}

/// How many declarations of a kind may stand in one place.
public enum Cardinality: Sendable, Equatable {
    /// Exactly one; its absence is P0205.
    case exactlyOne
    /// At most one.
    case atMostOne
    /// Any number.
    case many
}

/// One kind of declaration: its names, its head, its properties and the
/// kinds it may contain.
public final class KindSchema: Sendable {
    /// Which kind it is.
    public let id: KindID
    /// The canonical French name.
    public let name: String
    /// The English alias.
    public let english: String
    /// Whether the declaration takes an id (`action chantiers`).
    public let idPresence: Presence
    /// Whether the declaration takes a title (`"Chantiers participatifs"`).
    public let titlePresence: Presence
    /// How many may stand in their place.
    public let cardinality: Cardinality
    /// Its properties.
    public let properties: [PropertySchema]
    /// The kinds it may contain.
    public let children: [KindSchema]
    /// What it is, for docs and completion.
    public let summary: LocalizedText
    /// Each property's French and English names as written, with the
    /// property's place in ``properties``, in table order. Lists, not
    /// dictionaries: a kind has a dozen properties at most, and building
    /// the sixty tables of the schema was a sixth of a typical check in a
    /// new process. Searched from the end, so that a name two properties
    /// share stands for the later one, as in a table built in order.
    private let exactNames: [(spelling: String, position: Int)]
    /// The same names folded (``SchemaName/fold(_:)``): accents aside.
    private let foldedNames: [(spelling: String, position: Int)]
    /// Whether each canonical name stands for its own property in
    /// ``exactNames`` (no English alias of a later property takes it), so
    /// that a search of the canonical names finds the same property.
    private let namesAreOwn: Bool
    /// The UTF-8 length of each canonical name.
    private let nameLengths: [Int]
    fileprivate let foldedName: String
    fileprivate let foldedEnglish: String

    /// Creates a kind schema.
    public init(
        _ id: KindID, english: String, idPresence: Presence, titlePresence: Presence,
        cardinality: Cardinality, properties: [PropertySchema] = [], children: [KindSchema] = [],
        summary: LocalizedText
    ) {
        self.id = id
        self.name = id.rawValue
        self.english = english
        foldedName = SchemaName.fold(id.rawValue)
        foldedEnglish = SchemaName.fold(english)
        self.idPresence = idPresence
        self.titlePresence = titlePresence
        self.cardinality = cardinality
        self.properties = properties
        self.children = children
        self.summary = summary
        var exact: [(spelling: String, position: Int)] = []
        var folded: [(spelling: String, position: Int)] = []
        for (position, property) in properties.enumerated() {
            exact += [(property.name, position), (property.english, position)]
            folded += [(SchemaName.fold(property.name), position), (SchemaName.fold(property.english), position)]
        }
        exactNames = exact
        foldedNames = folded
        namesAreOwn = properties.indices.allSatisfy { KindSchema.lastPosition(of: properties[$0].name, in: exact) == $0 }
        nameLengths = properties.map(\.name.utf8.count)
    }

    /// Where the last entry spelled `spelling` points, lengths first (see
    /// ``SchemaName/sameSpelling(_:_:)``).
    private static func lastPosition(of spelling: String, in names: [(spelling: String, position: Int)]) -> Int? {
        names.last { SchemaName.sameSpelling($0.spelling, spelling) }?.position
    }

    /// The property a spelling stands for, accents and English aliases allowed.
    public func property(named spelling: String) -> PropertySchema? {
        position(ofProperty: spelling).map { properties[$0] }
    }

    /// Where the property a spelling stands for sits in `properties`.
    public func position(ofProperty spelling: String) -> Int? {
        // A kind has a dozen properties at most, and the model reads each
        // by its canonical name: comparing a few short strings costs less
        // than hashing one.
        if namesAreOwn {
            // Lengths first: see ``SchemaName/sameSpelling(_:_:)``.
            let count = spelling.utf8.count
            for index in properties.indices where nameLengths[index] == count && properties[index].name == spelling { return index }
        }
        return KindSchema.lastPosition(of: spelling, in: exactNames)
            ?? KindSchema.lastPosition(of: SchemaName.fold(spelling), in: foldedNames)
    }

    /// The child kind a spelling stands for.
    public func child(named spelling: String) -> KindSchema? {
        Schema.kind(named: spelling, among: children)
    }

    /// The schema of a property by its canonical name; a wrong name is a
    /// programming error, never a consequence of a file's content.
    public subscript(property name: String) -> PropertySchema {
        guard let property = properties.first(where: { $0.name == name }) else {
            preconditionFailure("no property `\(name)` in kind `\(self.name)`")
        }
        return property
    }
}

/// The whole language: the top-level kinds and, through them, everything else.
public struct Schema: Sendable {
    /// The kinds that may stand at top level.
    public let topLevel: [KindSchema]

    /// The kind a spelling stands for among `kinds`.
    public static func kind(named spelling: String, among kinds: [KindSchema]) -> KindSchema? {
        if let exact = kinds.first(where: { SchemaName.sameSpelling($0.name, spelling) }) { return exact }
        let folded = SchemaName.fold(spelling)
        return kinds.first { $0.foldedName == folded || $0.foldedEnglish == folded }
    }

    /// Folded names of the kinds that stand only at top level, which the
    /// parser uses to recover from a forgotten `}`.
    public var topLevelOnlyKindNames: Set<String> {
        var nested: Set<KindID> = []
        func collect(_ kind: KindSchema) {
            for child in kind.children {
                nested.insert(child.id)
                collect(child)
            }
        }
        topLevel.forEach(collect)
        var names: Set<String> = []
        for kind in topLevel where !nested.contains(kind.id) {
            names.insert(SchemaName.fold(kind.name))
            names.insert(SchemaName.fold(kind.english))
        }
        return names
    }

    /// Every kind, top level first, each once: computed once, as messages
    /// about misplaced names search it.
    public let allKinds: [KindSchema]

    /// Creates the schema of a language from its top-level kinds.
    public init(topLevel: [KindSchema]) {
        self.topLevel = topLevel
        allKinds = Schema.collectKinds(topLevel)
    }

    private static func collectKinds(_ topLevel: [KindSchema]) -> [KindSchema] {
        var result: [KindSchema] = []
        var seen: Set<String> = []
        func visit(_ kinds: [KindSchema], parent: String) {
            for kind in kinds where seen.insert(parent + "/" + kind.name).inserted {
                result.append(kind)
                visit(kind.children, parent: kind.name)
            }
        }
        visit(topLevel, parent: "")
        return result
    }
}
