import PacteCore
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// One-line strings in straight quotes, their escapes, and the curly
/// quotes a word processor puts in, read as the strings they were meant to be.
extension Lexer {
    mutating func lexString() {
        let start = position
        // Fast path: no escape, valid UTF-8, closed on its line.
        // Every byte below 0x80 or not: an ASCII string needs no validation.
        var bits: UInt8 = 0
        let scan = bytes.withUnsafeBufferPointer { buffer in
            var scan = start + 1
            while scan < buffer.count {
                let byte = buffer[scan]
                bits |= byte
                // Lowercase letters and the bytes of accents are above `\`,
                // the greatest of the four bytes that end the fast path:
                // one comparison for most bytes of French prose.
                if byte <= UInt8(ascii: "\\"),
                   byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") {
                    break
                }
                scan += 1
            }
            return scan
        }
        if scan < bytes.count, bytes[scan] == UInt8(ascii: "\"") {
            // An ASCII string needs no validation; see ``Lexer/validString(_:)``.
            let text = bits < 0x80 ? String(decoding: bytes[(start + 1)..<scan], as: UTF8.self)
                : Lexer.validString(bytes[(start + 1)..<scan])
            if let text {
                position = scan + 1
                append(.string, Span(from: start, to: position), .text(text))
                return
            }
        }
        position += 1
        var text = ""
        var valid = true
        while true {
            guard position < bytes.count, bytes[position] != UInt8(ascii: "\n"), bytes[position] != UInt8(ascii: "\r") else {
                var end = position
                // `action a "Titre {`: the quote was forgotten before the
                // block; end the string there so that the block still parses.
                var last = end
                while last > start + 1, Lexer.isBlank(bytes[last - 1]) { last -= 1 }
                if last > start + 1, bytes[last - 1] == UInt8(ascii: "{") {
                    end = last - 1
                    position = end
                }
                bag.report(LexerMessages.unterminatedString, at: Span(start: start, length: 1))
                append(.string, Span(from: start, to: end), .invalid)
                return
            }
            let byte = bytes[position]
            if byte == UInt8(ascii: "\"") {
                position += 1
                break
            }
            if byte == UInt8(ascii: "\\") {
                if let scalar = lexEscape() { text.unicodeScalars.append(scalar) } else { valid = false }
                continue
            }
            if byte < 0x80 {
                text.unicodeScalars.append(Unicode.Scalar(byte))
                position += 1
                continue
            }
            let (scalar, length) = UTF8Decoding.scalar(in: bytes, at: position)
            if let scalar {
                text.unicodeScalars.append(scalar)
                position += length
            } else {
                invalidUTF8(length: length)
                text.unicodeScalars.append("\u{FFFD}")
            }
        }
        append(.string, Span(from: start, to: position), valid ? .text(text) : .invalid)
    }

    /// The text of `bytes` if they are valid UTF-8, or nil.
    ///
    /// `String(validating:as:)` is generic over encodings, and decoded
    /// each scalar through it: 1,900 instructions a string on average in
    /// plouzevel-jeunesse grown, a tenth of reading the file. Decoding
    /// with repair is the standard library's fast path, and the text it
    /// gives holds the very same bytes exactly when they were valid: a
    /// repair always puts U+FFFD where an invalid byte stood.
    static func validString(_ bytes: ArraySlice<UInt8>) -> String? {
        var text = String(decoding: bytes, as: UTF8.self)
        let isSame = text.withUTF8 { decoded in
            bytes.withUnsafeBufferPointer { source in
                decoded.count == source.count
                    && (source.isEmpty || memcmp(decoded.baseAddress!, source.baseAddress!, source.count) == 0)
            }
        }
        return isSame ? text : nil
    }

    /// Reads an escape sequence at `position` (on the backslash).
    private mutating func lexEscape() -> Unicode.Scalar? {
        let start = position
        position += 1
        guard position < bytes.count, bytes[position] != UInt8(ascii: "\n") else {
            reportBadEscape(Span(start: start, length: 1))
            return nil
        }
        let byte = bytes[position]
        position += 1
        switch byte {
        case UInt8(ascii: "\""): return "\""
        case UInt8(ascii: "\\"): return "\\"
        case UInt8(ascii: "n"): return "\n"
        case UInt8(ascii: "t"): return "\t"
        case UInt8(ascii: "u"):
            guard peek(0) == UInt8(ascii: "{") else {
                reportBadEscape(Span(from: start, to: position))
                return nil
            }
            position += 1
            var value: UInt32 = 0
            var digits = 0
            while let byte = peek(0), let digit = Lexer.hexValue(byte) {
                value = digits < 8 ? value << 4 | digit : value
                digits += 1
                position += 1
            }
            guard peek(0) == UInt8(ascii: "}") else {
                reportBadEscape(Span(from: start, to: position))
                return nil
            }
            position += 1
            guard (1...8).contains(digits), let scalar = Unicode.Scalar(value) else {
                bag.report(LexerMessages.invalidUnicodeEscape, at: Span(from: start, to: position))
                return nil
            }
            return scalar
        default:
            if byte >= 0x80 { position -= 1 }
            reportBadEscape(Span(from: start, to: position))
            return nil
        }
    }

    private static func hexValue(_ byte: UInt8) -> UInt32? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): UInt32(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): UInt32(byte - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F"): UInt32(byte - UInt8(ascii: "A") + 10)
        default: nil
        }
    }

    private mutating func reportBadEscape(_ span: Span) {
        bag.report(LexerMessages.unknownEscape, at: span)
    }

    /// Quotes a word processor puts in, and their closing mates.
    static let typographicQuotes: [Unicode.Scalar: Unicode.Scalar] = ["“": "”", "«": "»", "„": "“"]

    /// `“texte”` or `« texte »`: read as a string, reported once.
    mutating func lexTypographicString(opening: Unicode.Scalar, closing: Unicode.Scalar) {
        let start = position
        position += String(opening).utf8.count
        var text = ""
        var closed = false
        while position < bytes.count, bytes[position] != UInt8(ascii: "\n"), bytes[position] != UInt8(ascii: "\r") {
            let (scalar, length) = UTF8Decoding.scalar(in: bytes, at: position)
            position += length
            guard let scalar else { continue }
            if scalar == closing {
                closed = true
                break
            }
            text.unicodeScalars.append(scalar)
        }
        let trimmed = text.trimmingBlanks
        bag.report(LexerMessages.typographicQuotes(opening, text: trimmed), at: Span(start: start, length: String(opening).utf8.count))
        append(.string, Span(from: start, to: position), closed ? .text(trimmed) : .invalid)
    }
}
