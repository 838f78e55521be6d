/// Renders diagnostics the way rustc does: a headline with the code, the
/// location, the source line with carets under the span, notes and help.
public struct HumanDiagnosticRenderer: Sendable {
    /// Rendering choices.
    public struct Options: Sendable {
        /// Whether to use ANSI colours (only on a terminal, never with `NO_COLOR`).
        public var color: Bool
        /// The language of messages and words such as « aide ».
        public var language: Language

        /// Creates options.
        public init(color: Bool = false, language: Language = .fr) {
            self.color = color
            self.language = language
        }
    }

    /// The options in force.
    public let options: Options

    /// Creates a renderer.
    public init(options: Options = Options()) {
        self.options = options
    }

    private var language: Language { options.language }

    // MARK: - Styles

    private enum Style: String {
        case error = "\u{1B}[1;31m"
        case warning = "\u{1B}[1;33m"
        case note = "\u{1B}[1;36m"
        case gutter = "\u{1B}[1;34m"
        case bold = "\u{1B}[1m"
        case addition = "\u{1B}[1;32m"
    }

    private func paint(_ text: String, _ style: Style) -> String {
        options.color ? style.rawValue + text + "\u{1B}[0m" : text
    }

    private func style(for severity: Severity) -> Style {
        switch severity {
        case .error: .error
        case .warning: .warning
        case .note: .note
        }
    }

    // MARK: - Diagnostics

    /// One diagnostic, ending with a blank line.
    public func render(_ diagnostic: Diagnostic, in source: SourceFile) -> String {
        let severityStyle = style(for: diagnostic.severity)
        var lines: [String] = []
        let headline = paint("\(diagnostic.severity.rawValue)[\(diagnostic.code.rawValue)]", severityStyle)
            + paint(": " + diagnostic.message.text(in: language), .bold)
        lines.append(headline)
        let spannedNotes = diagnostic.notes.filter { $0.span != nil }
        let width = gutterWidth(source, [diagnostic.span] + spannedNotes.compactMap(\.span))
        lines += snippet(source, span: diagnostic.span, label: diagnostic.label?.text(in: language),
                         caret: "^", style: severityStyle, width: width)
        for note in spannedNotes {
            guard let span = note.span else { continue }
            lines.append(paint(String(repeating: " ", count: width + 1) + "|", .gutter))
            lines.append(paint("note", .note) + ": " + note.message.text(in: language))
            lines += snippet(source, span: span, label: nil, caret: "-", style: .gutter, width: width)
        }
        let plainNotes = diagnostic.notes.filter { $0.span == nil }
        let helpWord = language == .fr ? "aide" : "help"
        if !plainNotes.isEmpty || diagnostic.help != nil {
            lines.append(paint(String(repeating: " ", count: width + 1) + "|", .gutter))
            let indent = String(repeating: " ", count: width + 1) + paint("=", .gutter) + " "
            for note in plainNotes {
                lines.append(indent + paint("note", .bold) + ": " + wrapped(note.message.text(in: language), hangingIndent: width + 9))
            }
            if let help = diagnostic.help {
                lines.append(indent + paint(helpWord, .bold) + ": " + wrapped(help.text(in: language), hangingIndent: width + 5 + helpWord.count))
            }
        } else if !diagnostic.fixes.isEmpty {
            lines.append(paint(String(repeating: " ", count: width + 1) + "|", .gutter))
        }
        for fix in diagnostic.fixes {
            lines += suggestion(fix, in: source)
        }
        return lines.joined(separator: "\n") + "\n\n"
    }

    // MARK: - Fixes

