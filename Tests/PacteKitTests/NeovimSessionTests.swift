import Foundation
import Testing
@testable import PacteCore
@testable import PacteFormat

/// A real client: Neovim's built-in LSP client, headless, drives `pacte lsp`
/// through `Fixtures/lsp/test-init.lua`. `.ci/run` installs Debian's
/// `neovim`; without it the test fails, as a missing tool must not pass
/// for a working server.
@Suite struct NeovimSessionTests {
    static func neovim() -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").map { "\($0)/nvim" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    @Test func neovimSeesDiagnosticsHoverDefinitionAndFormatting() throws {
        let nvim = try #require(Self.neovim(), "Neovim (`nvim`) is not installed: `.ci/run` installs Debian's `neovim` package")
        let directory = try CommandRunner.temporaryDirectory()
        defer { CommandRunner.remove(directory) }
        let example = try String(contentsOf: Golden.root.appendingPathComponent("Examples/lannevez.pacte"), encoding: .utf8)
        // A misspelt role (P0207), and indentation `fmt` puts right.
        let text = example.replacingOccurrences(of: "rôle: habitant", with: "rôle: habitnt")
            .replacingOccurrences(of: "\n  pilote: bocage", with: "\n      pilote: bocage")
        let file = directory.appendingPathComponent("lannevez.pacte")
        try text.write(to: file, atomically: true, encoding: .utf8)
        let output = directory.appendingPathComponent("result.json")
        let result = try CommandRunner.runProgram(
            "/usr/bin/timeout", ["120", nvim, "--headless", "-n", "-i", "NONE", "-u",
                                 Golden.fixtures.appendingPathComponent("lsp/test-init.lua").path],
            environment: ["PACTE_BIN": CommandRunner.executable.path, "PACTE_FILE": file.path, "PACTE_OUT": output.path,
                          "HOME": directory.path, "XDG_CONFIG_HOME": directory.path, "XDG_DATA_HOME": directory.path,
                          "XDG_STATE_HOME": directory.path, "XDG_CACHE_HOME": directory.path],
            in: directory)
        #expect(result.status == 0, "\(result.stderr)")
        let data = try Data(contentsOf: output)
        let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect((json["errors"] as? [Any])?.isEmpty ?? true, "\(json["errors"] ?? "")")

        let lines = text.components(separatedBy: "\n")
        let diagnostics = try #require(json["diagnostics"] as? [[String: Any]])
        let misspelt = try #require(diagnostics.first { $0["code"] as? String == "P0207" })
        #expect(misspelt["line"] as? Int == lines.firstIndex { $0.contains("habitnt") })
        #expect((misspelt["message"] as? String)?.contains("habitnt") == true)

        #expect((json["hover"] as? String)?.contains("signataire `bocage`") == true, "\(json["hover"] ?? "")")
        let definition = try #require(json["definition"] as? [String: Any])
        #expect(definition["line"] as? Int == lines.firstIndex { $0.hasPrefix("signataire bocage") })
        #expect(definition["character"] as? Int == "signataire ".utf16.count)

        guard case .formatted(let expected) = Formatter.format(SourceFile(path: "x", text: text)) else {
            Issue.record("the example does not format"); return
        }
        #expect(json["formatted"] as? String == expected)
    }
}
