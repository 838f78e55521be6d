import PacteCore

/// Turns the bytes of a file into tokens, keeping comments and line ends.
///
/// The lexer never stops on an error: it reports it (P0101, P0102, P0105,
/// P0107), skips what it could not read, and goes on, so that one run shows
/// every problem of a file.
public struct Lexer {
    private let bytes: [UInt8]
    private var position = 0
    /// Where tokens are appended: the caller's array, lent for a batch.
    private var tokens: [LexedToken] = []
    private var texts: [String] = []
    private var literals: [TokenValue] = []
    private var bag: DiagnosticBag
    /// Whether the end-of-file token is given.
    private(set) var isFinished = false
    /// Whether an unterminated text block ran to the end of the file.
    private(set) var endSwallowed = false
    /// The diagnostics already looked at for ``errorStarts``.
    private var seenDiagnostics = 0
    /// Where each error reported so far starts, in order.
    private var errorStarts: [Int] = []
    /// The lines and bytes of the text block being read, kept from one
    /// block to the next: a buffer reused stays in cache, a new one each
    /// time is a fresh allocation grown by doubling.
    private var blockLines: [Range<Int>] = []
    private var blockContent: [UInt8] = []

    /// Lexes a whole file into tokens that carry their decoded values, for
    /// tools and tests; the parser reads compact tokens a batch at a time.
    public static func tokenize(_ source: SourceFile, limits: Limits = .standard) -> (tokens: [Token], diagnostics: DiagnosticBag) {
        var lexer = Lexer(source: source, limits: limits)
        var lexed: [LexedToken] = []
        while !lexer.isFinished { lexer.lex(into: &lexed) }
        return (lexed.map(lexer.valued), lexer.bag)
    }

    /// A lexer for `source`, which reads it as tokens are asked for.
    init(source: SourceFile, limits: Limits) {
        bytes = source.bytes
        bag = DiagnosticBag(limit: limits.maxCollectedDiagnostics)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { position = 3 }
    }

    /// The diagnostics reported so far.
    var diagnostics: [Diagnostic] { bag.diagnostics }

    /// Appends the next batch of tokens to `window`, the end-of-file token
    /// last. The parser reads a window of tokens and asks for more as it
    /// goes: the tokens of a large file are never all in memory, and those
    /// read are still in the processor's cache when the parser gets to them.
    mutating func lex(into window: inout [LexedToken]) {
        guard !isFinished else { return }
        swap(&tokens, &window)
        defer { swap(&tokens, &window) }
        let target = tokens.count + 512
        while tokens.count < target, position < bytes.count { lexToken() }
        if position >= bytes.count {
            if let last = tokens.last {
                endSwallowed = last.kind == .textBlock && last.isInvalid && last.span.end == bytes.count
            }
            append(.endOfFile, Span(start: bytes.count, length: 0))
            isFinished = true
        }
        if bag.diagnostics.count != seenDiagnostics { recordErrors() }
    }

    /// The decoded text of a name, string or text block; empty otherwise.
    func text(of token: LexedToken) -> String {
        switch token.kind {
        case _ where token.isInvalid: ""
        case .name: String(decoding: bytes[token.span.start..<token.span.end], as: UTF8.self)
        case .string, .textBlock: texts[Int(token.index)]
        default: ""
        }
    }

    /// A token with its value, as the syntax tree keeps it.
    func valued(_ token: LexedToken) -> Token {
        let value: TokenValue
        switch token.kind {
        case _ where token.isInvalid: value = .invalid
        case .name, .string, .textBlock: value = .text(text(of: token))
        case .number, .money, .percent, .fraction, .date: value = literals[Int(token.index)]
        default: value = .none
        }
        return Token(token.kind, token.span, value)
    }

    /// Whether an error reported so far starts at or after `start` and before `end`.
    func hasError(from start: Int, to end: Int) -> Bool {
        var low = 0
        var high = errorStarts.count
        while low < high {
            let middle = (low + high) / 2
            if errorStarts[middle] < start { low = middle + 1 } else { high = middle }
        }
        return low < errorStarts.count && errorStarts[low] < end
    }

    /// Keeps where the new errors start. A text block may report an error
    /// before one it reported first, so each start goes in its place.
    private mutating func recordErrors() {
        for diagnostic in bag.diagnostics[seenDiagnostics...] where diagnostic.severity == .error {
            let start = diagnostic.span.start
            var index = errorStarts.count
            while index > 0, errorStarts[index - 1] > start { index -= 1 }
            errorStarts.insert(start, at: index)
        }
        seenDiagnostics = bag.diagnostics.count
    }

