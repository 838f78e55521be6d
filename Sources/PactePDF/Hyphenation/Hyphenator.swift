/// Liang's hyphenation (Franklin Liang, *Word Hy-phen-a-tion by
/// Com-put-er*, 1983), as TeX does it: each pattern gives odd numbers where
/// a break may fall and even ones where it may not, between its letters;
/// the highest number found at each place in a word wins. The French
/// patterns are hyph-utf8's (`FrenchPatterns.swift`).
struct Hyphenator: Sendable {
    /// A pattern's letters packed six bits each (up to 21 letters): a key hashed without allocating.
    private struct Key: Hashable {
        var high: UInt64 = 0, low: UInt64 = 0
        mutating func append(_ code: UInt64) {
            high = high << 6 | low >> 58
            low = low << 6 | code
        }
    }

    /// Where each pattern's numbers start in `numbers`, keyed by its letters (`.` marks a word's edge);
    /// a pattern of n letters has n + 1 numbers.
    private let patterns: [Key: Int]
    /// All the patterns' numbers, one after the other: one array, where an array a pattern was a thousand allocations.
    private let numbers: [UInt8]
    /// Each letter the patterns use, as a code from 1 (0 for a letter they do not use): read without hashing.
    private let codes: CharacterMap
    private let longest: Int
    /// Letters kept before the first break and after the last (French print: 2 and 3).
    let leftMin: Int, rightMin: Int

    init(patterns text: String, leftMin: Int, rightMin: Int) {
        var patterns: [Key: Int] = [:]
        // At most a pattern a space or line end: reserved, the dictionary is not copied as it grows.
        patterns.reserveCapacity(text.utf8.count(where: { $0 == 0x20 || $0 == 0x0A }) + 1)
        var codes = CharacterMap()
        var codeCount = 0
        var longest = 0
        // Read as UTF-8 bytes: splitting into Characters would cost more than the rest.
        var key = Key()
        var letters = 0
        // The pattern being read has its numbers at the end, from `start`.
        var numbers: [UInt8] = [0]
        numbers.reserveCapacity(text.utf8.count)
        var start = 0
        var pending: UInt32 = 0, continuation = 0
        func finish() {
            if letters > 0 && letters <= 21 && codeCount < 63 {
                patterns[key] = start
                longest = max(longest, letters)
                start = numbers.count
            } else {
                numbers.removeSubrange(start...)
            }
            numbers.append(0)
            key = Key()
            letters = 0
        }
        for byte in text.utf8 {
            if continuation > 0 {
                pending = pending << 6 | UInt32(byte & 0x3F)
                continuation -= 1
                if continuation > 0 { continue }
            } else if byte >= 0xC0 {
                continuation = byte >= 0xF0 ? 3 : byte >= 0xE0 ? 2 : 1
                pending = UInt32(byte) & (byte >= 0xF0 ? 0x07 : byte >= 0xE0 ? 0x0F : 0x1F)
                continue
            } else {
                pending = UInt32(byte)
            }
            switch pending {
            case 0x20, 0x0A: finish()
            case 0x30...0x39: numbers[numbers.count - 1] = UInt8(pending - 0x30)
            default:
                let letter = Self.folded(pending)
                var code = codes[letter]
                if code == 0 {
                    codeCount += 1
                    code = UInt16(clamping: codeCount)
                    codes[letter] = code
                }
                key.append(UInt64(code))
                letters += 1
                numbers.append(0)
            }
        }
        finish()
        self.patterns = patterns
        self.numbers = numbers
        self.codes = codes
        self.longest = longest
        self.leftMin = leftMin
        self.rightMin = rightMin
    }

    /// French, from the hyph-utf8 patterns, with French print's minimums.
    static let french = Hyphenator(patterns: frenchPatterns, leftMin: 2, rightMin: 3)

    /// The places in `word` (letters as Unicode scalar values, any case;
    /// an apostrophe is a letter of the word, as in the patterns) where it
    /// may be broken: `i` means between `word[i - 1]` and `word[i]`.
    func points(_ word: [UInt32]) -> [Int] {
        guard word.count >= max(leftMin, 1) + rightMin else { return [] }
        // 0 for a letter no pattern has: no pattern goes over it.
        let letters = ([0x2E] + word.map(Self.folded) + [0x2E]).map { UInt64(codes[$0]) }
        var numbers = [UInt8](repeating: 0, count: letters.count + 1)
        for start in 0..<letters.count {
            var key = Key()
            for length in 1...min(longest, letters.count - start) {
                let code = letters[start + length - 1]
                guard code != 0 else { break }
                key.append(code)
                guard let first = patterns[key] else { continue }
                for (offset, value) in self.numbers[first...(first + length)].enumerated() where value > numbers[start + offset] {
                    numbers[start + offset] = value
                }
            }
        }
        // numbers[i + 1] sits between word[i - 1] and word[i] (the leading `.` shifts by one).
        return (max(leftMin, 1)...(word.count - rightMin)).filter { numbers[$0 + 1] % 2 == 1 }
    }

    /// Lower case, and the typographic apostrophe as the patterns' straight one.
    private static func folded(_ value: UInt32) -> UInt32 {
        switch value {
        case 0x41...0x5A: return value | 0x20
        case 0x2019, 0x02BC: return 0x27
        case 0xC0...0xDE where value != 0xD7: return value + 0x20
        case 0xDF...0xFF: return value  // lower case already, as most of the patterns' accented letters: no tables
        default:
            guard value > 0x7F, let scalar = Unicode.Scalar(value), scalar.properties.isUppercase else { return value }
            return scalar.properties.lowercaseMapping.unicodeScalars.first?.value ?? value
        }
    }
}
