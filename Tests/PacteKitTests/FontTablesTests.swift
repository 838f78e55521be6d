import Testing
@testable import PactePDF

/// The fast paths of loading a face (`Base64`, the character map) against
/// plain reference versions written for the tests.
@Suite struct FontTablesTests {
    /// Base64 one byte at a time, as the format says: whitespace skipped,
    /// `=` ending the data, anything else after it or outside the alphabet an error.
    static func referenceDecode(_ text: String) -> [UInt8]? {
        let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)
        var bits: [UInt8] = []
        var ended = false
        for byte in text.utf8 {
            if [0x20, 0x0A, 0x0D, 0x09].contains(byte) { continue }
            if byte == UInt8(ascii: "=") { ended = true; continue }
            guard !ended, let value = alphabet.firstIndex(of: byte) else { return nil }
            bits.append(UInt8(value))
        }
        guard bits.count % 4 != 1 else { return nil }
        var bytes: [UInt8] = []
        var accumulator = 0, count = 0
        for value in bits {
            accumulator = accumulator << 6 | Int(value)
            count += 6
            if count >= 8 {
                count -= 8
                bytes.append(UInt8(accumulator >> count & 0xFF))
            }
        }
        return bytes
    }

    @Test func base64AgreesWithTheReferenceOnEdgeCases() {
        let cases = ["", "TWFu", "TWFu\n", "\nTWFu", "TW Fu", "TW\r\nFu", "T\tWFu", "TWE=", "TQ==", "TQ", "TWE", "T", "TWFuT",
                     "TQ==TQ==", "TQ=\n=", "TWFu=", "=", "====", "TWFu\nTWFu\nTW", "TW!u", "TWFu\u{00E9}", "TWFu-",
                     "TWFuTWFuTWFuTWFuTWFuTWFuTWFuTWFu\nTWFuTWFu", "TWFu TWFu  TWFu", "TWF\nuTWFu", "TWFuTWF=\nTWFu", "TWFuTW==  \n"]
        for text in cases {
            #expect(Base64.decode(text) == Self.referenceDecode(text), "\(text.debugDescription)")
        }
    }

    @Test("base64 agrees with the reference on random text", arguments: 0..<20)
    func base64AgreesWithTheReferenceOnRandomText(seed: UInt64) {
        var random = RobustnessTests.SplitMix(state: seed)
        let letters = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")
        for _ in 0..<200 {
            var text = ""
            for _ in 0..<Int.random(in: 0..<120, using: &random) {
                switch Int.random(in: 0..<100, using: &random) {
                case 0..<88: text.append(letters.randomElement(using: &random)!)
                case 88..<94: text.append(["\n", " ", "\r", "\t"].randomElement(using: &random)!)
                case 94..<98: text.append("=")
                default: text.append(["!", "-", "_", "é", "\u{0}", ".", "~"].randomElement(using: &random)!)
                }
            }
            #expect(Base64.decode(text) == Self.referenceDecode(text), "\(text.debugDescription)")
        }
    }

    @Test func base64DecodesTheFontsAsTheReferenceDoes() {
        for text in [FontData.sansRegular, FontData.serifItalic] {
            let decoded = Base64.decode(text)
            #expect(decoded != nil && decoded == Self.referenceDecode(text))
        }
    }
}
