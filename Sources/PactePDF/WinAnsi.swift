import PacteCore
import PacteDocument

/// WinAnsiEncoding, the one-byte encoding the standard 14 fonts support
/// without embedding anything: Latin-1 plus the typographic marks French
/// needs (’ “ ” – — … € Œ œ). Text is encoded once, when it is measured, so
/// that what is measured is exactly what is drawn.
///
/// A character outside the encoding never breaks the file: a Latin letter
/// with an accent WinAnsi lacks loses the accent (`ŵ` → `w`), anything else
/// becomes a visible `?`, and both are reported so that the command can warn.
struct WinAnsi {
    /// The characters replaced so far, each once, in order of appearance.
    private(set) var substituted: [String] = []
    private var seen: Set<Character> = []

    /// The no-break space: never a line break, drawn as a space.
    static let noBreakSpace: UInt8 = 0xA0
    /// The substitute for characters the fonts cannot draw.
    static let replacement: UInt8 = 0x3F

    /// `text` in WinAnsi; spaces and line ends become single spaces, control characters vanish.
    mutating func encode(_ text: String) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        encode(text, into: &bytes)
        return bytes
    }

    /// Appends `text` in WinAnsi to `bytes`.
    mutating func encode(_ text: String, into bytes: inout [UInt8]) {
        // Most text is ASCII: copy it without looking at grapheme clusters.
        if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) {
            bytes.append(contentsOf: text.utf8)
            return
        }
        for character in text {
            let scalars = character.unicodeScalars
            if let scalar = scalars.first, scalars.count == 1, let byte = Self.byte(for: scalar) {
                if byte != 0 { bytes.append(byte) }
                continue
            }
            // A decomposed letter (`e` + U+0301) is the same Character as the composed one.
            if let byte = Self.composed[character] {
                bytes.append(byte)
                continue
            }
            if character.isNewline || character.isWhitespace {
                bytes.append(0x20)
                continue
            }
            if !seen.contains(character) {
                seen.insert(character)
                substituted.append(String(character))
            }
            bytes.append(Self.fallback(for: character))
        }
    }

    /// The byte for one scalar, 0 for one to drop, nil for one WinAnsi lacks.
    static func byte(for scalar: Unicode.Scalar) -> UInt8? {
        let value = scalar.value
        switch value {
        case 0x20..<0x7F: return UInt8(value)
        case 0xA0...0xFF: return value == 0xAD ? 0 : UInt8(value)  // a soft hyphen is only a hint
        case 0x09, 0x0A, 0x0D: return 0x20
        case 0x00..<0x20, 0x7F..<0xA0: return 0
        default: break
        }
        switch value {
        case 0x20AC: return 0x80  // €
        case 0x201A: return 0x82
        case 0x0192: return 0x83
        case 0x201E: return 0x84
        case 0x2026: return 0x85  // …
        case 0x2020: return 0x86
        case 0x2021: return 0x87
        case 0x02C6: return 0x88
        case 0x2030: return 0x89
        case 0x0160: return 0x8A
        case 0x2039: return 0x8B
        case 0x0152: return 0x8C  // Œ
        case 0x017D: return 0x8E
        case 0x2018: return 0x91
        case 0x2019, 0x02BC: return 0x92  // ’ and the modifier apostrophe
        case 0x201C: return 0x93
        case 0x201D: return 0x94
        case 0x2022: return 0x95  // •
        case 0x2013, 0x2212: return 0x96  // –, and the minus sign drawn as one
        case 0x2014: return 0x97  // —
        case 0x02DC: return 0x98
        case 0x2122: return 0x99
        case 0x0161: return 0x9A
        case 0x203A: return 0x9B
        case 0x0153: return 0x9C  // œ
        case 0x017E: return 0x9E
        case 0x0178: return 0x9F  // Ÿ
        // French typography's narrow no-break space and the figure space keep words together.
        case 0x202F, 0x2007, 0x2060: return noBreakSpace
        case 0x2000...0x2006, 0x2008...0x200A, 0x2028, 0x2029, 0x3000: return 0x20
        case 0x2010, 0x2011: return 0x2D  // hyphens
        case 0x200B...0x200D, 0xFEFF, 0xFE00...0xFE0F: return 0  // invisible
        default: return nil
        }
    }

    /// Every WinAnsi character, for decomposed input.
    private static let composed: [Character: UInt8] = {
        var table: [Character: UInt8] = [:]
        for value in UInt32(0xC0)...0x17F {
            if let scalar = Unicode.Scalar(value), let byte = byte(for: scalar), byte != 0 {
                table[Character(scalar)] = byte
            }
        }
        return table
    }()

    /// The base letter of an accented Latin letter WinAnsi lacks (`ŵ` → `w`), else `?`.
    private static func fallback(for character: Character) -> UInt8 {
        guard let first = character.unicodeScalars.first else { return replacement }
        // Decomposed: a base letter followed by combining marks.
        if first.value < 0x7F, first.properties.isAlphabetic, character.unicodeScalars.count > 1 {
            return UInt8(first.value)
        }
        // Composed: the Unicode name says which letter it is built on.
        guard character.unicodeScalars.count == 1, let name = first.properties.name else { return replacement }
        for (prefix, capital) in [("LATIN CAPITAL LETTER ", true), ("LATIN SMALL LETTER ", false)] where name.hasPrefix(prefix) {
            let rest = name.dropFirst(prefix.count)
            guard let letter = rest.first, let byte = letter.asciiValue, letter.isLetter,
                  rest.dropFirst().hasPrefix(" WITH ") else { return replacement }
            return capital ? byte : byte | 0x20
        }
        return replacement
    }
}