    /// Stores a token; a decoded text or a literal value goes to its side table.
    private mutating func append(_ kind: TokenKind, _ span: Span, _ value: TokenValue = .none) {
        var index = 0
        switch value {
        case .none, .invalid:
            break
        case .text(let text):
            index = texts.count
            texts.append(text)
        case .number, .fraction, .date:
            index = literals.count
            literals.append(value)
        }
        tokens.append(LexedToken(span: span, index: UInt32(truncatingIfNeeded: index), kind: kind, isInvalid: value == .invalid))
    }

    // MARK: - Dispatch

    private mutating func lexToken() {
        let start = position
        let byte = bytes[position]
        switch byte {
        case UInt8(ascii: " "), UInt8(ascii: "\t"):
            position += 1
        case UInt8(ascii: "\r"):
            // CR LF is one line end; a lone CR (old Mac files) is one too.
            position += 1
            if peek(0) != UInt8(ascii: "\n") {
                append(.newline, Span(start: start, length: 1))
            }
        case UInt8(ascii: "\n"):
            position += 1
            append(.newline, Span(start: start, length: 1))
        case UInt8(ascii: "#"):
            while position < bytes.count, bytes[position] != UInt8(ascii: "\n"), bytes[position] != UInt8(ascii: "\r") {
                if bytes[position] < 0x80 {
                    position += 1
                    continue
                }
                let (scalar, length) = UTF8Decoding.scalar(in: bytes, at: position)
                if scalar == nil { reportInvalidUTF8(at: position, length: length) }
                position += length
            }
            append(.comment, Span(from: start, to: position))
        case UInt8(ascii: "{"): punctuation(.leftBrace)
        case UInt8(ascii: "}"): punctuation(.rightBrace)
        case UInt8(ascii: "["): punctuation(.leftBracket)
        case UInt8(ascii: "]"): punctuation(.rightBracket)
        case UInt8(ascii: ":"): punctuation(.colon)
        case UInt8(ascii: ","): punctuation(.comma)
        case UInt8(ascii: ";"): punctuation(.semicolon)
        case UInt8(ascii: "."):
            if peek(1) == UInt8(ascii: ".") {
                position += 2
                if peek(0) == UInt8(ascii: "."), let next = peek(1), Lexer.isDigit(next) {
                    // `2026...2031`: one dot too many, read as the range it means.
                    position += 1
                    bag.report(
                        .unexpectedCharacter, at: Span(start: start, length: 3),
                        LocalizedText(fr: "une période s’écrit avec deux points, pas trois", en: "a range is written with two dots, not three"),
                        help: LocalizedText(fr: "écrivez `début..fin`, par exemple `2026..2031`", en: "write `start..end`, for instance `2026..2031`"))
                }
                append(.dotDot, Span(from: start, to: position))
            } else {
                unexpectedCharacter()
            }
        case UInt8(ascii: "\""):
            if peek(1) == UInt8(ascii: "\""), peek(2) == UInt8(ascii: "\"") {
                lexTextBlock()
            } else {
                lexString()
            }
        case UInt8(ascii: "0")...UInt8(ascii: "9"):
            lexNumber()
        case UInt8(ascii: "/") where peek(1) == UInt8(ascii: "/"):
            // `// …` from other languages: read as the comment it was meant to be.
            while position < bytes.count, bytes[position] != UInt8(ascii: "\n"), bytes[position] != UInt8(ascii: "\r") { position += 1 }
            bag.report(
                .unexpectedCharacter, at: Span(start: start, length: 2),
                LocalizedText(fr: "les commentaires commencent par `#`, pas par `//`", en: "comments start with `#`, not `//`"),
                help: LocalizedText(fr: "remplacez `//` par `#`", en: "replace `//` with `#`"))
            append(.comment, Span(from: start, to: position))
        case UInt8(ascii: "="):
            // `nom = valeur`: read it as the `:` it was meant to be.
            bag.report(
                .unexpectedCharacter, at: Span(start: start, length: 1),
                LocalizedText(fr: "une propriété s’écrit avec `:`, pas `=`", en: "a property is written with `:`, not `=`"),
                help: LocalizedText(fr: "écrivez `nom: valeur`", en: "write `name: value`"))
            punctuation(.colon)
        default:
            let (scalar, length) = UTF8Decoding.scalar(in: bytes, at: position)
            guard let scalar else {
                invalidUTF8(length: length)
                return
            }
            if Lexer.isNameStart(scalar) {
                lexName()
            } else if scalar == "\u{00A0}" || scalar == "\u{202F}" || scalar == "\u{2009}" {
                // No-break and thin spaces, as French word processors type them, are blanks.
                position += length
            } else if let closing = Lexer.typographicQuotes[scalar] {
                lexTypographicString(opening: scalar, closing: closing)
            } else {
                unexpectedCharacter(scalar: scalar, length: length)
            }
        }
    }

