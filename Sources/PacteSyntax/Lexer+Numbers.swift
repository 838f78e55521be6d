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
            bag.report(
                .unexpectedCharacter, at: Span(start: start, length: 3),
                LocalizedText(fr: "une période s’écrit avec deux points, pas trois", en: "a range is written with two dots, not three"),
                help: LocalizedText(fr: "écrivez `début..fin`, par exemple `2026..2031`", en: "write `start..end`, for instance `2026..2031`"))
        }
        append(.dotDot, Span(from: start, to: position))
    }

    mutating func lexNumber() {
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
