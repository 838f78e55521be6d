import PacteCore

/// How schema names are compared: without regard to accents, so that
/// `période` = `periode` and `co-opération` = `co-operation`. Ids stay exact.
public enum SchemaName {
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
            if let replacement = latinBase[scalar] {
                folded.append(contentsOf: replacement.utf8)
            } else {
                UTF8.encode(scalar) { folded.append($0) }
            }
        }
        return String(decoding: folded, as: UTF8.self)
    }

    /// Base letters of the accented Latin letters a French or Breton writer
    /// types (Latin-1 Supplement and Latin Extended-A).
    private static let latinBase: [Unicode.Scalar: String] = {
        let groups: [(String, String)] = [
            ("a", "àáâãäåāăą"), ("A", "ÀÁÂÃÄÅĀĂĄ"), ("c", "çćĉċč"), ("C", "ÇĆĈĊČ"),
            ("d", "ď"), ("D", "Ď"), ("e", "èéêëēĕėęě"), ("E", "ÈÉÊËĒĔĖĘĚ"),
            ("g", "ĝğġģ"), ("G", "ĜĞĠĢ"), ("h", "ĥ"), ("H", "Ĥ"), ("i", "ìíîïĩīĭįı"), ("I", "ÌÍÎÏĨĪĬĮİ"),
            ("j", "ĵ"), ("J", "Ĵ"), ("k", "ķ"), ("K", "Ķ"), ("l", "ĺļľŀł"), ("L", "ĹĻĽĿŁ"),
            ("n", "ñńņňŉ"), ("N", "ÑŃŅŇ"), ("o", "òóôõöøōŏő"), ("O", "ÒÓÔÕÖØŌŎŐ"),
            ("r", "ŕŗř"), ("R", "ŔŖŘ"), ("s", "śŝşš"), ("S", "ŚŜŞŠ"), ("t", "ţťŧ"), ("T", "ŢŤŦ"),
            ("u", "ùúûüũūŭůűų"), ("U", "ÙÚÛÜŨŪŬŮŰŲ"), ("w", "ŵ"), ("W", "Ŵ"),
            ("y", "ýÿŷ"), ("Y", "ÝŸŶ"), ("z", "źżž"), ("Z", "ŹŻŽ"),
        ]
        var table: [Unicode.Scalar: String] = [:]
        for (base, accented) in groups {
            for scalar in accented.unicodeScalars { table[scalar] = base }
        }
        table["œ"] = "oe"; table["Œ"] = "OE"; table["æ"] = "ae"; table["Æ"] = "AE"; table["ß"] = "ss"
        return table
    }()
}
