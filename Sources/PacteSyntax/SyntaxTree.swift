import PacteCore

/// A `#` comment, kept so that the formatter loses none.
public struct Comment: Hashable, Sendable {
    /// Where the comment is, from `#` to the end of the line.
    public var span: Span
    /// The comment's text, `#` included.
    public var text: String
    /// Whether an empty line separates it from what precedes it.
    public var blankLineBefore = false
}

/// Comments attached to a syntax node: the lines above it and the comment
/// ending its line.
public struct AttachedComments: Hashable, Sendable {
    /// Comment lines just above the node.
    public var leading: [Comment]
    /// The trailing comment, as an array of none or one: an empty array
    /// takes eight bytes and no allocation, where an optional comment takes
    /// twenty-six in every property and list item of a file, most of which
    /// have none.
    private var trailingStorage: [Comment]
    /// Whether an empty line separates the node from what precedes it: its
    /// last leading comment, or the previous node.
    public var blankLineBefore: Bool

    /// A comment after the node on its last line.
    public var trailing: Comment? {
        get { trailingStorage.first }
        set { trailingStorage = newValue.map { [$0] } ?? [] }
    }

    /// Creates the comments of a node.
    public init(leading: [Comment] = [], trailing: Comment? = nil, blankLineBefore: Bool = false) {
        self.leading = leading
        trailingStorage = trailing.map { [$0] } ?? []
        self.blankLineBefore = blankLineBefore
    }
}

/// A name as written: a kind, an id, a property name or a reference.
public struct NameSyntax: Hashable, Sendable {
    /// The name's text.
    public var text: String
    /// Where it is.
    public var span: Span
}

/// A value after `name:`.
///
/// Only the rarer, larger cases are boxed: a literal, the common case,
/// is stored in place rather than in a heap allocation of its own.
public enum ValueSyntax: Hashable, Sendable {
    /// One literal or name token: string, text block, number, money,
    /// percent, fraction, date or name.
    case literal(Token)
    /// `start..end`.
    indirect case range(start: Token, end: Token)
    /// `[a, b, c]`.
    case list(ListSyntax)
    /// Nothing usable: a syntax error was reported here.
    case missing(Span)

    /// Whether the value is a list without its `]`.
    public var isUnclosedList: Bool {
        if case .list(let list) = self { return !list.isClosed }
        return false
    }

    /// The span of the whole value.
    public var span: Span {
        switch self {
        case .literal(let token): token.span
        case .range(let start, let end): start.span.merged(with: end.span)
        case .list(let list): list.span
        case .missing(let span): span
        }
    }
}

/// A list `[ … ]`, which may run over several lines.
public struct ListSyntax: Hashable, Sendable {
    /// The items, in order.
    public var items: [ListItemSyntax]
    /// Comments after the last item, before `]`.
    public var danglingComments: [Comment]
    /// From `[` to `]`, or to the last item when the list is not closed.
    public var span: Span
    /// Whether the list ends with `]`.
    public var isClosed: Bool
}

/// One item of a list, with its comments.
public struct ListItemSyntax: Hashable, Sendable {
    /// The item.
    public var value: ValueSyntax
    /// Its comments.
    public var comments: AttachedComments

    /// Creates a list item.
    public init(value: ValueSyntax, comments: AttachedComments) {
        self.value = value
        self.comments = comments
    }
}

/// `name: value`.
public struct PropertySyntax: Hashable, Sendable {
    /// The property's name.
    public var name: NameSyntax
    /// Its value.
    public var value: ValueSyntax
    /// From the name to the end of the value.
    public var span: Span
    /// Its comments.
    public var comments: AttachedComments

    /// Creates a property.
    public init(name: NameSyntax, value: ValueSyntax, span: Span, comments: AttachedComments) {
        self.name = name
        self.value = value
        self.span = span
        self.comments = comments
    }
}

/// `{ … }`: properties and nested declarations.
public struct BlockSyntax: Hashable, Sendable {
    /// The span of `{`.
    public var open: Span
    /// The items, in order.
    public var items: [BlockItemSyntax] {
        didSet { containsDeclarations = BlockSyntax.anyDeclaration(in: items) }
    }
    /// The span of `}`, or nil when the block is not closed.
    public var close: Span?
    /// Comments after the last item, before `}`.
    public var danglingComments: [Comment]
    /// Whether an unterminated text block ran to the end of the file from
    /// inside this block, so that part of it was never read.
    public var isCutShort = false
    /// Whether any item is a nested declaration. Kept with the items, so
    /// that a pass looking for nested declarations passes over the blocks
    /// that have none (most of them) without reading their items again.
    public private(set) var containsDeclarations: Bool

