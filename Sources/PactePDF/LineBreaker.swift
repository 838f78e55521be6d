import PacteCore
import PacteDocument

/// Greedy line breaking with the fonts' real widths and kerning. A line
/// breaks at a space (never at the no-break spaces French typography puts
/// before `:` or inside `24 000 €`). A word that does not fit goes whole
/// to the next line — a compound such as « co-construction » included,
/// which is never split at its hyphen while it fits a line. Justified
/// French text is hyphenated by Liang's patterns where the line would
/// otherwise gape, and at a compound's hyphen when both parts have three
/// letters or more; a word longer than the whole line is broken at such a
/// place if it has one, else cut where it overflows, so that no text ever
/// runs past its column.
enum LineBreaker {
    /// Hyphenate where breaking at the last space would stretch each space of the line by more than this, in thousandths of an em.
    static let stretchBeforeHyphenating = 160

    /// The lines of `text` at `size` points in a column `width` points
    /// wide; with `hyphenator`, justified text's words may be broken by its
    /// rules, and with `lastResort` only a word longer than the line.
    static func lines(_ text: StyledText, size: Double, width: Double, hyphenator: Hyphenator? = nil,
                      lastResort: Hyphenator? = nil) -> [TextLine] {
        let glyphs = text.glyphs, kerns = text.kerns, fonts = text.fonts
        let count = glyphs.count
        // Measure in the fonts' own unit (thousandths of an em) so sums are exact.
        let limit = size > 0 ? Int((width * 1000 / size).rounded(.down)) : Int.max
        func scale(_ units: Int) -> Double { Double(units) * size / 1000 }
        func spaces(_ start: Int, _ end: Int) -> Int {
            var total = 0
            for index in start..<end where glyphs[index].kind == .space { total += 1 }
            return total
        }

        var lines: [TextLine] = []
        var index = 0
        // Where the word broken at the end of the line before ends.
        var continuation: Int?
        // Units from a line's start to each glyph's end, for the places inside a word.
        var reach: [Int] = []
        while true {
            while index < count && glyphs[index].kind == .space { index += 1 }
            guard index < count else { break }
            let start = index
            defer {
                // Broken by French rules or after a compound's own hyphen: either way the next line ends the word.
                if let end = continuation, lines.count >= 2, lines[lines.count - 2].brokenWord != nil, lines[lines.count - 1].start == start {
                    lines[lines.count - 1].brokenWordEnd = min(end, lines[lines.count - 1].end)
                    continuation = nil
                }
            }
            var units = 0
            reach.removeAll(keepingCapacity: true)
            // The last space the line may end at: where it ends, where the next starts, its width there.
            var breakEnd = -1, breakNext = -1, breakUnits = 0
            var cursor = start
            var overflow = false
            while cursor < count {
                let glyph = glyphs[cursor]
                let added = Int(glyph.advance) + (cursor > start ? Int(kerns[cursor - 1]) : 0)
                if glyph.kind == .space {
                    if glyphs[cursor - 1].kind != .space { breakEnd = cursor; breakUnits = units }
                    breakNext = cursor + 1
                } else if units + added > limit && cursor > start {
                    overflow = true
                    break
                }
                units += added
                reach.append(units)
                cursor += 1
            }
            if !overflow {
                var end = count
                while end > start && glyphs[end - 1].kind == .space { end -= 1 }
                lines.append(TextLine(start: start, end: end, width: scale(end > start ? reach[end - 1 - start] : 0),
                                      spaces: spaces(start, end), isLast: true))
                break
            }
            // The word that overflows, and the places inside it where it may break.
            let wordStart = breakNext > start ? breakNext : start
            var wordEnd = cursor
            while wordEnd < count && glyphs[wordEnd].kind != .space { wordEnd += 1 }
            let hasSpaceBreak = breakEnd > start
            let gapes: Bool = {
                guard hasSpaceBreak, hyphenator != nil else { return false }
                return (limit - breakUnits) > stretchBeforeHyphenating * max(spaces(start, breakEnd), 1)
            }()
            if !hasSpaceBreak || gapes {
                let places = breakPlaces(glyphs, from: wordStart, to: wordEnd, hyphenator: hasSpaceBreak ? hyphenator : hyphenator ?? lastResort)
                // The furthest place (break before glyph `place`) whose line still fits, the added hyphen included.
                var chosen: (place: Int, units: Int, hyphen: Bool)?
                for (place, addsHyphen) in places.points.reversed() where place > start && place <= cursor {
                    let hyphenUnits = addsHyphen ? Int(fonts[place - 1].face.width(fonts[place - 1].face.hyphen)) : 0
                    let lineUnits = reach[place - 1 - start] + hyphenUnits
                    if lineUnits <= limit {
                        chosen = (place, lineUnits, addsHyphen)
                        break
                    }
                }
                if let chosen {
                    var line = TextLine(start: start, end: chosen.place, width: scale(chosen.units), spaces: spaces(start, chosen.place),
                                        isLast: false, hyphenated: chosen.hyphen)
                    if let word = places.word {
                        var text = ""
                        text.unicodeScalars.append(contentsOf: glyphs[word].compactMap { Unicode.Scalar($0.scalar) })
                        line.brokenWord = (max(word.lowerBound, start), text)
                        continuation = word.upperBound
                    }
                    lines.append(line)
                    index = chosen.place
                    continue
                }
            }
            if hasSpaceBreak {
                lines.append(TextLine(start: start, end: breakEnd, width: scale(breakUnits), spaces: spaces(start, breakEnd), isLast: false))
                index = breakNext
            } else {
                // A word longer than the line, with no place to break: cut it at the overflow.
                lines.append(TextLine(start: start, end: cursor, width: scale(units), spaces: spaces(start, cursor), isLast: false))
                index = cursor
            }
        }
        return lines
    }

