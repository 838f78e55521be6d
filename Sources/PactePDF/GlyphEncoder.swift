import PacteCore
import PacteDocument

/// One glyph of a face as the layout sees it: the id drawn (the code in
/// the content stream, under `Identity-H`), what kind of character it
/// stands for, and its advance in thousandths of an em.
struct Glyph: Equatable, Sendable {
    var id: UInt16
    var kind: GlyphKind
    var advance: Int32
    /// The character it stands for when that is one Unicode scalar (its
    /// value), for hyphenation and a broken word's replacement text; 0 for
    /// a character of several scalars or a stand-in.
    var scalar: UInt32 = 0

    /// Whether it is a letter of a word to hyphenate: a letter (not a figure) or an apostrophe.
    var isWordLetter: Bool {
        scalar != 0 && ((kind == .letter && !(0x30...0x39).contains(scalar)) || scalar == 0x27 || scalar == 0x2019 || scalar == 0x02BC)
    }
}

/// What a glyph is for line breaking.
enum GlyphKind: UInt8, Sendable {
    /// A letter or a digit: part of a word.
    case letter
    /// A space, where a line may break and which justification widens.
    case space
    /// A no-break space (before « : », inside « 24 000 € »): never a break, never widened.
    case noBreakSpace
    /// A hyphen, after which a line may break between two letters.
    case hyphen
    /// Punctuation and symbols.
    case other
}

/// Turns text into the glyphs of the embedded faces, once, when it is
/// measured, so that what is measured is exactly what is drawn; and
/// remembers, for each face, which glyphs the document uses and which
/// text each stands for (the subset and its `ToUnicode` map).
///
/// Every character prints: a character the face lacks is drawn with the
/// face's question mark, under a glyph of its own (a copy of the question
/// mark's outline) that maps back to the character, so that the text a
/// reader extracts or copies is still the source's; it is reported once
/// so that the command can warn. A hyphen added at a line break is such a
/// copy of the hyphen, mapped to U+00AD (soft hyphen).
struct GlyphEncoder {
    /// What one face's glyphs stand for, in this document.
    struct FaceUse {
        /// The text of each of the face's own glyphs, nil for a glyph not used.
        var meanings: [String?]
        /// Glyphs added after the face's own: the glyph each copies, and its text.
        /// The first is always the hyphen added at a line break (``Face/addedHyphen``).
        var clones: [(source: UInt16, text: String)]
        var cloneIDs: [String: UInt16] = [:]
    }

    /// Each face's use, made when the face is first drawn with: a face
    /// never used is never decoded.
    private(set) var faces: [FaceUse?] = PDFFont.allCases.map { _ in nil }
    /// The characters no face could draw, each once, in order of appearance.
    private(set) var substituted: [String] = []
    private var seen: Set<Character> = []
    /// Each face's characters by grapheme, built the first time a decomposed letter comes.
    private var composedTables: [[Character: UInt16]?] = PDFFont.allCases.map { _ in nil }

    /// The face's glyphs by `Character`, whose equality is canonical: `e` + U+0301 finds `é`.
    private mutating func composed(_ font: PDFFont) -> [Character: UInt16] {
        if let table = composedTables[font.rawValue] { return table }
        var table: [Character: UInt16] = [:]
        // In the order of Unicode, the first kept: U+00C5 Å rather than U+212B Å, the angstrom sign, equal as a Character.
        for (value, id) in font.face.font.characterMap where value >= 0xC0 {
            if let scalar = Unicode.Scalar(value), table[Character(scalar)] == nil { table[Character(scalar)] = id }
        }
        composedTables[font.rawValue] = table
        return table
    }

    /// `text` in the glyphs of `font`; line ends and breaking spaces become spaces, control characters vanish.
    mutating func encode(_ text: String, font: PDFFont) -> [Glyph] {
        var glyphs: [Glyph] = []
        glyphs.reserveCapacity(text.utf8.count)
        encode(text, font: font, into: &glyphs)
        return glyphs
    }

