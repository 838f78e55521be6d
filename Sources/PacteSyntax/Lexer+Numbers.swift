import PacteCore

/// Numbers, amounts in euros, percentages, fractions, dates, and the `..`
/// of ranges.
extension Lexer {
    /// `..` between the ends of a range; `...` before a digit is the same
    /// range with one dot too many.
    mutating func lexDots() {
        let start = position
        position += 2
        if peek(0) == UInt8(ascii: "."), let next = peek(1), Lexer.isDigit(next) {
            // `2026...2031`: one dot too many, read as the range it means.
            position += 1
            bag.report(LexerMessages.threeDots, at: Span(start: start, length: 3))
        }
        append(.dotDot, Span(from: start, to: position))
    }

    mutating func lexNumber() {
        let start = position
        var problem: LexerMessages.NumberProblem?
        let integer = scanDigits(&problem, groupsAllowed: true)
        // A date: four digits, then `-MM`, then optionally `-DD`.
        if position - start == 4, problem == nil, peek(0) == UInt8(ascii: "-"), let next = peek(1), Lexer.isDigit(next) {
            lexDate(start: start, year: integer)
            return
        }
        var fraction = Digits()
        // Where points stand between groups of three digits (`12.000.000`).
        var points: [Int] = []
        if peek(0) == UInt8(ascii: "."), let next = peek(1), Lexer.isDigit(next) {
            points.append(position)
            position += 1
            fraction = scanDigits(&problem)
            // `12.000.000`: more points, more groups; the value is the thousands hint's.
            while fraction.count == 3, peek(0) == UInt8(ascii: "."), let next = peek(1), Lexer.isDigit(next) {
                points.append(position)
                position += 1
                fraction = scanDigits(&problem)
            }
        } else if peek(0) == UInt8(ascii: ","), let next = peek(1), Lexer.isDigit(next), unit(after: digitsEnd(from: position + 1)) != nil {
            // `1 250,50 €`, `12,5 %`: the decimal comma of French amounts and
            // rates. Only before a unit, since elsewhere a comma separates
            // list items.
            position += 1
            fraction = scanDigits(&problem)
        } else if peek(0) == UInt8(ascii: "/"), let next = peek(1), Lexer.isDigit(next) {
            position += 1
            let denominator = scanDigits(&problem)
            lexFraction(start: start, numerator: integer, denominator: denominator, problem: problem)
            return
        }
        let numberEnd = position
        // A unit may follow, after blanks: `€`, `EUR`, `euros` or `%`.
        var kind = TokenKind.number
        if let (unitKind, unitEnd) = unitToken(after: position) {
            kind = unitKind
            position = unitEnd
        }
        // Letters glued to a number (`12km`, `3x`) make it malformed.
        if kind == .number, continuesName(at: position) {
            scanNameContinuation()
            problem = problem ?? .malformedNumber
        }
        let span = Span(from: start, to: position)
        var value = TokenValue.invalid
        var fixes: [FixIt] = []
        if problem == nil {
            if let number = Lexer.decimal(integer: integer, fraction: fraction) {
                value = .number(number)
                if (kind == .money && number.scale > 2) || points.count > 1 {
                    if !points.isEmpty, fraction.count == 3, integer.count <= 3, integer.value != 0 {
                        // `12.000 €`: thousands separated by a point, as some write them.
                        problem = .pointBetweenThousands
                        fixes = [FixIt(LexerMessages.pointBetweenThousandsFix,
                                       edits: points.map { TextEdit(span: Span(start: $0, length: 1), replacement: " ") })]
                    } else {
                        problem = points.count > 1 ? .malformedNumber : .tooManyCentDigits
                    }
                    value = .invalid
                }
            } else {
                problem = .numberTooLarge
            }
        }
        if let problem {
            bag.report(LexerMessages.invalidNumber(sourceText(Span(from: start, to: kind == .number ? position : numberEnd)), problem),
                       at: Span(from: start, to: kind == .number ? position : numberEnd), fixes: fixes)
        }
        append(kind, span, value)
    }

    /// Reads digits and `_` separators; a separator must sit between two
    /// digits. Where `groupsAllowed`, digits may also be grouped by three
    /// the French way, after a space, a no-break space or a narrow one
    /// (or a thin space, U+2009, its look-alike)
    /// (`12 000`, `1 250 000`): the first group has one to three digits,
    /// every other exactly three.
    private mutating func scanDigits(_ problem: inout LexerMessages.NumberProblem?, groupsAllowed: Bool = false) -> Digits {
        var digits = Digits()
        var previousWasDigit = false
        var groupLength = 0, groups = 1, underscores = false
        while position < bytes.count {
            let byte = bytes[position]
            if Lexer.isDigit(byte) {
                digits.append(byte)
                previousWasDigit = true
                groupLength += 1
            } else if byte == UInt8(ascii: "_") {
                let nextIsDigit = peek(1).map(Lexer.isDigit) ?? false
                if !previousWasDigit || !nextIsDigit {
                    problem = problem ?? .misplacedSeparator
                }
                previousWasDigit = false
                underscores = true
            } else if groupsAllowed, !underscores, previousWasDigit, digits.value != 0,
                      groupLength == 3 || (groups == 1 && groupLength < 3),
                      let width = groupSeparatorWidth(at: position), isGroupOfThree(at: position + width) {
                position += width
                groupLength = 0
                groups += 1
                continue
            } else {
                break
            }
            position += 1
        }
        return digits
    }

