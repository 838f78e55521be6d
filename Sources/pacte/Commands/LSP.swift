import PacteKit
import PacteLSP

/// `pacte lsp [--stdio]`: the language server on standard input and
/// output (DESIGN §7). `--stdio` is accepted because many clients add it.
enum LSPCommand {
    static func run(_ arguments: [String]) throws(UsageError) -> Int32 {
        _ = try Arguments(arguments, valued: [], flags: ["--stdio"])
        return StandardIOServer.run(version: Messages.version)
    }
}
