import Foundation
import Testing

/// The README's `.pre-commit-config.yaml`, run by the real pre-commit
/// framework (installed by `.ci/run` from PyPI) in a fresh repository.
@Suite struct PreCommitTests {
    /// The first `yaml` block of the README's git section, as a user copies it.
    static func readmeSnippet() throws -> String {
        let readme = try String(contentsOf: Golden.root.appendingPathComponent("README.md"), encoding: .utf8)
        let section = try #require(readme.components(separatedBy: "### Dans git : avant chaque commit").last)
        let block = try #require(section.components(separatedBy: "```yaml\n").dropFirst().first)
        return try #require(block.components(separatedBy: "```").first)
    }

    @Test func theReadmeSnippetRefusesABrokenPacteAndAcceptsItFixed() throws {
        let repository = try CommandRunner.temporaryDirectory()
        defer { CommandRunner.remove(repository) }
        let binaries = CommandRunner.executable.deletingLastPathComponent().path
        let environment = [
            "PATH": binaries + ":" + (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"),
            "PRE_COMMIT_HOME": repository.appendingPathComponent(".cache").path,
            "GIT_AUTHOR_NAME": "Test", "GIT_AUTHOR_EMAIL": "test@example.invalid",
            "GIT_COMMITTER_NAME": "Test", "GIT_COMMITTER_EMAIL": "test@example.invalid",
        ]
        func run(_ arguments: [String]) throws -> CommandResult {
            try CommandRunner.runProgram("/usr/bin/env", arguments, environment: environment, in: repository)
        }
        #expect(try run(["git", "init", "-q"]).status == 0)
        try Self.readmeSnippet().write(to: repository.appendingPathComponent(".pre-commit-config.yaml"), atomically: true, encoding: .utf8)
        let good = try String(contentsOf: Golden.root.appendingPathComponent("Examples/lannevez.pacte"), encoding: .utf8)
        let pacte = repository.appendingPathComponent("pacte.pacte")
        try good.replacingOccurrences(of: "siège-jeunesse: nolwenn", with: "siège-jeunesse: herve").write(to: pacte, atomically: true, encoding: .utf8)
        #expect(try run(["git", "add", "."]).status == 0)
        let install = try run(["pre-commit", "install"])
        #expect(install.status == 0, "pre-commit must be installed (bash .ci/run does it): \(install.stderr)")
        let refused = try run(["git", "commit", "-q", "-m", "pacte avec une erreur"])
        #expect(refused.status != 0)
        #expect((refused.stdout + refused.stderr).contains("error[P0320]"))
        try good.write(to: pacte, atomically: true, encoding: .utf8)
        #expect(try run(["git", "add", "."]).status == 0)
        let accepted = try run(["git", "commit", "-q", "-m", "pacte corrigé"])
        #expect(accepted.status == 0, "\(accepted.stdout)\(accepted.stderr)")
    }
}