    /// The length of the group separator at `offset` (a space, U+00A0 or
    /// U+202F), or nil if there is none.
    private func groupSeparatorWidth(at offset: Int) -> Int? {
        guard offset < bytes.count else { return nil }
        if bytes[offset] == UInt8(ascii: " ") { return 1 }
        if bytes[offset...].starts(with: Lexer.noBreakSpace) { return 2 }
        if bytes[offset...].starts(with: Lexer.narrowNoBreakSpace) || bytes[offset...].starts(with: Lexer.thinSpace) { return 3 }
        return nil
    }

    /// Whether exactly three digits start at `offset`, with no digit or `_` after them.
    private func isGroupOfThree(at offset: Int) -> Bool {
        guard offset + 3 <= bytes.count, bytes[offset..<(offset + 3)].allSatisfy(Lexer.isDigit) else { return false }
        guard offset + 3 < bytes.count else { return true }
        let after = bytes[offset + 3]
        return !Lexer.isDigit(after) && after != UInt8(ascii: "_")
    }

    /// Where the digits (and `_`) starting at `offset` end.
    private func digitsEnd(from offset: Int) -> Int {
        var end = offset
        while end < bytes.count, Lexer.isDigit(bytes[end]) || bytes[end] == UInt8(ascii: "_") { end += 1 }
        return end
    }

    private func unit(after offset: Int) -> TokenKind? { unitToken(after: offset)?.kind }

    /// The unit after a number ending at `offset`, past blanks (spaces,
    /// tabs and no-break spaces): `€`, `EUR`, `euro` or `euros` in any
    /// case make an amount, `%` a percentage; with where the unit ends.
    private func unitToken(after offset: Int) -> (kind: TokenKind, end: Int)? {
        var start = offset
        while start < bytes.count {
            if Lexer.isBlank(bytes[start]) { start += 1 } else if let width = groupSeparatorWidth(at: start) { start += width } else { break }
        }
        guard start < bytes.count else { return nil }
        if bytes[start...].starts(with: Lexer.euroSign) { return (.money, start + 3) }
        if bytes[start] == UInt8(ascii: "%") { return (.percent, start + 1) }
        for word in Lexer.currencyWords {
            let end = start + word.count
            guard end <= bytes.count, !continuesName(at: end),
                  zip(bytes[start..<end], word).allSatisfy({ $0 | 0x20 == $1 | 0x20 }) else { continue }
            // `EUR` as the code is written; `euro` and `euros` in any case.
            if word.count == 3, !bytes[start..<end].elementsEqual(Lexer.euroCode) { continue }
            return (.money, end)
        }
        return nil
    }

    private static let euroSign: [UInt8] = [0xE2, 0x82, 0xAC]
    /// The units an amount or a percentage may end with, as written:
    /// `€`, `%`, and the currency in words, longest first so that `euros`
    /// is not read as `euro`. `fmt` strips them to write `€` or `%`.
    package static let unitSpellings = ["€", "%", "euros", "euro", "EUR"]
    private static let euroCode: [UInt8] = Array("EUR".utf8)
    /// The currency as a word, longest first so that `euros` is not read as `euro`.
    private static let currencyWords: [[UInt8]] = unitSpellings.filter { $0.first?.isLetter == true }.map { Array($0.utf8) }
    private static let noBreakSpace: [UInt8] = [0xC2, 0xA0]
    private static let narrowNoBreakSpace: [UInt8] = [0xE2, 0x80, 0xAF]
    /// U+2009, which some editors put where U+202F belongs.
    private static let thinSpace: [UInt8] = [0xE2, 0x80, 0x89]

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

    private mutating func lexFraction(start: Int, numerator: Digits, denominator: Digits, problem: LexerMessages.NumberProblem?) {
        var problem = problem
        // `14/03/2026`: a date written the French way.
        if peek(0) == UInt8(ascii: "/"), let next = peek(1), Lexer.isDigit(next) {
            position += 1
            while let byte = peek(0), Lexer.isDigit(byte) { position += 1 }
            let span = Span(from: start, to: position)
            bag.report(LexerMessages.slashedDate(sourceText(span)), at: span)
            append(.date, span, .invalid)
            return
        }
        if continuesName(at: position) {
            scanNameContinuation()
            problem = problem ?? .malformedFraction
        }
        let span = Span(from: start, to: position)
        var value = TokenValue.invalid
        if problem == nil {
            if numerator.count > 9 || denominator.count > 9 {
                problem = .fractionTooLarge
            } else if let top = numerator.value, let bottom = denominator.value {
                if bottom == 0 {
                    problem = .zeroDenominator
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
            bag.report(LexerMessages.malformedDate(sourceText(span), looksLikeYearRange: looksLikeYearRange), at: span)
            append(.date, span, .invalid)
        } else if !date.isValid {
            // The month at fault, or the day past the month's length.
            let monthExists = month.map { (1...12).contains($0) } ?? true
            let days = monthExists ? CalendarDate.daysIn(month: month ?? 1, year: yearValue) : nil
            bag.report(LexerMessages.invalidDate(sourceText(span), month: month, days: days), at: span)
            append(.date, span, .invalid)
        } else {
            append(.date, span, .date(date))
        }
    }

    private mutating func reportMalformedNumber(_ span: Span, _ problem: LexerMessages.NumberProblem) {
        bag.report(LexerMessages.invalidNumber(sourceText(span), problem), at: span)
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
