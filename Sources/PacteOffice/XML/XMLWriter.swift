import PacteCore

/// Writes XML 1.0 for the office packages (ODF and OOXML): elements and
/// attributes in the order given, so that the same document gives the
/// same bytes, and every user string escaped so that no title can break
/// the markup or the file's validity.
public struct XMLWriter: Sendable {
    /// The text written so far, as UTF-8.
    public private(set) var bytes: [UInt8] = []
    private var open: [String] = []

    /// How deep the first element of a fragment sits in the document it
    /// will be part of, for ``newline()``'s indentation.
    private let baseDepth: Int

    /// A document that starts with the XML declaration.
    public init() {
        baseDepth = 0
        append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
    }

    /// A fragment without the declaration, to be placed with
    /// ``append(fragment:)`` `depth` elements deep in another document:
    /// a part written while walking the document, that must stand after
    /// what the walk finds out (the automatic styles of an ODF file come
    /// before the body that needs them).
    public init(fragmentAt depth: Int) {
        baseDepth = depth
    }

    /// `<name a="…" …>`; attributes in the order given.
    public mutating func start(_ name: String, _ attributes: [(String, String)] = []) {
        append("<" + name)
        writeAttributes(attributes)
        append(">")
        open.append(name)
    }

    /// `<name a="…"/>`.
    public mutating func empty(_ name: String, _ attributes: [(String, String)] = []) {
        append("<" + name)
        writeAttributes(attributes)
        append("/>")
    }

    /// Closes the innermost open element.
    public mutating func end() {
        guard let name = open.popLast() else { return }
        append("</" + name + ">")
    }

    /// Character data, escaped.
    public mutating func text(_ text: String) {
        append(XMLWriter.escaped(text, inAttribute: false))
    }

    /// `<name>text</name>`.
    public mutating func element(_ name: String, _ attributes: [(String, String)] = [], text content: String) {
        start(name, attributes)
        text(content)
        end()
    }

    /// A line end and the indentation of the elements open, between two
    /// elements whose parent holds elements only (`office:text`,
    /// `w:body`): the parts read one block a line, and no application sees
    /// the difference. Never inside a paragraph, where white space is text.
    public mutating func newline() {
        append("\n" + String(repeating: " ", count: 2 * (baseDepth + open.count)))
    }

    /// The markup of a fragment written by another writer (whose text it
    /// escaped), its open elements closed.
    public mutating func append(fragment: XMLWriter) {
        var fragment = fragment
        bytes += fragment.finish()
    }

    /// The document, every element closed.
    public mutating func finish() -> [UInt8] {
        while !open.isEmpty { end() }
        return bytes
    }

    private mutating func writeAttributes(_ attributes: [(String, String)]) {
        for (name, value) in attributes {
            append(" " + name + "=\"" + XMLWriter.escaped(value, inAttribute: true) + "\"")
        }
    }

    private mutating func append(_ text: String) {
        bytes.append(contentsOf: text.utf8)
    }

    /// A user string made safe for XML 1.0: `&`, `<`, `>` (so that `]]>`
    /// cannot close anything), and in attributes `"` and `'` as entities;
    /// in attributes tab, line feed and carriage return as character
    /// references, which attribute normalisation would otherwise turn into
    /// spaces; the characters XML 1.0 forbids outright (C0 controls but
    /// tab, LF and CR; U+FFFE and U+FFFF) as U+FFFD, since not even a
    /// character reference may name them; bidirectional controls as
    /// character references, so that they stay visible in the markup.
    public static func escaped(_ text: String, inAttribute: Bool) -> String {
        // Most strings need nothing: no copy for them.
        guard text.unicodeScalars.contains(where: { needsEscape($0, inAttribute: inAttribute) }) else { return text }
        var result = ""
        result.reserveCapacity(text.utf8.count + 16)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"" where inAttribute: result += "&quot;"
            case "'" where inAttribute: result += "&apos;"
            case "\t" where inAttribute: result += "&#9;"
            case "\n" where inAttribute: result += "&#10;"
            case "\r": result += "&#13;"
            case "\t", "\n": result.unicodeScalars.append(scalar)
            default:
                if isForbidden(scalar) {
                    result += "\u{FFFD}"
                } else if scalar.isBidiControl {
                    result += "&#x" + String(scalar.value, radix: 16, uppercase: true) + ";"
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result
    }

    private static func needsEscape(_ scalar: Unicode.Scalar, inAttribute: Bool) -> Bool {
        switch scalar {
        case "&", "<", ">", "\r": true
        case "\"", "'", "\t", "\n": inAttribute
        default: isForbidden(scalar) || scalar.isBidiControl
        }
    }

    /// Not a `Char` of XML 1.0 (§2.2).
    private static func isForbidden(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D: false
        case 0x00...0x1F, 0xFFFE, 0xFFFF: true
        default: false
        }
    }
}
