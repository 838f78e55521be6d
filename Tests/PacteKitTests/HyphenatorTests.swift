import Foundation
import Testing
@testable import PactePDF

/// `Hyphenator`'s packed tables against Liang's method written plainly:
/// patterns in a dictionary of strings, every substring of the word looked up.
@Suite struct HyphenatorTests {
    static func fold(_ scalar: Unicode.Scalar) -> String {
        scalar == "\u{2019}" || scalar == "\u{02BC}" ? "'" : String(scalar).lowercased()
    }

    static let referencePatterns: [String: [UInt8]] = {
        var patterns: [String: [UInt8]] = [:]
        for pattern in Hyphenator.frenchPatterns.split(whereSeparator: { $0 == " " || $0 == "\n" }) {
            var letters = "", numbers: [UInt8] = [0]
            for scalar in pattern.unicodeScalars {
                if let digit = UInt8(String(scalar)) { numbers[numbers.count - 1] = digit } else {
                    letters += fold(scalar)
                    numbers.append(0)
                }
            }
            patterns[letters] = numbers
        }
        return patterns
    }()

    static func referencePoints(_ word: String, leftMin: Int = 2, rightMin: Int = 3) -> [Int] {
        let count = word.unicodeScalars.count
        guard count >= leftMin + rightMin else { return [] }
        let letters = ["."] + word.unicodeScalars.map(fold) + ["."]
        var numbers = [UInt8](repeating: 0, count: letters.count + 1)
        for start in letters.indices {
            for end in start..<letters.count {
                guard let values = referencePatterns[letters[start...end].joined()] else { continue }
                for (offset, value) in values.enumerated() { numbers[start + offset] = max(numbers[start + offset], value) }
            }
        }
        return (leftMin...(count - rightMin)).filter { numbers[$0 + 1] % 2 == 1 }
    }

    @Test func frenchAgreesWithThePlainMethodOnTheExamplesWords() throws {
        var words: Set<String> = ["coopération", "anticonstitutionnellement", "L’ÉNERGIE", "Œuvre", "ÉCOLE", "naïveté", "aujourd'hui"]
        for name in Golden.examples() {
            let text = try String(contentsOf: Golden.root.appendingPathComponent("Examples/\(name)"), encoding: .utf8)
            for word in text.split(whereSeparator: { !($0.isLetter || $0 == "’" || $0 == "'") }) where word.unicodeScalars.count >= 5 {
                words.insert(String(word))
            }
        }
        #expect(words.count > 500)
        var disagreements: [String] = []
        for word in words.sorted() where Hyphenator.french.points(word.unicodeScalars.map(\.value)) != Self.referencePoints(word) {
            disagreements.append(word)
        }
        #expect(disagreements.isEmpty, "\(disagreements.prefix(10))")
    }
}
