import PacteCore
import PacteSyntax
import PacteSchema

/// A declaration checked against its kind's schema: known properties
/// with typed values, children resolved the same way.
///
/// A class: a declaration is passed from the resolver to the model
/// builder and to its parent's children, and copying it by value cost
/// more than reading it.
public final class ResolvedDeclaration: Sendable {
    /// Its kind's schema.
    public let kind: KindSchema
    /// Where it is written.
    public let site: DeclarationSite
    /// Whether a syntax error hid part of it (see ``DeclarationSyntax/isCutShort``).
    public let isCutShort: Bool
    /// Its id, if it has a valid one.
    public let id: String?
    /// Its title, if it has a valid one.
    public let title: String?
    /// Its properties, in the order of the kind's schema; nil where not written.
    public let fields: [Field<PropertyValue>?]
    /// Its nested declarations, in order.
    public let children: [ResolvedDeclaration]

    init(kind: KindSchema, syntax: DeclarationSyntax, id: String?, title: String?, fields: [Field<PropertyValue>?], children: [ResolvedDeclaration]) {
        self.kind = kind
        site = DeclarationSite(span: syntax.span, head: syntax.headSpan, title: syntax.title?.span,
                               block: syntax.block.flatMap { block in block.close.map(block.open.merged) })
        isCutShort = syntax.isCutShort
        self.id = id
        self.title = title
        self.fields = fields
        self.children = children
    }

    /// The span of the kind, id and title: where a rule about the whole
    /// declaration points.
    public var headSpan: Span { site.head }

    /// A property by canonical name. In a declaration cut short by a
    /// syntax error, an unwritten property is unknown rather than absent.
    public func field(_ name: String) -> Field<PropertyValue> {
        guard let position = kind.position(ofProperty: name) else {
            preconditionFailure("no property `\(name)` in kind `\(kind.name)`")
        }
        return field(at: position)
    }

    /// The property at `position` in the kind's ``KindSchema/properties``,
    /// for a reader that knows where it is.
    public func field(at position: Int) -> Field<PropertyValue> {
        fields[position] ?? (isCutShort ? .invalid(headSpan) : .absent)
    }
}

/// What an id names: used to resolve references and suggest names.
public struct DeclaredID: Sendable {
    /// The kind of the declaration.
    public let kind: KindID
    /// Where the id is written.
    public let span: Span
    /// Where the declaration's title is written, quotes included, if it has
    /// one. Its place rather than its text: every value of the file looks up
    /// ids in a table of these, which stays small, and the title is read only
    /// when a reference is wrong (`pilote: "Mairie de Lannévez"`).
    public let titleSpan: Span?
}

extension KindID {
    /// The kind with an indefinite article, for messages: « une personne ».
    func withArticle(_ language: Language) -> String {
        switch (self, language) {
        case (.pacte, .fr): "un pacte"
        case (.vision, .fr): "une vision"
        case (.priorité, .fr): "une priorité"
        case (.charte, .fr): "une charte"
        case (.engagement, .fr): "un engagement"
        case (.signataire, .fr): "un signataire"
        case (.délibération, .fr): "une délibération"
        case (.acte, .fr): "un acte"
        case (.personne, .fr): "une personne"
        case (.objectif, .fr): "un objectif"
        case (.action, .fr): "une action"
        case (.espace, .fr): "un espace"
        case (.gouvernance, .fr): "une gouvernance"
        case (.financement, .fr): "un financement"
        case (.dérogation, .fr): "une dérogation"
        case (.pacte, .en): "a pacte"
        case (.vision, .en): "a vision"
        case (.priorité, .en): "a priority"
        case (.charte, .en): "a charter"
        case (.engagement, .en): "a commitment"
        case (.signataire, .en): "a signatory"
        case (.délibération, .en): "a deliberation"
        case (.acte, .en): "an act"
        case (.personne, .en): "a person"
        case (.objectif, .en): "an objective"
        case (.action, .en): "an action"
        case (.espace, .en): "a space"
        case (.gouvernance, .en): "a governance"
        case (.financement, .en): "a funding"
        case (.dérogation, .en): "a waiver"
        }
    }

    /// « un signataire ou une personne ».
    static func alternatives(_ kinds: [KindID], _ language: Language) -> String {
        kinds.map { $0.withArticle(language) }.joined(separator: language == .fr ? " ou " : " or ")
    }

    /// « d’un signataire ou d’une personne »: the French complement, its
    /// « d’ » repeated before each kind as French wants it; "of a
    /// signatory or a person" in English.
    static func ofAlternatives(_ kinds: [KindID], _ language: Language) -> String {
        language == .fr ? kinds.map { "d’" + $0.withArticle(.fr) }.joined(separator: " ou ") : "of " + alternatives(kinds, .en)
    }
}
