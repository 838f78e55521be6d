import Foundation
@testable import PacteCore
@testable import PacteLSP

/// A scripted session with the real `pacte lsp`: messages in, messages out.
///
/// The input is written to a file that becomes the server's standard
/// input, so that the server reads it whole before answering: the run is
/// the same every time, however the machine schedules it.
struct LSPTranscript {
    /// The messages sent, as JSON values.
    private(set) var sent: [JSONValue] = []
    /// Raw bytes appended after the messages (for malformed input).
    private var raw: [UInt8] = []
    private var nextID = 1

    /// A request; returns its id.
    @discardableResult
    mutating func request(_ method: String, _ params: JSONValue) -> Int {
        let id = nextID
        nextID += 1
        send(.object([("jsonrpc", .string("2.0")), ("id", .int(id)), ("method", .string(method)), ("params", params)]))
        return id
    }

    mutating func notify(_ method: String, _ params: JSONValue) {
        send(.object([("jsonrpc", .string("2.0")), ("method", .string(method)), ("params", params)]))
    }

    mutating func send(_ message: JSONValue) {
        sent.append(message)
        raw += MessageReader.frame(Array(message.rendered(pretty: false).utf8))
    }

    /// Bytes as they are, framed or not.
    mutating func sendRaw(_ bytes: [UInt8]) {
        raw += bytes
    }

    /// `initialize` offering the given encodings, then `initialized`.
    mutating func initialize(encodings: [String]? = nil, locale: String = "fr") {
        var general: [(String, JSONValue)] = []
        if let encodings { general.append(("positionEncodings", .array(encodings.map(JSONValue.string)))) }
        request("initialize", .object([
            ("processId", .null),
            ("locale", .string(locale)),
            ("capabilities", .object([("general", .object(general))])),
        ]))
        notify("initialized", .object([]))
    }

    mutating func open(_ uri: String, _ text: String, version: Int = 1) {
        notify("textDocument/didOpen", .object([("textDocument", .object([
            ("uri", .string(uri)), ("languageId", .string("pacte")), ("version", .int(version)), ("text", .string(text)),
        ]))]))
    }

    /// `{textDocument: {uri}, position: {line, character}}` plus `extra`.
    static func at(_ uri: String, _ line: Int, _ character: Int, _ extra: [(String, JSONValue)] = []) -> JSONValue {
        .object([("textDocument", .object([("uri", .string(uri))])), ("position", position(line, character))] + extra)
    }

    static func position(_ line: Int, _ character: Int) -> JSONValue {
        .object([("line", .int(line)), ("character", .int(character))])
    }

    static func range(_ startLine: Int, _ startCharacter: Int, _ endLine: Int, _ endCharacter: Int) -> JSONValue {
        .object([("start", position(startLine, startCharacter)), ("end", position(endLine, endCharacter))])
    }

    static func document(_ uri: String, _ extra: [(String, JSONValue)] = []) -> JSONValue {
        .object([("textDocument", .object([("uri", .string(uri))]))] + extra)
    }

    mutating func shutdownAndExit() {
        request("shutdown", .null)
        notify("exit", .null)
    }

    /// What the server answered.
    struct Result {
        let status: Int32
        let stderr: String
        /// The bodies written, each parsed.
        let messages: [JSONValue]
        /// The bytes of standard output, to check that they hold frames only.
        let stdout: [UInt8]

        /// The response to the request of that id.
        func response(_ id: Int) -> JSONValue? {
            messages.first { $0["id"] == .int(id) }
        }

        /// The notifications of that method, in order.
        func notifications(_ method: String) -> [JSONValue] {
            messages.filter { $0["method"]?.string == method && $0["id"] == nil }
        }
    }

    /// Runs `pacte lsp` on the messages.
    func run() throws -> Result {
        let directory = try CommandRunner.temporaryDirectory()
        defer { CommandRunner.remove(directory) }
        let input = directory.appendingPathComponent("input")
        try Data(raw).write(to: input)
        let process = Process()
        process.executableURL = CommandRunner.executable
        process.arguments = ["lsp"]
        process.standardInput = try FileHandle(forReadingFrom: input)
        let output = Pipe()
        let errorFile = directory.appendingPathComponent("stderr")
        _ = FileManager.default.createFile(atPath: errorFile.path, contents: nil)
        process.standardOutput = output
        process.standardError = try FileHandle(forWritingTo: errorFile)
        try process.run()
        let stdout = Array(output.fileHandleForReading.readDataToEndOfFile())
        process.waitUntilExit()
        var reader = MessageReader()
        reader.append(stdout)
        let messages = try reader.takeFrames().map { frame -> JSONValue in
            guard case .body(let body) = frame else { throw TranscriptError.notAFrame }
            return try JSONParser.parse(body)
        }
        return Result(status: process.terminationStatus, stderr: try String(contentsOf: errorFile, encoding: .utf8),
                      messages: messages, stdout: stdout)
    }

    /// The session as text: each message sent (`>>`) then everything the
    /// server wrote (`<<`), one JSON per line, for a golden file.
    func transcript(of result: Result) -> String {
        var lines = sent.map { ">> " + $0.rendered(pretty: false) }
        lines += result.messages.map { "<< " + $0.rendered(pretty: false) }
        lines.append("exit \(result.status)")
        return lines.joined(separator: "\n") + "\n"
    }

    enum TranscriptError: Error { case notAFrame }
}