    /// Appends the glyphs of `text` in `font` to `glyphs`.
    mutating func encode(_ text: String, font: PDFFont, into glyphs: inout [Glyph]) {
        use(font)
        let face = font.face
        let index = font.rawValue
        // Most text is ASCII: read it byte by byte, without grapheme clusters.
        if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) {
            for byte in text.utf8 {
                let id = face.ascii[Int(byte)]
                guard id != 0 else {
                    glyphs.append(stand(in: font, for: String(UnicodeScalar(byte))))
                    continue
                }
                let kind: GlyphKind
                switch byte {
                case 0x20: kind = .space
                case 0x2D: kind = .hyphen
                case 0x30...0x39, 0x41...0x5A, 0x61...0x7A: kind = .letter
                default: kind = .other
                }
                record(id, meaning: String(UnicodeScalar(byte)), face: index)
                glyphs.append(Glyph(id: id, kind: kind, advance: face.width(id), scalar: UInt32(byte)))
            }
            return
        }
        // Without combining marks or emoji sequences, a scalar is a character: skip grapheme breaking, which is slow.
        if !text.unicodeScalars.contains(where: Self.joinsTheCharacterBefore) {
            for scalar in text.unicodeScalars {
                append(scalar, font: font, into: &glyphs)
            }
            return
        }
        for character in text {
            let scalars = character.unicodeScalars
            if scalars.count == 1, let scalar = scalars.first {
                append(scalar, font: font, into: &glyphs)
                continue
            }
            // A letter and its combining accents: the precomposed glyph, if the face has one.
            if let id = composed(font)[character] {
                record(id, meaning: String(character), face: index)
                // No scalar: the patterns would read only its first one, and hyphenation leaves the word alone.
                glyphs.append(Glyph(id: id, kind: .letter, advance: face.width(id)))
            } else if character == "\r\n" {
                append(" ", font: font, into: &glyphs)
            } else if scalars.allSatisfy({ face.font.glyph(for: $0) != nil }) {
                for scalar in scalars { append(scalar, font: font, into: &glyphs) }
            } else {
                glyphs.append(stand(in: font, for: String(character)))
            }
        }
    }

    /// Whether `scalar` belongs to the character before it (a combining
    /// mark, a joiner, a variation selector, an emoji modifier), or makes a
    /// character with the next (CR before LF, a regional indicator).
    private static func joinsTheCharacterBefore(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0D, 0x0300...0x036F, 0x0483...0x0489, 0x0591...0x05C7, 0x0610...0x061A, 0x064B...0x065F, 0x0900...0x0DFF,
             0x1AB0...0x1AFF, 0x1DC0...0x1DFF, 0x200C, 0x200D, 0x20D0...0x20FF, 0xFE00...0xFE0F, 0xFE20...0xFE2F,
             0x1F1E6...0x1F1FF, 0x1F3FB...0x1F3FF, 0xE0000...0xE0FFF:
            return true
        case 0x0000..<0x0300, 0x0370..<0x0483, 0x1E00...0x1FFF, 0x2000...0x20CF, 0x2100...0x2BFF:
            return false
        default:
            return scalar.properties.canonicalCombiningClass != .notReordered
        }
    }

    private mutating func append(_ scalar: Unicode.Scalar, font: PDFFont, into glyphs: inout [Glyph]) {
        let face = font.face
        let value = scalar.value
        switch value {
        case 0x09, 0x0A, 0x0D, 0x2000...0x2006, 0x2008...0x200A, 0x2028, 0x2029, 0x3000:
            return append(" ", font: font, into: &glyphs)
        case 0x00..<0x20, 0x7F..<0xA0, 0xAD, 0x200B...0x200D, 0x2060, 0xFEFF, 0xFE00...0xFE0F:
            return  // control characters, a soft hyphen (a hint), invisible marks
        default: break
        }
        let kind: GlyphKind
        switch value {
        case 0x20: kind = .space
        case 0xA0, 0x2007, 0x202F: kind = .noBreakSpace
        case 0x2D, 0x2010: kind = .hyphen
        // Latin letters and punctuation without asking Unicode's tables, which is slow:
        // ASCII too, which comes this way in any text with one accent.
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A: kind = .letter
        case 0x21..<0x7F: kind = .other
        case 0xC0...0x24F where value != 0xD7 && value != 0xF7: kind = .letter
        case 0x2000...0x2BFF: kind = .other
        default: kind = scalar.properties.isAlphabetic || scalar.properties.numericType != nil ? .letter : .other
        }
        var id = face.font.glyph(for: scalar)
        // The no-break hyphen is drawn as a hyphen (and is no place to break).
        if id == nil, value == 0x2011 { id = face.hyphen }
        if id == nil, kind == .noBreakSpace { id = face.font.glyph(for: "\u{00A0}") ?? face.space }
        guard let id else {
            glyphs.append(stand(in: font, for: String(scalar)))
            return
        }
        record(id, meaning: String(scalar), face: font.rawValue)
        glyphs.append(Glyph(id: id, kind: kind, advance: face.width(id), scalar: value))
    }

    /// The glyph that stands for `text`, which `font` cannot draw: a copy of its question mark.
    private mutating func stand(in font: PDFFont, for text: String) -> Glyph {
        if let character = text.first, !seen.contains(character) {
            seen.insert(character)
            substituted.append(text)
        }
        let face = font.face
        return Glyph(id: clone(face.questionMark, meaning: text, font: font), kind: .other, advance: face.width(face.questionMark))
    }


    private mutating func clone(_ source: UInt16, meaning: String, font: PDFFont) -> UInt16 {
        let index = font.rawValue
        use(font)
        if let id = faces[index]!.cloneIDs[meaning] { return id }
        let id = UInt16(clamping: font.face.font.numGlyphs + faces[index]!.clones.count)
        faces[index]!.clones.append((source, meaning))
        faces[index]!.cloneIDs[meaning] = id
        return id
    }

    /// The face's use, made the first time.
    private mutating func use(_ font: PDFFont) {
        guard faces[font.rawValue] == nil else { return }
        let face = font.face
        faces[font.rawValue] = FaceUse(meanings: .init(repeating: nil, count: face.font.numGlyphs), clones: [(face.hyphen, "\u{00AD}")])
    }

    private mutating func record(_ id: UInt16, meaning: @autoclosure () -> String, face: Int) {
        if faces[face]!.meanings[Int(id)] == nil { faces[face]!.meanings[Int(id)] = meaning() }
    }
}
