#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif
import PacteKit

let STDOUT = STDOUT_FILENO
let STDERR = STDERR_FILENO

/// The entry point: picks the subcommand, maps failures to exit codes.
@main
struct PacteCommand {
    static func main() {
        let arguments = Array(CommandLine.arguments.dropFirst())
        exit(run(arguments))
    }

    static func run(_ arguments: [String]) -> Int32 {
        let language = languageHint(arguments)
        guard let command = arguments.first else {
            Terminal.err(Messages.usage(language))
            return 2
        }
        let rest = Array(arguments.dropFirst())
        if rest.contains("--help") || rest.contains("-h") {
            Terminal.out(Messages.usage(language))
            return 0
        }
        do throws(UsageError) {
            switch command {
            case "check": return try CheckCommand.run(rest)
            case "build": return try BuildCommand.run(rest)
            case "dump": return try DumpCommand.run(rest)
            case "explain": return try ExplainCommand.run(rest)
            case "fmt": return try FormatCommand.run(rest)
            case "init": return try InitCommand.run(rest)
            case "diff": return try DiffCommand.run(rest)
            case "hook": return try HookCommand.run(rest)
            case "lsp": return try LSPCommand.run(rest)
            case "--help", "-h", "help":
                Terminal.out(Messages.usage(language))
                return 0
            case "--version", "-V", "version":
                Terminal.out("pacte \(Messages.version)\n")
                return 0
            default:
                throw UsageError.unknown(command, among: commands, fr: "commande inconnue", en: "unknown command")
            }
        } catch {
            Terminal.err(Messages.usageError(error, language))
            return 2
        }
    }

    /// The subcommands, for did-you-mean.
    static let commands = ["check", "build", "fmt", "init", "diff", "explain", "hook", "lsp", "dump", "help", "version"]

    /// The language for usage errors, read before the arguments are parsed.
    private static func languageHint(_ arguments: [String]) -> Language {
        if let index = arguments.firstIndex(of: "--lang"), index + 1 < arguments.count, let language = Language(rawValue: arguments[index + 1]) {
            return language
        }
        if let inline = arguments.first(where: { $0.hasPrefix("--lang=") }), let language = Language(rawValue: String(inline.dropFirst(7))) {
            return language
        }
        return Terminal.defaultLanguage()
    }
}
