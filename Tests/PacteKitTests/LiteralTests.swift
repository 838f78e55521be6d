import Foundation
import Testing
@testable import PacteCore
@testable import PacteSyntax
@testable import PacteSchema
@testable import PacteSemantics
@testable import PacteDriver
@testable import PacteDocument
@testable import PacteJSON
@testable import PacteHTML
@testable import PacteMarkdown
@testable import PactePDF
@testable import PacteFormat
@testable import PacteDiff
@testable import PacteKit

@Suite struct LiteralTests {
    @Test func decimalSpelling() {
        #expect(DecimalNumber(significand: 2400000, scale: 2).description == "24000")
        #expect(DecimalNumber(significand: 999950, scale: 2).description == "9999.5")
        #expect(DecimalNumber(significand: 5, scale: 2).description == "0.05")
        #expect(DecimalNumber(significand: 0, scale: 2).description == "0")
        #expect(DecimalNumber(significand: 35, scale: 1).rescaled(to: 2) == 350)
        #expect(DecimalNumber(significand: 12555, scale: 3).rescaled(to: 2) == nil)
    }

    @Test func datesAreValidated() {
        #expect(CalendarDate(year: 2028, month: 2, day: 29).isValid)
        #expect(!CalendarDate(year: 2026, month: 2, day: 29).isValid)
        #expect(!CalendarDate(year: 2026, month: 13).isValid)
        #expect(CalendarDate(year: 2000, month: 2, day: 29).isValid)
        #expect(!CalendarDate(year: 1900, month: 2, day: 29).isValid)
        #expect(CalendarDate(year: 2026, month: 2).lastDay == CalendarDate(year: 2026, month: 2, day: 28))
        #expect(CalendarDate(year: 2026).lastDay == CalendarDate(year: 2026, month: 12, day: 31))
        #expect(CalendarDate(year: 2026, month: 9).description == "2026-09")
    }
}
