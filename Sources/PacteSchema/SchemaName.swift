import PacteCore

/// How schema names are compared: without regard to accents, so that
/// `période` = `periode` and `co-opération` = `co-operation`. Ids stay exact.
public enum SchemaName {
    /// Whether two spellings are the same, lengths first. Swift's `==` is
    /// a comparison of two words for two short strings with the same
    /// bytes, but for two different ones holding `é` or `è` (`collège`,
    /// `qualité`) it normalises both: a string switch over values with
    /// accents did that for each value before the right one.
    @inline(__always)
    public static func sameSpelling(_ first: String, _ second: String) -> Bool {
        first.utf8.count == second.utf8.count && first == second
    }

    /// Whether a word is `membres` (or `members`), accents aside: the word
    /// that stands for every member of a space, and so no id. Asked of
    /// every id and reference: most start with an ASCII letter other than
    /// `m`, and need no folding.
    public static func isMembersWord(_ word: String) -> Bool {
        guard let first = word.utf8.first, first == UInt8(ascii: "m") || first >= 0x80 else { return false }
        let folded = fold(word)
        return folded == "membres" || folded == "members"
    }

    /// The name with its diacritics removed (é → e, œ → oe, combining marks dropped).
    public static func fold(_ name: String) -> String {
        // Most names are plain ASCII: nothing to fold, nothing to allocate.
        if name.utf8.withContiguousStorageIfAvailable({ $0.allSatisfy { $0 < 0x80 } }) ?? name.utf8.allSatisfy({ $0 < 0x80 }) {
            return name
        }
        // Gathered as UTF-8 bytes: appending to a `String.UnicodeScalarView`
        // copies the whole view each time, and a text of megabytes, which
        // the placeholder rule folds, then took quadratic time.
        var folded: [UInt8] = []
        folded.reserveCapacity(name.utf8.count)
        for scalar in name.unicodeScalars {
            if scalar.isASCII {
                folded.append(UInt8(scalar.value))
                continue
            }
            switch scalar.properties.generalCategory {
            case .nonspacingMark, .spacingMark, .enclosingMark:
                continue
            default:
                break
            }
            if let replacement = latinBase(scalar) {
                folded.append(contentsOf: replacement.utf8)
            } else {
                UTF8.encode(scalar) { folded.append($0) }
            }
        }
        return String(decoding: folded, as: UTF8.self)
    }

    /// The base letter of an accented Latin letter a French or Breton
    /// writer types (Latin-1 Supplement and Latin Extended-A), or nil.
    /// A table of bytes rather than a dictionary: a dictionary of scalars
    /// was built at every start of the command, before checking anything.
    private static func latinBase(_ scalar: Unicode.Scalar) -> String? {
        switch scalar {
        case "œ": return "oe"
        case "Œ": return "OE"
        case "æ": return "ae"
        case "Æ": return "AE"
        case "ß": return "ss"
        default: break
        }
        let value = Int(scalar.value)
        guard (0xC0...0x17F).contains(value) else { return nil }
        let base = latinBases.utf8Start[value - 0xC0]
        return base == UInt8(ascii: ".") ? nil : String(UnicodeScalar(base))
    }

    /// From U+00C0 to U+017F, each letter's base, `.` where there is none.
    private static let latinBases: StaticString = "AAAAAA.CEEEEIIII.NOOOOO.OUUUUY..aaaaaa.ceeeeiiii.nooooo.ouuuuy.yAaAaAaCcCcCcCcDd..EeEeEeEeEeGgGgGgGgHh..IiIiIiIiIi..JjKk.LlLlLlLlLlNnNnNnn..OoOoOo..RrRrRrSsSsSsSsTtTtTtUuUuUuUuUuUuWwYyYZzZzZz."
}
