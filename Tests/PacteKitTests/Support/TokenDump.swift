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

/// The lexer's snapshot format: one token a line with its range and value.
enum TokenDump {
    static func render(_ source: SourceFile) -> String {
        let (tokens, bag) = Lexer.tokenize(source)
        var output = ""
        for token in tokens {
            let start = source.location(of: token.span.start)
            let end = source.location(of: token.span.end)
            var line = "\(start.line):\(start.column)-\(end.line):\(end.column) \(token.kind.rawValue)"
            switch token.value {
            case .none: break
            case .text(let text): line += " " + JSONValue.string(text).rendered(pretty: false)
            case .number(let number): line += " " + number.description
            case .fraction(let numerator, let denominator): line += " \(numerator)/\(denominator)"
            case .date(let date): line += " " + date.description
            case .invalid: line += " <invalid>"
            }
            output += line + "\n"
        }
        for diagnostic in bag.diagnostics {
            let location = source.location(of: diagnostic.span.start)
            output += "\(diagnostic.code.rawValue) \(location.line):\(location.column) \(diagnostic.message.fr)\n"
        }
        return output
    }
}
