/// One change to a file's text: the bytes of `span` replaced by
/// `replacement`. An insertion has an empty span, a deletion an empty
/// replacement.
///
/// Spans count UTF-8 bytes, as everywhere in pacte; renderers turn them
/// into lines and columns with the file's line table.
public struct TextEdit: Hashable, Sendable {
    /// The bytes replaced; empty for an insertion.
    public var span: Span
    /// The text put in their place.
    public var replacement: String

    /// Creates an edit replacing `span` by `replacement`.
    public init(span: Span, replacement: String) {
        self.span = span
        self.replacement = replacement
    }

    /// An edit inserting `text` before the byte at `offset`.
    public static func insertion(_ text: String, at offset: Int) -> TextEdit {
        TextEdit(span: Span(start: offset, length: 0), replacement: text)
    }

    /// Whether the edit only inserts text.
    public var isInsertion: Bool { span.length == 0 }
}

/// Why a set of edits could not be applied.
public enum TextEditError: Error, Hashable, Sendable {
    /// Two edits touch the same bytes: applying both would make no sense.
    case overlapping(TextEdit, TextEdit)
    /// An edit reaches past the end of the text.
    case outOfBounds(TextEdit)
}

extension TextEdit {
    /// `bytes` with every edit applied, each against the original text.
    ///
    /// Edits may come in any order; two that touch the same bytes are
    /// refused. Insertions at the same offset, or at either end of a
    /// replaced span, touch no byte of each other and are kept in the
    /// order given.
    public static func apply(_ edits: [TextEdit], to bytes: [UInt8]) throws(TextEditError) -> [UInt8] {
        // A stable sort by start, then end: an insertion comes before a
        // replacement that starts where it stands.
        let sorted = edits.enumerated().sorted {
            ($0.element.span.start, $0.element.span.end, $0.offset) < ($1.element.span.start, $1.element.span.end, $1.offset)
        }.map(\.element)
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count + sorted.reduce(0) { $0 + $1.replacement.utf8.count })
        var copied = 0
        var previous: TextEdit?
        for edit in sorted {
            guard edit.span.end <= bytes.count else { throw .outOfBounds(edit) }
            if let previous, edit.span.start < previous.span.end { throw .overlapping(previous, edit) }
            result.append(contentsOf: bytes[copied..<edit.span.start])
            result.append(contentsOf: edit.replacement.utf8)
            copied = edit.span.end
            previous = edit
        }
        result.append(contentsOf: bytes[copied...])
        return result
    }

    /// `text` with every edit applied; spans count the text's UTF-8 bytes.
    public static func apply(_ edits: [TextEdit], to text: String) throws(TextEditError) -> String {
        String(decoding: try apply(edits, to: Array(text.utf8)), as: UTF8.self)
    }
}