    private func peek(_ offset: Int) -> UInt8? {
        position + offset < bytes.count ? bytes[position + offset] : nil
    }

    private mutating func punctuation(_ kind: TokenKind) {
        append(kind, Span(start: position, length: 1))
        position += 1
    }

    // MARK: - Names

    static func isNameStart(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            let value = scalar.value
            return (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value)
        }
        return scalar.properties.isAlphabetic
    }

    static func isNameContinuation(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            let value = scalar.value
            return (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value)
                || (0x30...0x39).contains(value) || value == 0x2D || value == 0x5F
        }
        if scalar.properties.isAlphabetic { return true }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark, .decimalNumber: return true
        default: return false
        }
    }

    /// Scans the rest of a name from `position`; returns its end offset.
    private mutating func scanNameContinuation() {
        while position < bytes.count {
            let byte = bytes[position]
            if byte < 0x80 {
                guard Lexer.isNameContinuation(Unicode.Scalar(byte)) else { return }
                position += 1
            } else {
                let (scalar, length) = UTF8Decoding.scalar(in: bytes, at: position)
                guard let scalar, Lexer.isNameContinuation(scalar) else { return }
                position += length
            }
        }
    }

    private mutating func lexName() {
        let start = position
        scanNameContinuation()
        let span = Span(from: start, to: position)
        // Its text is read back from the source when the parser needs it.
        append(.name, span)
    }

    // MARK: - Strings

    private mutating func lexString() {
        let start = position
        // Fast path: no escape, valid UTF-8, closed on its line.
        var scan = start + 1
        while scan < bytes.count {
            let byte = bytes[scan]
            if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") { break }
            scan += 1
        }
        if scan < bytes.count, bytes[scan] == UInt8(ascii: "\""),
           let text = String(validating: bytes[(start + 1)..<scan], as: UTF8.self) {
            position = scan + 1
            append(.string, Span(from: start, to: position), .text(text))
            return
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
                bag.report(
                    .unterminatedString, at: Span(start: start, length: 1),
                    LocalizedText(fr: "chaîne non terminée", en: "unterminated string"),
                    label: LocalizedText(fr: "la chaîne commence ici et n’est pas fermée sur cette ligne",
                                         en: "the string starts here and is not closed on this line"),
                    help: LocalizedText(fr: "fermez la chaîne par `\"` avant la fin de la ligne ; pour un texte sur plusieurs lignes, utilisez un bloc `\"\"\"`",
                                        en: "close the string with `\"` before the end of the line; for text over several lines, use a `\"\"\"` block"))
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
                bag.report(
                    .invalidLiteral, at: Span(from: start, to: position),
                    LocalizedText(fr: "`\\u{…}` ne désigne pas un caractère Unicode valide", en: "`\\u{…}` does not name a valid Unicode character"),
                    help: LocalizedText(fr: "un caractère va de `\\u{0}` à `\\u{10FFFF}`, sauf `\\u{D800}` à `\\u{DFFF}`",
                                        en: "a character runs from `\\u{0}` to `\\u{10FFFF}`, except `\\u{D800}` to `\\u{DFFF}`"))
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
        bag.report(
            .invalidLiteral, at: span,
            LocalizedText(fr: "séquence d’échappement inconnue", en: "unknown escape sequence"),
            help: LocalizedText(fr: "les échappements permis sont `\\\"`, `\\\\`, `\\n`, `\\t` et `\\u{XXXX}` ; pour une barre oblique inverse, écrivez `\\\\`",
                                en: "the allowed escapes are `\\\"`, `\\\\`, `\\n`, `\\t` and `\\u{XXXX}`; for a backslash, write `\\\\`"))
    }

    /// Quotes a word processor puts in, and their closing mates.
    private static let typographicQuotes: [Unicode.Scalar: Unicode.Scalar] = ["“": "”", "«": "»", "„": "“"]

    /// `“texte”` or `« texte »`: read as a string, reported once.
    private mutating func lexTypographicString(opening: Unicode.Scalar, closing: Unicode.Scalar) {
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
        bag.report(
            .unexpectedCharacter, at: Span(start: start, length: String(opening).utf8.count),
            LocalizedText(fr: "guillemets typographiques `\(opening)` : pacte attend des guillemets droits `\"`",
                          en: "typographic quotes `\(opening)`: pacte expects straight quotes `\"`"),
            label: LocalizedText(fr: "guillemet typographique", en: "typographic quote"),
            help: LocalizedText(fr: "écrivez `\"\(trimmed)\"` ; les guillemets « » seront mis à l’impression",
                                en: "write `\"\(trimmed)\"`; curly quotes are added when printing"))
        append(.string, Span(from: start, to: position), closed ? .text(trimmed) : .invalid)
    }

    // MARK: - Text blocks

    /// A text block: `"""`, a line end, lines, then a line holding only
    /// `"""`, whose indentation is removed from every line (Swift's rule).
    /// Its content is raw: no escapes, so that the formatter can re-indent
    /// it without touching a character.
    private mutating func lexTextBlock() {
        let start = position
        position += 3
        let openingSpan = Span(start: start, length: 3)
        // Only blanks may follow the opening delimiter on its line.
        var lineEnd = position
        while lineEnd < bytes.count, bytes[lineEnd] != UInt8(ascii: "\n") { lineEnd += 1 }
        let rest = bytes[position..<lineEnd]
        if rest.contains(where: { !Lexer.isBlank($0) && $0 != UInt8(ascii: "\r") }) {
            bag.report(
                .unexpectedToken, at: Span(from: position, to: lineEnd),
                LocalizedText(fr: "du texte suit l’ouverture `\"\"\"` sur la même ligne",
                              en: "text follows the opening `\"\"\"` on the same line"),
                label: LocalizedText(fr: "le bloc de texte commence à la ligne suivante", en: "a text block starts on the next line"),
                help: LocalizedText(fr: "passez à la ligne après `\"\"\"`, ou utilisez une chaîne `\"…\"` pour une seule ligne",
                                    en: "start a new line after `\"\"\"`, or use a `\"…\"` string for one line"))
        }
        guard lineEnd < bytes.count else {
            reportUnterminatedTextBlock(openingSpan)
            position = bytes.count
            append(.textBlock, Span(from: start, to: position), .invalid)
            return
        }
        // Collect the lines up to the closing delimiter.
        var lines: [Range<Int>] = []
        swap(&lines, &blockLines)
        lines.removeAll(keepingCapacity: true)
        defer { blockLines = lines }
        var lineStart = lineEnd + 1
        var closing: (indent: Range<Int>, end: Int)?
        var brokenClosing = false
        while lineStart <= bytes.count {
            var end = lineStart
            while end < bytes.count, bytes[end] != UInt8(ascii: "\n") { end += 1 }
            var contentEnd = end
            if contentEnd > lineStart, bytes[contentEnd - 1] == UInt8(ascii: "\r") { contentEnd -= 1 }
            var indentEnd = lineStart
            while indentEnd < contentEnd, Lexer.isBlank(bytes[indentEnd]) { indentEnd += 1 }
            // Blanks after the closing delimiter are harmless.
            var trimmedEnd = contentEnd
            while trimmedEnd > indentEnd, Lexer.isBlank(bytes[trimmedEnd - 1]) { trimmedEnd -= 1 }
            if trimmedEnd - indentEnd == 3, bytes[indentEnd] == UInt8(ascii: "\""),
               bytes[indentEnd + 1] == UInt8(ascii: "\""), bytes[indentEnd + 2] == UInt8(ascii: "\"") {
                closing = (lineStart..<indentEnd, trimmedEnd)
                break
            }
            // `…dernière ligne."""`: the delimiter belongs on a line of its own;
            // say so, and close there rather than swallow the rest of the file.
            if trimmedEnd - indentEnd > 3, bytes[trimmedEnd - 1] == UInt8(ascii: "\""),
               bytes[trimmedEnd - 2] == UInt8(ascii: "\""), bytes[trimmedEnd - 3] == UInt8(ascii: "\""),
               bytes[trimmedEnd - 4] != UInt8(ascii: "\\") {
                bag.report(
                    .unexpectedToken, at: Span(start: trimmedEnd - 3, length: 3),
                    LocalizedText(fr: "le `\"\"\"` de fermeture doit être seul sur sa ligne", en: "the closing `\"\"\"` must be alone on its line"),
                    label: LocalizedText(fr: "à placer sur la ligne suivante", en: "move it to the next line"),
                    help: LocalizedText(fr: "passez à la ligne avant `\"\"\"`, indenté comme le texte", en: "start a new line before `\"\"\"`, indented like the text"))
                lines.append(lineStart..<(trimmedEnd - 3))
                closing = (lineStart..<indentEnd, trimmedEnd)
                position = trimmedEnd
                brokenClosing = true
                break
            }
            lines.append(lineStart..<contentEnd)
            if end >= bytes.count { break }
            lineStart = end + 1
        }
        guard let closing else {
            reportUnterminatedTextBlock(openingSpan)
            position = bytes.count
            append(.textBlock, Span(from: start, to: position), .invalid)
            return
        }
        position = closing.end
        // A misplaced delimiter leaves no indentation to strip: the text keeps the block's least indentation.
        let indent = brokenClosing ? commonIndent(lines) : bytes[closing.indent]
        var valid = true
        var content: [UInt8] = []
        swap(&content, &blockContent)
        content.removeAll(keepingCapacity: true)
        defer { blockContent = content }
        for (index, line) in lines.enumerated() {
            if index > 0 { content.append(UInt8(ascii: "\n")) }
            let lineBytes = bytes[line]
            if lineBytes.allSatisfy(Lexer.isBlank) { continue }
            if lineBytes.starts(with: indent) {
                content.append(contentsOf: lineBytes.dropFirst(indent.count))
            } else {
                valid = false
                var indentEnd = line.lowerBound
                while indentEnd < line.upperBound, Lexer.isBlank(bytes[indentEnd]) { indentEnd += 1 }
                bag.report(
                    .invalidLiteral, at: Span(from: line.lowerBound, to: indentEnd),
                    LocalizedText(fr: "ligne moins indentée que le `\"\"\"` de fermeture",
                                  en: "line indented less than the closing `\"\"\"`"),
                    label: LocalizedText(fr: "indentation insuffisante", en: "insufficient indentation"),
                    notes: [DiagnosticNote(LocalizedText(fr: "le `\"\"\"` de fermeture est ici ; son indentation est retirée de chaque ligne",
                                                         en: "the closing `\"\"\"` is here; its indentation is removed from every line"),
                                           at: Span(start: closing.indent.upperBound, length: 3))],
                    help: LocalizedText(fr: "indentez chaque ligne au moins autant que le `\"\"\"` final, avec les mêmes espaces ou tabulations",
                                        en: "indent every line at least as much as the closing `\"\"\"`, with the same spaces or tabs"))
            }
        }
        let text = validatedText(content, blockStart: lines.first?.lowerBound ?? position)
        append(.textBlock, Span(from: start, to: position), valid ? .text(text) : .invalid)
    }

    /// The blanks every non-blank line starts with.
    private func commonIndent(_ lines: [Range<Int>]) -> ArraySlice<UInt8> {
        var common: ArraySlice<UInt8>?
        for line in lines {
            let slice = bytes[line]
            if slice.allSatisfy(Lexer.isBlank) { continue }
            let indent = slice.prefix(while: Lexer.isBlank)
            guard let current = common else { common = indent; continue }
            common = current.prefix(zip(current, indent).prefix { $0 == $1 }.count)
        }
        return common ?? []
    }

    /// Decodes the content of a text block, reporting invalid UTF-8 at its
    /// place in the file.
    private mutating func validatedText(_ content: [UInt8], blockStart: Int) -> String {
        if let text = String(validating: content, as: UTF8.self) { return text }
        // Report each invalid sequence at its offset in the file.
        var index = blockStart
        while index < position {
            if bytes[index] >= 0x80 {
                let (scalar, length) = UTF8Decoding.scalar(in: bytes, at: index)
                if scalar == nil { reportInvalidUTF8(at: index, length: length) }
                index += length
            } else {
                index += 1
            }
        }
        return String(decoding: content, as: UTF8.self)
    }

    private mutating func reportUnterminatedTextBlock(_ span: Span) {
        bag.report(
            .unterminatedString, at: span,
            LocalizedText(fr: "bloc de texte non terminé", en: "unterminated text block"),
            label: LocalizedText(fr: "le bloc commence ici et n’est jamais fermé", en: "the block starts here and is never closed"),
            help: LocalizedText(fr: "fermez le bloc par une ligne qui ne contient que `\"\"\"`",
                                en: "close the block with a line holding only `\"\"\"`"))
    }

    private static func isBlank(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t")
    }

    // MARK: - Numbers, amounts, percentages, fractions and dates

    private mutating func lexNumber() {
        let start = position
        var problem: LocalizedText?
        let integer = scanDigits(&problem)
        // A date: four digits, then `-MM`, then optionally `-DD`.
        if position - start == 4, problem == nil, peek(0) == UInt8(ascii: "-"), let next = peek(1), Lexer.isDigit(next) {
            lexDate(start: start, year: integer)
            return
        }
        var fraction = Digits()
        if peek(0) == UInt8(ascii: "."), let next = peek(1), Lexer.isDigit(next) {
            position += 1
            fraction = scanDigits(&problem)
        } else if peek(0) == UInt8(ascii: "/"), let next = peek(1), Lexer.isDigit(next) {
            position += 1
            let denominator = scanDigits(&problem)
            lexFraction(start: start, numerator: integer, denominator: denominator, problem: problem)
            return
        }
        let numberEnd = position
        // A unit may follow, after blanks: `€`, `EUR` or `%`.
        var unitStart = position
        while unitStart < bytes.count, Lexer.isBlank(bytes[unitStart]) { unitStart += 1 }
        var kind = TokenKind.number
        if bytes[unitStart...].starts(with: Lexer.euroSign) {
            kind = .money
            position = unitStart + 3
        } else if bytes[unitStart...].starts(with: Lexer.euroCode), !continuesName(at: unitStart + 3) {
            kind = .money
            position = unitStart + 3
        } else if unitStart < bytes.count, bytes[unitStart] == UInt8(ascii: "%") {
            kind = .percent
            position = unitStart + 1
        }
        // Letters glued to a number (`12km`, `3x`) make it malformed.
        if kind == .number, continuesName(at: position) {
            scanNameContinuation()
            problem = problem ?? LocalizedText(fr: "nombre mal formé", en: "malformed number")
        }
        let span = Span(from: start, to: position)
        var value = TokenValue.invalid
        if problem == nil {
            if let number = Lexer.decimal(integer: integer, fraction: fraction) {
                value = .number(number)
                if kind == .money, number.scale > 2 {
                    problem = LocalizedText(fr: "un montant en euros a au plus deux décimales", en: "an amount in euros has at most two decimals")
                    value = .invalid
                }
            } else {
                problem = LocalizedText(fr: "nombre trop grand", en: "number too large")
            }
        }
        if let problem {
            reportMalformedNumber(Span(from: start, to: kind == .number ? position : numberEnd), problem)
        }
        append(kind, span, value)
    }

    /// Reads digits and `_` separators; a separator must sit between two digits.
    private mutating func scanDigits(_ problem: inout LocalizedText?) -> Digits {
        var digits = Digits()
        var previousWasDigit = false
        while position < bytes.count {
            let byte = bytes[position]
            if Lexer.isDigit(byte) {
                digits.append(byte)
                previousWasDigit = true
            } else if byte == UInt8(ascii: "_") {
                let nextIsDigit = peek(1).map(Lexer.isDigit) ?? false
                if !previousWasDigit || !nextIsDigit {
                    problem = problem ?? LocalizedText(
                        fr: "séparateur `_` mal placé : il se met entre deux chiffres, comme dans `180_000`",
                        en: "misplaced `_` separator: it goes between two digits, as in `180_000`")
                }
                previousWasDigit = false
            } else {
                break
            }
            position += 1
        }
        return digits
    }

    private static let euroSign: [UInt8] = [0xE2, 0x82, 0xAC]
    private static let euroCode: [UInt8] = Array("EUR".utf8)

    private func continuesName(at offset: Int) -> Bool {
        guard offset < bytes.count else { return false }
        let byte = bytes[offset]
        if byte < 0x80 { return Lexer.isNameContinuation(Unicode.Scalar(byte)) }
        guard let scalar = UTF8Decoding.scalar(in: bytes, at: offset).scalar else { return false }
        return Lexer.isNameContinuation(scalar)
    }

    private static func isDigit(_ byte: UInt8) -> Bool {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }

    private static func decimal(integer: Digits, fraction: Digits) -> DecimalNumber? {
        // Amounts above a thousand billion are typing mistakes, and keeping
        // them small means totals never overflow.
        guard integer.count + fraction.count <= 15, let whole = integer.value, let part = fraction.value else { return nil }
        var value = whole
        for _ in 0..<fraction.count { value *= 10 }
        return DecimalNumber(significand: value + part, scale: fraction.count)
    }

    private mutating func lexFraction(start: Int, numerator: Digits, denominator: Digits, problem: LocalizedText?) {
        var problem = problem
        // `14/03/2026`: a date written the French way.
        if peek(0) == UInt8(ascii: "/"), let next = peek(1), Lexer.isDigit(next) {
            position += 1
            while let byte = peek(0), Lexer.isDigit(byte) { position += 1 }
            let span = Span(from: start, to: position)
            bag.report(
                .invalidLiteral, at: span,
                LocalizedText(fr: "date mal formée : `\(sourceText(span))`", en: "malformed date: `\(sourceText(span))`"),
                label: LocalizedText(fr: "les dates s’écrivent année, mois, jour", en: "dates are written year, month, day"),
                help: LocalizedText(fr: "écrivez la date au format ISO, par exemple `2026-03-14` pour le 14 mars 2026",
                                    en: "write the date in ISO format, e.g. `2026-03-14` for 14 March 2026"))
            append(.date, span, .invalid)
            return
        }
        if continuesName(at: position) {
            scanNameContinuation()
            problem = problem ?? LocalizedText(fr: "fraction mal formée", en: "malformed fraction")
        }
        let span = Span(from: start, to: position)
        var value = TokenValue.invalid
        if problem == nil {
            if numerator.count > 9 || denominator.count > 9 {
                problem = LocalizedText(fr: "fraction trop grande", en: "fraction too large")
            } else if let top = numerator.value, let bottom = denominator.value {
                if bottom == 0 {
                    problem = LocalizedText(fr: "fraction de dénominateur nul", en: "fraction with a zero denominator")
                } else {
                    value = .fraction(top, bottom)
                }
            }
        }
        if let problem { reportMalformedNumber(span, problem) }
        append(.fraction, span, value)
    }

    private mutating func lexDate(start: Int, year: Digits) {
        // The month, then the day.
        var parts: (Digits?, Digits?)
        var malformed = false
        while parts.1 == nil, peek(0) == UInt8(ascii: "-"), let next = peek(1), Lexer.isDigit(next) {
            position += 1
            var part = Digits()
            while let byte = peek(0), Lexer.isDigit(byte) {
                part.append(byte)
                position += 1
            }
            if part.count != 2 { malformed = true }
            if parts.0 == nil { parts.0 = part } else { parts.1 = part }
        }
        if continuesName(at: position) || peek(0) == UInt8(ascii: "-") {
            scanNameContinuation()
            // A time after the date (`2026-09-15T10:00`) belongs to the same mistake.
            while let byte = peek(0), byte == UInt8(ascii: ":") || Lexer.isDigit(byte) { position += 1 }
            malformed = true
        }
        let looksLikeYearRange = parts.1 == nil && parts.0?.count == 4
        let span = Span(from: start, to: position)
        let yearValue = Int(year.value ?? 0)
        let month = parts.0?.value.map { Int($0) }
        let day = parts.1?.value.map { Int($0) }
        let date = CalendarDate(year: yearValue, month: month, day: day)
        if malformed {
            let written = sourceText(span)
            bag.report(
                .invalidLiteral, at: span,
                LocalizedText(fr: "date mal formée : `\(written)`", en: "malformed date: `\(written)`"),
                help: looksLikeYearRange
                    ? LocalizedText(fr: "une période s’écrit avec deux points : `\(written.replacingFirstDash(with: ".."))`",
                                    en: "a range is written with two dots: `\(written.replacingFirstDash(with: ".."))`")
                    : LocalizedText(fr: "écrivez une date ISO : `2026`, `2026-09` ou `2026-09-15`",
                                    en: "write an ISO date: `2026`, `2026-09` or `2026-09-15`"))
            append(.date, span, .invalid)
        } else if !date.isValid {
            let what: LocalizedText
            if let month, !(1...12).contains(month) {
                what = LocalizedText(fr: "le mois \(month) n’existe pas", en: "month \(month) does not exist")
            } else {
                let days = CalendarDate.daysIn(month: month ?? 1, year: yearValue)
                what = LocalizedText(fr: "ce mois n’a que \(days) jours", en: "this month has only \(days) days")
            }
            bag.report(
                .invalidLiteral, at: span,
                LocalizedText(fr: "date invalide : `\(sourceText(span))`", en: "invalid date: `\(sourceText(span))`"),
                label: what,
                help: LocalizedText(fr: "écrivez une date qui existe, au format `AAAA-MM-JJ`",
                                    en: "write a date that exists, as `YYYY-MM-DD`"))
            append(.date, span, .invalid)
        } else {
            append(.date, span, .date(date))
        }
    }

    private mutating func reportMalformedNumber(_ span: Span, _ problem: LocalizedText) {
        bag.report(
            .invalidLiteral, at: span,
            LocalizedText(fr: "nombre invalide : `\(sourceText(span))`", en: "invalid number: `\(sourceText(span))`"),
            label: problem,
            help: LocalizedText(fr: "un nombre s’écrit avec des chiffres, un point décimal et des `_` entre les milliers : `180_000`, `3.5`, `24_000 €`, `50 %`, `2/3`",
                                en: "a number is written with digits, a decimal point and `_` between thousands: `180_000`, `3.5`, `24_000 €`, `50 %`, `2/3`"))
    }

    private func sourceText(_ span: Span) -> String {
        String(decoding: bytes[span.start..<min(span.end, bytes.count)], as: UTF8.self)
    }

    // MARK: - Errors

    private mutating func unexpectedCharacter() {
        let (scalar, length) = UTF8Decoding.scalar(in: bytes, at: position)
        if let scalar { unexpectedCharacter(scalar: scalar, length: length) } else { invalidUTF8(length: length) }
    }

    private mutating func unexpectedCharacter(scalar: Unicode.Scalar, length: Int) {
        let start = position
        position += length
        // One diagnostic for a run of the same stray character.
        if var last = bag.diagnostics.last, last.code == .unexpectedCharacter, last.span.end == start,
           sourceText(Span(start: last.span.start, length: length)) == String(scalar) {
            last.span = Span(from: last.span.start, to: position)
            bag.replaceLast(with: last)
            return
        }
        let shown = Lexer.visible(scalar)
        var help: LocalizedText?
        switch scalar {
        case "€", "%":
            help = LocalizedText(fr: "`\(scalar)` se place juste après un nombre : `24_000 €`, `50 %`",
                                 en: "`\(scalar)` goes right after a number: `24_000 €`, `50 %`")
        case "'", "«", "»", "“", "”":
            help = LocalizedText(fr: "mettez le texte entre guillemets droits : `\"…\"`",
                                 en: "put text between straight double quotes: `\"…\"`")
        case "=":
            help = LocalizedText(fr: "une propriété s’écrit `nom: valeur`", en: "a property is written `name: value`")
        case "-":
            help = LocalizedText(fr: "un nom commence par une lettre ; les nombres négatifs n’existent pas dans un pacte",
                                 en: "a name starts with a letter; there are no negative numbers in a pacte")
        default:
            help = nil
        }
        bag.report(
            .unexpectedCharacter, at: Span(start: start, length: length),
            LocalizedText(fr: "caractère inattendu \(shown)", en: "unexpected character \(shown)"),
            help: help)
    }

    private static func visible(_ scalar: Unicode.Scalar) -> String {
        if scalar.value < 0x20 || scalar.value == 0x7F || (0x80..<0xA0).contains(scalar.value) {
            var hex = String(scalar.value, radix: 16, uppercase: true)
            while hex.count < 4 { hex = "0" + hex }
            return "U+\(hex)"
        }
        return "`\(scalar)`"
    }

    private mutating func invalidUTF8(length: Int) {
        reportInvalidUTF8(at: position, length: length)
        position += length
    }

    private mutating func reportInvalidUTF8(at offset: Int, length: Int) {
        // Coalesce a run of invalid bytes into one diagnostic.
        if let last = bag.diagnostics.last, last.code == .invalidUTF8, last.span.end == offset {
            var extended = last
            extended.span = Span(from: last.span.start, to: offset + length)
            bag.replaceLast(with: extended)
            return
        }
        bag.report(
            .invalidUTF8, at: Span(start: offset, length: length),
            LocalizedText(fr: "UTF-8 invalide à l’octet \(offset)", en: "invalid UTF-8 at byte \(offset)"),
            label: LocalizedText(fr: "octet qui n’est pas de l’UTF-8", en: "byte that is not UTF-8"),
            help: LocalizedText(fr: "enregistrez le fichier en UTF-8 (les éditeurs le proposent dans « Enregistrer sous »)",
                                en: "save the file as UTF-8 (editors offer it in “Save as”)"))
    }
}

private extension String {
    /// `2026-2031` → `2026..2031`.
    func replacingFirstDash(with replacement: String) -> String {
        guard let dash = firstIndex(of: "-") else { return self }
        return String(self[..<dash]) + replacement + String(self[index(after: dash)...])
    }
}

/// Digits as the lexer reads them, `_` separators left out: how many, and
/// their value while it fits in 64 bits. No array: a pacte has thousands
/// of numbers and dates.
private struct Digits {
    private(set) var count = 0
    private(set) var value: Int64? = 0

    mutating func append(_ digit: UInt8) {
        count += 1
        guard let current = value else { return }
        let (product, overflow) = current.multipliedReportingOverflow(by: 10)
        let (sum, overflow2) = product.addingReportingOverflow(Int64(digit - UInt8(ascii: "0")))
        value = overflow || overflow2 ? nil : sum
    }
}
