import PacteKit

/// A pacte that someone else wrote, grown to a given size while it stays
/// valid: the whole example, then copies of its signatories, persons,
/// objectives, actions and spaces, each copy's ids suffixed (`-k2`) and
/// the references between them renamed alike. What the copies point at
/// outside themselves (a priority of the vision) keeps its name, and the
/// declarations that stand once (the pacte, the vision, the charter, the
/// funding, the waivers) are not copied. The text between declarations,
/// comments and blank lines, is copied with them. Copies are whole, so
/// that the result passes `bytes` by less than one copy: cut in the
/// middle, a copy's signatories would name persons never written.
enum ScaledExample {
    static let copiedKinds: Set<String> = ["signataire", "personne", "objectif", "action", "espace"]

    static func scaled(_ original: String, to bytes: Int) -> String {
        let source = SourceFile(path: "example", text: original)
        let syntax = Parser.parse(source).syntax
        let copied = syntax.declarations.filter { copiedKinds.contains($0.kind.text) }
        var renamed: Set<String> = []
        for declaration in copied { collectIDs(declaration, into: &renamed) }
        // Each copied declaration with the text before it, and where its
        // ids and its references to copied ids stand.
        var slices: [(range: Range<Int>, names: [Span])] = []
        var previousEnd = 0
        for declaration in syntax.declarations {
            defer { previousEnd = declaration.span.end }
            guard copiedKinds.contains(declaration.kind.text),
                  let kind = Schema.kind(named: declaration.kind.text, among: Schema.pacte.topLevel) else { continue }
            var names: [Span] = []
            collectNames(declaration, kind: kind, renamed: renamed, into: &names)
            slices.append((previousEnd..<declaration.span.end, names.sorted { $0.start < $1.start }))
        }
        var result = Array(original.utf8)
        result.reserveCapacity(bytes + 64 * 1024)
        var copy = 2
        while result.count < bytes, !slices.isEmpty {
            for slice in slices {
                var cursor = slice.range.lowerBound
                for span in slice.names {
                    result += source.bytes[cursor..<span.start]
                    result += source.bytes[span.start..<span.end]
                    result += Array("-k\(copy)".utf8)
                    cursor = span.end
                }
                result += source.bytes[cursor..<slice.range.upperBound]
            }
            copy += 1
        }
        result += Array("\n".utf8)
        return String(decoding: result, as: UTF8.self)
    }

    private static func collectIDs(_ declaration: DeclarationSyntax, into ids: inout Set<String>) {
        if let id = declaration.id { ids.insert(id.text) }
        for child in declaration.block?.declarations ?? [] { collectIDs(child, into: &ids) }
    }

    private static func collectNames(_ declaration: DeclarationSyntax, kind: KindSchema, renamed: Set<String>, into spans: inout [Span]) {
        if let id = declaration.id, renamed.contains(id.text) { spans.append(id.span) }
        for item in declaration.block?.items ?? [] {
            switch item {
            case .property(let property):
                guard let type = kind.property(named: property.name.text)?.type else { continue }
                switch type {
                case .reference, .references: collectReferences(property.value, renamed: renamed, into: &spans)
                default: continue
                }
            case .declaration(let child):
                if let childKind = kind.child(named: child.kind.text) { collectNames(child, kind: childKind, renamed: renamed, into: &spans) }
            }
        }
    }

    private static func collectReferences(_ value: ValueSyntax, renamed: Set<String>, into spans: inout [Span]) {
        switch value {
        case .literal(let token) where token.kind == .name && renamed.contains(token.text):
            spans.append(token.span)
        case .list(let list):
            for item in list.items { collectReferences(item.value, renamed: renamed, into: &spans) }
        default:
            break
        }
    }
}
