import Foundation

/// Runs the built `pacte` executable, as a user would.
struct CommandResult {
    let status: Int32
    let stdout: String
    let stderr: String
}

enum CommandRunner {
    /// The `pacte` binary beside the test bundle in the build folder.
    static var executable: URL {
        let bundle = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        return bundle.appendingPathComponent("pacte")
    }

    static func run(_ arguments: [String], stdin: Data? = nil, environment: [String: String] = [:], in directory: URL? = nil) throws -> CommandResult {
        try runProgram(executable.path, arguments, stdin: stdin, environment: environment, in: directory)
    }

    /// Runs any program, in the French locale unless `environment` says otherwise.
    static func runProgram(_ path: String, _ arguments: [String], stdin: Data? = nil, environment: [String: String] = [:], in directory: URL? = nil) throws -> CommandResult {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        var env = ProcessInfo.processInfo.environment
        env["LANG"] = "fr_FR.UTF-8"
        env["LC_ALL"] = nil
        env["LC_MESSAGES"] = nil
        for (key, value) in environment { env[key] = value }
        process.environment = env
        if let directory { process.currentDirectoryURL = directory }
        let output = Pipe(), input = Pipe()
        // Standard error goes to a file: reading two pipes one after the
        // other deadlocks when the child fills the second while we wait on the first.
        let errorFile = FileManager.default.temporaryDirectory.appendingPathComponent("pacte-stderr-\(UUID().uuidString)")
        _ = FileManager.default.createFile(atPath: errorFile.path, contents: nil)
        let error = try FileHandle(forWritingTo: errorFile)
        defer { try? FileManager.default.removeItem(at: errorFile) }
        process.standardOutput = output
        process.standardError = error
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(stdin) }
        try input.fileHandleForWriting.close()
        // Read before waiting, so that a large output cannot block the child.
        let out = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        try error.close()
        let err = try Data(contentsOf: errorFile)
        return CommandResult(status: process.terminationStatus,
                             stdout: String(decoding: out, as: UTF8.self),
                             stderr: String(decoding: err, as: UTF8.self))
    }

    /// A fresh temporary folder; the test removes it with ``remove(_:)``
    /// when done, so that runs leave nothing behind in /tmp.
    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("pacte-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Removes a folder made by ``temporaryDirectory()`` and all it holds.
    static func remove(_ directory: URL) {
        try? FileManager.default.removeItem(at: directory)
    }
}