    /// The places a word (`glyphs[start..<end]`, no space inside) may be
    /// broken before, in order, and whether a hyphen is added there: after
    /// a compound's hyphen with three letters or more on each side, and, with
    /// `hyphenator`, Liang's places in a word of lower-case letters (not a
    /// name, nor a word with figures or its own hyphen).
    static func breakPlaces(_ glyphs: [Glyph], from start: Int, to end: Int, hyphenator: Hyphenator?)
        -> (points: [(Int, Bool)], word: Range<Int>?) {
        var places: [(Int, Bool)] = []
        var lettersBefore = 0
        var hasHyphen = false
        for index in start..<end {
            let glyph = glyphs[index]
            if glyph.kind == .hyphen, index > start, index + 1 < end, glyphs[index - 1].kind == .letter, glyphs[index + 1].kind == .letter {
                hasHyphen = true
                var lettersAfter = 0
                var next = index + 1
                while next < end && glyphs[next].kind == .letter { lettersAfter += 1; next += 1 }
                if lettersBefore >= 3 && lettersAfter >= 3 { places.append((index + 1, false)) }
                lettersBefore = 0
            } else if glyph.kind == .letter {
                lettersBefore += 1
            }
        }
        // What reads as one word: from the first letter to the next space,
        // punctuation after it included (« pétrole. »), if every character is
        // one scalar; within it, the word proper: letters and apostrophes.
        var first = start
        while first < end && !glyphs[first].isWordLetter { first += 1 }
        let token: Range<Int>? = first < end && glyphs[first..<end].allSatisfy({ $0.scalar != 0 }) ? first..<end : nil
        guard let hyphenator, !hasHyphen else { return (places, places.isEmpty ? nil : token) }
        var last = first
        while last < end && glyphs[last].isWordLetter { last += 1 }
        guard last - first >= hyphenator.leftMin + hyphenator.rightMin, token != nil else { return (places, nil) }
        // Figures or letters after the word proper, a capital: left alone.
        if glyphs[last..<end].contains(where: { $0.kind == .letter }) { return (places, nil) }
        let initial = glyphs[first].scalar
        if (0x41...0x5A).contains(initial) || (0xC0...0xDE).contains(initial) { return (places, nil) }
        if initial > 0xFF, let scalar = Unicode.Scalar(initial), scalar.properties.isUppercase { return (places, nil) }
        return (hyphenator.points(glyphs[first..<last].map(\.scalar)).map { (first + $0, true) }, token)
    }
}

extension LineBreaker {
    /// The width of the widest piece of `text` that no line break may
    /// split: a word, a compound with its hyphens, figures held by no-break
    /// spaces. What a table column needs at least.
    static func longestWord(_ text: StyledText, size: Double) -> Double {
        let glyphs = text.glyphs, kerns = text.kerns
        var longest = 0, current = 0
        for index in glyphs.indices {
            if glyphs[index].kind == .space {
                current = 0
                continue
            }
            current += Int(glyphs[index].advance) + (current > 0 && index > 0 ? Int(kerns[index - 1]) : 0)
            longest = max(longest, current)
        }
        return Double(longest) * size / 1000
    }

    /// The width of `text` on one line, unbroken: what a table column would take at most.
    static func naturalWidth(_ text: StyledText, size: Double) -> Double {
        var units = 0
        for index in text.glyphs.indices {
            units += Int(text.glyphs[index].advance) + (index + 1 < text.glyphs.count ? Int(text.kerns[index]) : 0)
        }
        return Double(units) * size / 1000
    }
}