    /// Creates a block.
    public init(open: Span, items: [BlockItemSyntax], close: Span?, danglingComments: [Comment]) {
        self.open = open
        self.items = items
        self.close = close
        self.danglingComments = danglingComments
        containsDeclarations = BlockSyntax.anyDeclaration(in: items)
    }

    private static func anyDeclaration(in items: [BlockItemSyntax]) -> Bool {
        items.contains { if case .declaration = $0 { true } else { false } }
    }

    /// The properties of the block, in order.
    public var properties: [PropertySyntax] {
        items.compactMap { if case .property(let property) = $0 { property } else { nil } }
    }

    /// The nested declarations of the block, in order.
    public var declarations: [DeclarationSyntax] {
        guard containsDeclarations else { return [] }
        return items.compactMap { if case .declaration(let declaration) = $0 { declaration } else { nil } }
    }
}

/// An item of a block.
public enum BlockItemSyntax: Hashable, Sendable {
    /// A property, `name: value`.
    case property(PropertySyntax)
    /// A nested declaration.
    case declaration(DeclarationSyntax)
}

/// `kind [id] ["title"] [{ … }]`.
///
/// Its parts sit in one shared, immutable box: every stage passes
/// declarations around whole, and copying the box is one reference where
/// copying the parts was 176 bytes and five reference counts.
public struct DeclarationSyntax: Hashable, Sendable {
    // Inlinable, with the box: the resolver and the formatter read a part
    // or two of every declaration from other modules, and a call that
    // returned the part copied it whole (a block's arrays retained, then
    // released) where an inlined read takes only the field it needs.
    @usableFromInline
    final class Storage: Sendable {
        @usableFromInline let kind: NameSyntax
        @usableFromInline let id: NameSyntax?
        @usableFromInline let title: Token?
        @usableFromInline let block: BlockSyntax?
        @usableFromInline let span: Span
        @usableFromInline let comments: AttachedComments

        init(kind: NameSyntax, id: NameSyntax?, title: Token?, block: BlockSyntax?, span: Span, comments: AttachedComments) {
            self.kind = kind
            self.id = id
            self.title = title
            self.block = block
            self.span = span
            self.comments = comments
        }
    }

    @usableFromInline let storage: Storage

    /// Creates a declaration.
    public init(kind: NameSyntax, id: NameSyntax?, title: Token?, block: BlockSyntax?, span: Span, comments: AttachedComments) {
        storage = Storage(kind: kind, id: id, title: title, block: block, span: span, comments: comments)
    }

    /// The kind, such as `action`.
    @inlinable public var kind: NameSyntax { storage.kind }
    /// The id, such as `chantiers`.
    @inlinable public var id: NameSyntax? { storage.id }
    /// The title: a string (or, wrongly, another literal the resolver reports).
    @inlinable public var title: Token? { storage.title }
    /// The block, if any.
    @inlinable public var block: BlockSyntax? { storage.block }
    /// From the kind to `}` or the last token.
    @inlinable public var span: Span { storage.span }
    /// Its comments.
    @inlinable public var comments: AttachedComments { storage.comments }

    public static func == (lhs: DeclarationSyntax, rhs: DeclarationSyntax) -> Bool {
        lhs.storage === rhs.storage
            || (lhs.kind == rhs.kind && lhs.id == rhs.id && lhs.title == rhs.title && lhs.block == rhs.block
                && lhs.span == rhs.span && lhs.comments == rhs.comments)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(kind)
        hasher.combine(id)
        hasher.combine(title)
        hasher.combine(block)
        hasher.combine(span)
        hasher.combine(comments)
    }

    /// Whether a syntax error hid part of the declaration: its title is an
    /// unterminated string that swallowed the line, or its block was cut
    /// short. What it hid is unknown, not missing.
    @inlinable public var isCutShort: Bool {
        title?.value == .invalid || block?.isCutShort == true
    }

    /// The span of the head: the kind and the id (`espace commission`),
    /// where a diagnostic about the whole declaration points.
    @inlinable public var headSpan: Span {
        id.map { kind.span.merged(with: $0.span) } ?? kind.span
    }
}

/// A parsed file: its declarations and the comments after the last one.
public struct SyntaxFile: Hashable, Sendable {
    /// The top-level declarations, in order.
    public var declarations: [DeclarationSyntax]
    /// Comments after the last declaration.
    public var danglingComments: [Comment]

    /// Creates a parsed file.
    public init(declarations: [DeclarationSyntax], danglingComments: [Comment]) {
        self.declarations = declarations
        self.danglingComments = danglingComments
    }
}
