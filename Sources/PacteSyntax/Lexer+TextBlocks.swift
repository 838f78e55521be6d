import PacteCore
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Text blocks between `"""` lines, their indentation stripped by the
/// closing delimiter's (Swift's rule).
extension Lexer {
    /// A text block: `"""`, a line end, lines, then a line holding only
    /// `"""`, whose indentation is removed from every line (Swift's rule).
    /// Its content is raw: no escapes, so that the formatter can re-indent
    /// it without touching a character.
    mutating func lexTextBlock() {
        let start = position
        position += 3
        let openingSpan = Span(start: start, length: 3)
        // Only blanks may follow the opening delimiter on its line.
        let lineEnd = lineFeed(from: position)
        let rest = bytes[position..<lineEnd]
        if rest.contains(where: { !Lexer.isBlank($0) && $0 != UInt8(ascii: "\r") }) {
            bag.report(LexerMessages.textAfterOpeningDelimiter, at: Span(from: position, to: lineEnd))
        }
        guard lineEnd < bytes.count else {
            reportUnterminatedTextBlock(openingSpan)
            position = bytes.count
            append(.textBlock, Span(from: start, to: position), .invalid)
            return
        }
        // Collect the lines up to the closing delimiter, as spans: an
        // array of `Range<Int>` made the runtime look up `Int: Comparable`
        // in the whole binary at the first text block of a process.
        var lines: [Span] = []
        swap(&lines, &blockLines)
        lines.removeAll(keepingCapacity: true)
        defer { blockLines = lines }
        var lineStart = lineEnd + 1
        var closing: (indent: Range<Int>, end: Int)?
        var brokenClosing = false
        while lineStart <= bytes.count {
            let end = lineFeed(from: lineStart)
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
                bag.report(LexerMessages.closingDelimiterNotAlone, at: Span(start: trimmedEnd - 3, length: 3))
                lines.append(Span(from: lineStart, to: trimmedEnd - 3))
                closing = (lineStart..<indentEnd, trimmedEnd)
                position = trimmedEnd
                brokenClosing = true
                break
            }
            lines.append(Span(from: lineStart, to: contentEnd))
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
            let lineBytes = bytes[line.start..<line.end]
            if lineBytes.allSatisfy(Lexer.isBlank) { continue }
            if lineBytes.starts(with: indent) {
                content.append(contentsOf: lineBytes.dropFirst(indent.count))
            } else {
                valid = false
                var indentEnd = line.start
                while indentEnd < line.end, Lexer.isBlank(bytes[indentEnd]) { indentEnd += 1 }
                bag.report(LexerMessages.lineLessIndented(closingAt: Span(start: closing.indent.upperBound, length: 3)),
                           at: Span(from: line.start, to: indentEnd))
            }
        }
        let text = validatedText(content, blockStart: lines.first?.start ?? position)
        append(.textBlock, Span(from: start, to: position), valid ? .text(text) : .invalid)
    }

    /// Where the line from `start` ends: the offset of its line feed, or
    /// the end of the file. `memchr` reads many bytes at a time; a loop
    /// over the bytes of a text block's lines cost four instructions a byte.
    private func lineFeed(from start: Int) -> Int {
        bytes.withUnsafeBufferPointer { buffer in
            guard start < buffer.count, let base = buffer.baseAddress,
                  let found = memchr(base + start, Int32(UInt8(ascii: "\n")), buffer.count - start) else { return buffer.count }
            return UnsafeRawPointer(base).distance(to: UnsafeRawPointer(found))
        }
    }

    /// The blanks every non-blank line starts with.
    private func commonIndent(_ lines: [Span]) -> ArraySlice<UInt8> {
        var common: ArraySlice<UInt8>?
        for line in lines {
            let slice = bytes[line.start..<line.end]
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
        if let text = Lexer.validString(content[...]) { return text }
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
        bag.report(LexerMessages.unterminatedTextBlock, at: span)
    }
}