    /// A fix as rustc shows a suggestion: « aide : … », then the lines as
    /// they would read once fixed, `~` under what is replaced and `+` under
    /// what is inserted; a whole line inserted is marked `+` in the gutter.
    private func suggestion(_ fix: FixIt, in source: SourceFile) -> [String] {
        let separator = language == .fr ? " : " : ": "
        var lines = [paint(language == .fr ? "aide" : "help", .bold) + separator + fix.message.text(in: language)]
        let edits = fix.edits.enumerated().sorted { ($0.element.span.start, $0.offset) < ($1.element.span.start, $1.offset) }.map(\.element)
        // Each row: a line number, the gutter's mark and the text; then
        // the markers under it, if any.
        var rows: [(number: Int, mark: String, text: String, markers: String?)] = []
        var inserted = 0
        var index = 0
        while index < edits.count {
            let edit = edits[index]
            let lineIndex = source.lineIndex(of: edit.span.start)
            if isWholeLines(edit, in: source) {
                for (offset, line) in insertedLines(edit.replacement).enumerated() {
                    rows.append((lineIndex + 1 + inserted + offset, "+", DisplayLine(line, from: 1, to: 1).text, nil))
                }
                inserted += insertedLines(edit.replacement).count
                index += 1
                continue
            }
            // The edits on this line, applied to it; an edit that runs over
            // several lines is shown on its first.
            var onLine: [TextEdit] = []
            while index < edits.count, !isWholeLines(edits[index], in: source),
                  source.lineIndex(of: edits[index].span.start) == lineIndex {
                onLine.append(edits[index])
                index += 1
            }
            let (text, ranges) = fixedLine(lineIndex, with: onLine, in: source)
            var shown: DisplayLine?
            var markers = ""
            for (range, edit) in zip(ranges, onLine) {
                let display = DisplayLine(text, from: range.lowerBound, to: range.upperBound)
                if let shown, shown.text != display.text { continue }
                shown = display
                let marker = edit.isInsertion ? "+" : edit.replacement.isEmpty ? "-" : "~"
                let pad = max(0, display.caretStart - markers.count)
                markers += String(repeating: " ", count: pad) + String(repeating: marker, count: display.caretWidth)
            }
            rows.append((lineIndex + 1 + inserted, "|", shown?.text ?? text, markers))
        }
        let width = String(rows.map(\.number).max() ?? 1).count
        let pad = String(repeating: " ", count: width)
        lines.append(paint(pad + " |", .gutter))
        for row in rows {
            let number = String(row.number)
            let gutter = String(repeating: " ", count: width - number.count) + number + " "
            if row.mark == "+" {
                lines.append(paint(gutter, .gutter) + paint("+", .addition) + " " + row.text)
            } else {
                lines.append(paint(gutter + "| ", .gutter) + row.text)
            }
            if let markers = row.markers { lines.append(paint(pad + " | ", .gutter) + paint(markers, .addition)) }
        }
        if rows.last?.markers == nil { lines.append(paint(pad + " |", .gutter)) }
        return lines
    }

    /// Whether an edit inserts whole lines before a line: rustc's `+` rows.
    private func isWholeLines(_ edit: TextEdit, in source: SourceFile) -> Bool {
        guard edit.isInsertion, edit.replacement.hasSuffix("\n") else { return false }
        let index = source.lineIndex(of: edit.span.start)
        return source.lineStarts[index] == edit.span.start
    }

