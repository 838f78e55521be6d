import PacteCore
import PacteSchema

/// The line a fix inserts for a missing property, and where it goes.
///
/// A template is valid pacte: applied, it leaves no syntax error. Where
/// the value is the author's choice, the template does not make it but
/// says what is left to fill: a text is `"À COMPLÉTER"` (which P0311
/// lists until it is written), a choice among values or ids is
/// `à-compléter` (which P0207 or P0204 lists, with what to choose from).
/// A value is written only where the rule prescribes it or where there is
/// only one to choose; an amount, a date, a share or a yes-or-no is never
/// guessed (`budget: 0 €` would say the action costs nothing).
package enum PropertyTemplate {
    /// The text put where a text is missing.
    package static let placeholderText = "\"À COMPLÉTER\""
    /// The id put where an id is missing and the file declares several.
    package static let placeholderID = "à-compléter"

    /// Whether a written id is the template's placeholder.
    package static func isPlaceholderID(_ name: String) -> Bool {
        // Asked of every name written as a value: most do not start as it
        // folded does, with an `a` (`à` and `ā` start with 0xC3 and 0xC4),
        // nor reach its length (folding never lengthens a name).
        guard let first = name.utf8.first, first == UInt8(ascii: "a") || first == 0xC3 || first == 0xC4 else { return false }
        return name.utf8.count >= foldedPlaceholderID.utf8.count && SchemaName.fold(name) == foldedPlaceholderID
    }

    private static let foldedPlaceholderID = SchemaName.fold(placeholderID)

    /// A value of `type` for a template: `candidates` are the ids the file
    /// declares of the kinds a reference accepts, in file order; `members`
    /// whether `membres` may stand for the list.
    package static func value(for type: ValueType, candidates: [String] = [], members: Bool = false) -> String {
        switch type {
        case .string, .text: placeholderText
        case .strings: "[\(placeholderText)]"
        // An amount, a date, a share: the author's to write, never a guess.
        case .year, .date, .yearRange, .dateRange, .money, .percent, .ratio, .count, .boolean: placeholderID
        case .enumeration: placeholderID
        case .reference: candidates.count == 1 ? candidates[0] : placeholderID
        case .references:
            members ? "membres" : "[\(candidates.count == 1 ? candidates[0] : placeholderID)]"
        }
    }

    /// The edit inserting the property `line` (such as `participation:
    /// concertation`) into the block `block` (from `{` to `}`), or nil if
    /// the block is not there to take it.
    ///
    /// In a block written over several lines, the line goes before the
    /// line of `child` if given (the block's first nested declaration), else
    /// before the line of `}`, indented as the block's first item and with
    /// the file's line ends. In a block on one line, it goes before `}`,
    /// after a `;`.
    package static func insertion(of line: String, inBlock block: Span, before child: Span? = nil, in source: SourceFile) -> TextEdit? {
        let bytes = source.bytes
        guard block.length >= 2, block.end <= bytes.count,
              bytes[block.start] == UInt8(ascii: "{"), bytes[block.end - 1] == UInt8(ascii: "}") else { return nil }
        let open = block.start, close = block.end - 1
        let openLine = source.lineIndex(of: open)
        // Where the new line goes: before a nested declaration or `}`
        // that starts its own line below the `{`.
        for target in [child?.start, close].compactMap({ $0 }) {
            let targetLine = source.lineIndex(of: target)
            let targetLineStart = source.lineStarts[targetLine]
            guard targetLine > openLine, isBlank(bytes[targetLineStart..<target]) else { continue }
            let indent = itemIndent(after: openLine, before: targetLine, closingIndent: bytes[targetLineStart..<target], in: source)
            return .insertion(indent + line + lineEnd(before: targetLineStart, in: bytes), at: targetLineStart)
        }
        // On one line: after the last item, or right after `{`.
        var end = close
        while end > open + 1, isBlank(bytes[(end - 1)..<end]) { end -= 1 }
        switch bytes[end - 1] {
        case UInt8(ascii: "{"), UInt8(ascii: ";"): return .insertion(" " + line + ";", at: end)
        default: return .insertion("; " + line, at: end)
        }
    }

    /// The indentation of the block's items: that of its first non-blank
    /// line, or, in a block with none, one step more than its `}`.
    private static func itemIndent(after openLine: Int, before targetLine: Int, closingIndent: ArraySlice<UInt8>, in source: SourceFile) -> String {
        var index = openLine + 1
        while index < targetLine {
            let line = source.lineBytes(at: index)
            let indent = line.prefix { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }
            if indent.count < line.count { return String(decoding: indent, as: UTF8.self) }
            index += 1
        }
        let step = closingIndent.first == UInt8(ascii: "\t") ? "\t" : "  "
        return String(decoding: closingIndent, as: UTF8.self) + step
    }

    /// The line end the file uses just before `offset`: CR LF or LF.
    private static func lineEnd(before offset: Int, in bytes: [UInt8]) -> String {
        offset >= 2 && bytes[offset - 2] == UInt8(ascii: "\r") ? "\r\n" : "\n"
    }

    private static func isBlank(_ bytes: ArraySlice<UInt8>) -> Bool {
        bytes.allSatisfy { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }
    }
}
