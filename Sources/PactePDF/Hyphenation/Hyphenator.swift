/// Liang's hyphenation (Franklin Liang, *Word Hy-phen-a-tion by
/// Com-put-er*, 1983), as TeX does it: each pattern gives odd numbers where
/// a break may fall and even ones where it may not, between its letters;
/// the highest number found at each place in a word wins. The French
/// patterns are hyph-utf8's (`FrenchPatterns.swift`).
struct Hyphenator: Sendable {
    /// The numbers of each pattern, keyed by its letters (`.` marks a word's edge).
    private let patterns: [[UInt32]: [UInt8]]
    private let longest: Int
    /// Letters kept before the first break and after the last (French print: 2 and 3).
    let leftMin: Int, rightMin: Int

    init(patterns text: String, leftMin: Int, rightMin: Int) {
        var patterns: [[UInt32]: [UInt8]] = [:]
        var longest = 0
        for token in text.split(whereSeparator: { $0 == " " || $0 == "\n" }) {
            var letters: [UInt32] = []
            var numbers: [UInt8] = [0]
            for scalar in token.unicodeScalars {
                if scalar.value >= 0x30 && scalar.value <= 0x39 {
                    numbers[numbers.count - 1] = UInt8(scalar.value - 0x30)
                } else {
                    letters.append(Self.folded(scalar.value))
                    numbers.append(0)
                }
            }
            patterns[letters] = numbers
            longest = max(longest, letters.count)
        }
        self.patterns = patterns
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
        let letters = [0x2E] + word.map(Self.folded) + [0x2E]
        var numbers = [UInt8](repeating: 0, count: letters.count + 1)
        for start in 0..<letters.count {
            for length in 1...min(longest, letters.count - start) {
                guard let values = patterns[Array(letters[start..<start + length])] else { continue }
                for (offset, value) in values.enumerated() where value > numbers[start + offset] {
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
        default:
            guard value > 0x7F, let scalar = Unicode.Scalar(value), scalar.properties.isUppercase else { return value }
            return scalar.properties.lowercaseMapping.unicodeScalars.first?.value ?? value
        }
    }
}