    /// The lines an insertion of whole lines adds, without their line ends.
    private func insertedLines(_ text: String) -> [String] {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            line.hasSuffix("\r") ? String(line.dropLast()) : String(line)
        }
        lines.removeLast()
        return lines
    }

    /// Line `index` with `edits` applied, and where each edit's new text
    /// stands on it, in 1-based Unicode-scalar columns, end exclusive.
    private func fixedLine(_ index: Int, with edits: [TextEdit], in source: SourceFile) -> (String, [Range<Int>]) {
        let lineStart = source.lineStarts[index]
        let line = source.lineBytes(at: index)
        var bytes: [UInt8] = []
        var ranges: [Range<Int>] = []
        var copied = lineStart
        for edit in edits {
            let start = max(copied, min(edit.span.start, line.endIndex))
            bytes += source.bytes[copied..<start]
            let column = scalarCount(bytes) + 1
            // A replacement that runs past the line shows only its first line.
            let replacement = edit.replacement.prefix { $0 != "\n" && $0 != "\r" }
            bytes += replacement.utf8
            ranges.append(column..<(column + max(1, replacement.unicodeScalars.count)))
            copied = max(start, min(edit.span.end, line.endIndex))
        }
        bytes += source.bytes[copied..<line.endIndex]
        return (String(decoding: bytes, as: UTF8.self), ranges)
    }

    private func scalarCount(_ bytes: [UInt8]) -> Int {
        bytes.reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) }
    }

    /// A note or help wrapped to 80 columns, continuation lines under its
    /// first word. Code between backticks is never split.
    private func wrapped(_ text: String, hangingIndent: Int, width: Int = 80) -> String {
        var words: [String] = []
        var current = ""
        var inCode = false
        for character in text {
            if character == "`" { inCode.toggle() }
            if character == " " && !inCode {
                words.append(current)
                current = ""
            } else {
                current.append(character)
            }
        }
        words.append(current)
        // French typography: `;`, `:`, `?` and `!` never start a line; they
        // stay with the word before them.
        var glued: [String] = []
        for word in words {
            if let last = glued.last, [";", ":", "?", "!"].contains(word) {
                glued[glued.count - 1] = last + " " + word
            } else {
                glued.append(word)
            }
        }
        words = glued
        var lines: [String] = []
        var line = ""
        for word in words {
            if !line.isEmpty && hangingIndent + line.count + 1 + word.count > width {
                lines.append(line)
                line = word
            } else {
                line += (line.isEmpty ? "" : " ") + word
            }
        }
        lines.append(line)
        return lines.joined(separator: "\n" + String(repeating: " ", count: hangingIndent))
    }

    private func gutterWidth(_ source: SourceFile, _ spans: [Span]) -> Int {
        let maxLine = spans.map { source.location(of: $0.start).line }.max() ?? 1
        return String(maxLine).count
    }

    /// `--> file:line:col`, the line, and carets under the span.
    private func snippet(_ source: SourceFile, span: Span, label: String?, caret: String, style caretStyle: Style, width: Int) -> [String] {
        let start = source.location(of: span.start)
        let lineIndex = start.line - 1
        let pad = String(repeating: " ", count: width)
        var lines: [String] = []
        lines.append(pad + paint("--> ", .gutter) + "\(source.path):\(start.line):\(start.column)")
        guard lineIndex < source.lineCount else { return lines }
        // Carets: from the start column to the end of the span on this line.
        let lineStart = source.lineStarts[lineIndex]
        let lineEndOffset = lineStart + source.lineBytes(at: lineIndex).count
        let endColumn = source.location(of: min(span.end, lineEndOffset)).column
        // A long line is decoded only around the span, of which the display
        // shows a hundred cells: two hundred diagnostics on a line of
        // megabytes must not decode it two hundred times.
        var windowStart = lineStart
        var windowEnd = lineEndOffset
        if lineEndOffset - lineStart > 4096 {
            windowStart = max(lineStart, min(span.start, lineEndOffset) - 1024)
            while windowStart > lineStart, windowStart < lineEndOffset, source.bytes[windowStart] & 0xC0 == 0x80 { windowStart += 1 }
            windowEnd = min(lineEndOffset, max(span.start, windowStart) + 2048)
        }
        // Columns as `location` counts them (a byte-order mark is none).
        let skipped = windowStart > lineStart ? source.location(of: windowStart).column - 1 : 0
        let shown = DisplayLine(String(decoding: source.bytes[windowStart..<windowEnd], as: UTF8.self),
                                from: start.column - skipped, to: max(endColumn, start.column + 1) - skipped)
        lines.append(paint(pad + " |", .gutter))
        let number = String(start.line)
        lines.append(paint(String(repeating: " ", count: width - number.count) + number + " | ", .gutter) + shown.text)
        var marker = String(repeating: " ", count: shown.caretStart) + paint(String(repeating: caret, count: shown.caretWidth), caretStyle)
        if let label { marker += " " + paint(label, caretStyle) }
        lines.append(paint(pad + " | ", .gutter) + marker)
        return lines
    }

    // MARK: - Summaries

    /// A file's report: each diagnostic, the line for those past the limit,
    /// and the closing summary.
    public func render(_ report: FileReport) -> String {
        // Appended in turn: `joined()` is not specialised, and looked up
        // `Array`'s conformances in the whole binary at every check.
        report.diagnostics.reduce(into: "") { $0 += render($1, in: report.source) }
            + (omitted(report.omittedCount) ?? "")
            + (summary(errors: report.errorCount, warnings: report.warningCount, path: report.source.path) ?? "")
    }

    /// The line saying that diagnostics past the limit are not shown.
    public func omitted(_ count: Int) -> String? {
        guard count > 0 else { return nil }
        return language == .fr
            ? "… et \(count) autre\(count > 1 ? "s" : "") problème\(count > 1 ? "s" : "") non affiché\(count > 1 ? "s" : "") : corrigez d’abord les premiers\n"
            : "… and \(count) more problem\(count > 1 ? "s" : "") not shown: fix the first ones first\n"
    }

    /// The closing line for one file: « error: 2 erreurs et 1 avertissement dans `x` ».
    public func summary(errors: Int, warnings: Int, path: String) -> String? {
        guard errors + warnings > 0 else { return nil }
        let counted = counts(errors: errors, warnings: warnings)
        let severity: Severity = errors > 0 ? .error : .warning
        let place = language == .fr ? "dans" : "in"
        return paint(severity.rawValue, style(for: severity)) + paint(": \(counted) \(place) `\(path)`", .bold) + "\n"
    }

    /// The line closing a run over several files.
    public func totals(errors: Int, warnings: Int, files: Int, filesWithErrors: Int) -> String {
        let fileWord = language == .fr ? (files > 1 ? "fichiers vérifiés" : "fichier vérifié") : (files > 1 ? "files checked" : "file checked")
        guard errors + warnings > 0 else {
            return language == .fr ? "\(files) \(fileWord), aucun problème\n" : "\(files) \(fileWord), no problem\n"
        }
        let counted = counts(errors: errors, warnings: warnings)
        return language == .fr
            ? "\(files) \(fileWord), \(filesWithErrors) avec des erreurs : \(counted)\n"
            : "\(files) \(fileWord), \(filesWithErrors) with errors: \(counted)\n"
    }

    /// « Pour en savoir plus : `pacte explain P0302` », naming the first code met.
    public func explainHint(for diagnostics: [Diagnostic]) -> String? {
        // The first error, since it is what stops the build; a warning only when there is no error.
        guard let first = diagnostics.first(where: { $0.severity == .error }) ?? diagnostics.first(where: { $0.severity != .note }) else { return nil }
        let command = "`pacte explain \(first.code.rawValue)`"
        return language == .fr ? "Pour en savoir plus : \(command)\n" : "For more information: \(command)\n"
    }

    private func counts(errors: Int, warnings: Int) -> String {
        var parts: [String] = []
        switch language {
        case .fr:
            if errors > 0 { parts.append("\(errors) erreur\(errors > 1 ? "s" : "")") }
            if warnings > 0 { parts.append("\(warnings) avertissement\(warnings > 1 ? "s" : "")") }
            return parts.joined(separator: " et ")
        case .en:
            if errors > 0 { parts.append("\(errors) error\(errors > 1 ? "s" : "")") }
            if warnings > 0 { parts.append("\(warnings) warning\(warnings > 1 ? "s" : "")") }
            return parts.joined(separator: " and ")
        }
    }
}
