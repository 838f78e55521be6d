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
            problem = problem ?? .malformedNumber
        }
        let span = Span(from: start, to: position)
        var value = TokenValue.invalid
        if problem == nil {
            if let number = Lexer.decimal(integer: integer, fraction: fraction) {
                value = .number(number)
                if kind == .money, number.scale > 2 {
                    problem = .tooManyCentDigits
                    value = .invalid
                }
            } else {
                problem = .numberTooLarge
            }
        }
        if let problem {
            reportMalformedNumber(Span(from: start, to: kind == .number ? position : numberEnd), problem)
        }
        append(kind, span, value)
    }

    /// Reads digits and `_` separators; a separator must sit between two digits.
    private mutating func scanDigits(_ problem: inout LexerMessages.NumberProblem?) -> Digits {
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
                    problem = problem ?? .misplacedSeparator
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
