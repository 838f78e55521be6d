/// A font's characters to its glyphs, glyph 0 (`.notdef`) meaning none
/// (and the hyphenation patterns' letters to their codes, from 1).
/// Unicode in blocks of 256 characters, glyphs stored only for the blocks
/// the font draws in: a look-up is two reads, where a dictionary hashed,
/// and building it allocates once a block, where a dictionary grew again
/// and again for the thousands of characters of a font.
struct CharacterMap: Sendable, Equatable, Sequence, ExpressibleByDictionaryLiteral {
    /// For each block of 256 characters, its place (from 1) in `glyphs`, 0 where the font has none of them.
    private var blockIndex = [UInt16](repeating: 0, count: 0x11_0000 >> 8)
    /// 256 glyphs a block.
    private var glyphs: [UInt16] = []

    init() {}

    init(dictionaryLiteral elements: (UInt32, UInt16)...) {
        for (scalar, glyph) in elements { self[scalar] = glyph }
    }

    /// The glyph of a character, 0 where there is none; a value past Unicode has none.
    subscript(scalar: UInt32) -> UInt16 {
        get {
            guard scalar <= 0x10_FFFF else { return 0 }
            let block = Int(blockIndex[Int(scalar >> 8)])
            return block == 0 ? 0 : glyphs[(block - 1) << 8 | Int(scalar & 0xFF)]
        }
        set {
            guard scalar <= 0x10_FFFF else { return }
            var block = Int(blockIndex[Int(scalar >> 8)])
            if block == 0 {
                guard newValue != 0 else { return }
                glyphs.append(contentsOf: repeatElement(0, count: 256))
                block = glyphs.count >> 8
                blockIndex[Int(scalar >> 8)] = UInt16(block)
            }
            glyphs[(block - 1) << 8 | Int(scalar & 0xFF)] = newValue
        }
    }

    /// Forgets the glyphs from `limit` on, which a font with fewer glyphs cannot draw.
    mutating func removeGlyphs(from limit: Int) {
        for index in glyphs.indices where Int(glyphs[index]) >= limit { glyphs[index] = 0 }
    }

    /// The characters the font draws and their glyphs, in the order of Unicode.
    func makeIterator() -> some IteratorProtocol<(scalar: UInt32, glyph: UInt16)> {
        blockIndex.indices.lazy.filter { blockIndex[$0] != 0 }.flatMap { block in
            let start = (Int(blockIndex[block]) - 1) << 8
            return (0..<256).lazy.filter { glyphs[start + $0] != 0 }.map { (scalar: UInt32(block << 8 | $0), glyph: glyphs[start + $0]) }
        }.makeIterator()
    }

    /// The same characters to the same glyphs, whichever order the blocks were filled in.
    static func == (left: CharacterMap, right: CharacterMap) -> Bool {
        left.elementsEqual(right) { $0 == $1 }
    }
}
