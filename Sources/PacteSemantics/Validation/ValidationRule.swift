import PacteCore
import PacteSyntax
import PacteSchema

/// What a completeness rule sees: the resolved model, and whether the
/// front end lost declarations (then rules about something missing from
/// the whole file stay silent, since the lost part may hold it).
public struct ValidationContext: Sendable {
    /// The resolved pacte.
    public let pacte: Pacte
    /// Whether some declarations could not be read (unknown kind, missing
    /// id, a block or text swallowed by a syntax error).
    public let isPartial: Bool
    /// The file, for the fixes that insert a missing property at the
    /// indentation of its block; without it, rules give no fix.
    public let source: SourceFile?

    /// Creates a context.
    public init(pacte: Pacte, isPartial: Bool, source: SourceFile? = nil) {
        self.pacte = pacte
        self.isPartial = isPartial
        self.source = source
    }

    /// The language of the document, for nothing but examples: messages
    /// are always given in both languages.
    var language: Language { pacte.documentLanguage }
}

/// A code with an explanation page, for `pacte explain`, SARIF and the docs.
public protocol DocumentedCode: Sendable {
    /// The code's page.
    static var explanation: Explanation { get }
}

/// A completeness rule (P03xx): one file under `Validation/Rules`, named
/// after its code, holding its logic, its messages in both languages and
/// its explanation page.
public protocol ValidationRule: DocumentedCode {
    /// The problems the rule finds.
    func check(_ context: ValidationContext) -> [Diagnostic]
}

extension DocumentedCode {
    /// The rule's code.
    public static var code: DiagnosticCode { explanation.code }

    /// A diagnostic of this rule's code.
    func diagnostic(
        at span: Span, _ message: LocalizedText, label: LocalizedText? = nil,
        notes: [DiagnosticNote] = [], help: LocalizedText? = nil, fixes: [FixIt] = []
    ) -> Diagnostic {
        Diagnostic(Self.code, at: span, message, label: label, notes: notes, help: help, fixes: fixes)
    }
}

extension ValidationContext {
    /// The fix adding the property `lines` (such as `participation:
    /// concertation`) to the declaration at `site`, one per line; none if
    /// the declaration has no closed block or the file is not at hand.
    func fix(adding lines: [String], to site: DeclarationSite) -> [FixIt] {
        guard let source, let block = site.block else { return [] }
        let edits = lines.compactMap { PropertyTemplate.insertion(of: $0, inBlock: block, in: source) }
        guard edits.count == lines.count, !lines.isEmpty else { return [] }
        return [FixIt(text("ajoutez " + ValidationContext.listed(lines, " et "), "add " + ValidationContext.listed(lines, " and ")), edits: edits)]
    }

    /// `` `a` et `b` ``. Written out rather than with `joined(separator:)`,
    /// whose generic code looked up `Array`'s conformances in the whole
    /// binary at the first fix a process proposed.
    private static func listed(_ lines: [String], _ conjunction: String) -> String {
        var result = ""
        for (index, line) in lines.enumerated() {
            if index > 0 { result += conjunction }
            result += "`" + line + "`"
        }
        return result
    }

    /// The fix writing the property at `span` anew as `line`, such as
    /// `retour: ponctuel` → `retour: systématique`.
    /// Only what differs is replaced: `ponctuel` by `systématique`, the
    /// name and its `:` left as written; in `[]`, the id is inserted.
    func fix(replacing span: Span, with line: String) -> [FixIt] {
        guard let source, span.end <= source.bytes.count else { return [] }
        let old = source.bytes[span.start..<span.end], new = Array(line.utf8)
        var prefix = zip(old, new).prefix { $0 == $1 }.count
        // Cut between two characters, not inside one.
        while prefix > 0, prefix < new.count, new[prefix] & 0xC0 == 0x80 { prefix -= 1 }
        var suffix = zip(old.dropFirst(prefix).reversed(), new.dropFirst(prefix).reversed()).prefix { $0 == $1 }.count
        while suffix > 0, new[new.count - suffix] & 0xC0 == 0x80 { suffix -= 1 }
        let edit = TextEdit(span: Span(from: span.start + prefix, to: span.end - suffix),
                            replacement: String(decoding: new[prefix..<(new.count - suffix)], as: UTF8.self))
        return [FixIt(text("écrivez `\(line)`", "write `\(line)`"), edits: [edit])]
    }
}

