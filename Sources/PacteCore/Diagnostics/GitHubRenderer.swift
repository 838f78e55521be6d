/// `pacte check --format github`: GitHub Actions workflow commands, which
/// the runner turns into annotations on the pull request's lines.
public enum GitHubRenderer {
    /// One `::error file=…,line=…::message` line per diagnostic.
    public static func render(_ reports: [FileReport], language: Language) -> String {
        var output = ""
        for report in reports {
            for diagnostic in report.diagnostics {
                let start = report.source.location(of: diagnostic.span.start)
                let end = report.source.location(of: diagnostic.span.end)
                let command: String
                switch diagnostic.severity {
                case .error: command = "error"
                case .warning: command = "warning"
                case .note: command = "notice"
                }
                var message = diagnostic.message.text(in: language)
                if let help = diagnostic.help { message += "\n" + (language == .fr ? "aide : " : "help: ") + help.text(in: language) }
                let properties = [
                    "file=" + escapeProperty(report.source.path),
                    "line=\(start.line)", "col=\(start.column)", "endLine=\(end.line)", "endColumn=\(end.column)",
                    "title=" + escapeProperty("pacte \(diagnostic.code.rawValue)"),
                ]
                output += "::\(command) \(properties.joined(separator: ","))::\(escapeData(message))\n"
            }
        }
        return output
    }

    /// The runner's escaping for a command's message.
    static func escapeData(_ text: String) -> String {
        var escaped = ""
        for character in text {
            switch character {
            case "%": escaped += "%25"
            case "\r": escaped += "%0D"
            case "\n": escaped += "%0A"
            default: escaped.append(character)
            }
        }
        return escaped
    }

    /// The runner's escaping for a property value, which also protects `:` and `,`.
    static func escapeProperty(_ text: String) -> String {
        var escaped = ""
        for character in escapeData(text) {
            switch character {
            case ":": escaped += "%3A"
            case ",": escaped += "%2C"
            default: escaped.append(character)
            }
        }
        return escaped
    }
}
