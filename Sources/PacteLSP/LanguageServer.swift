import PacteCore

/// The language server of DESIGN §7, without its transport: frames in,
/// message bodies out. ``StandardIOServer`` wires it to stdin and stdout;
/// tests and the benchmark drive it directly.
///
/// One thread does everything, in the order messages arrive. What makes it
/// responsive is doing little: a document is compiled once per version and
/// only when something asks (its diagnostics after a change, a request),
/// consecutive changes to one document are published once, and a request
/// the client cancelled before it was read is answered `RequestCancelled`
/// without being run.
package final class LanguageServer {
    package enum State {
        /// Before `initialize`: only `initialize` and `exit` are answered.
        case uninitialized
        /// Between `initialize` and `shutdown`.
        case running
        /// After `shutdown`: only `exit` is left.
        case shutDown
    }

    package private(set) var state = State.uninitialized
    /// The unit of columns, negotiated at `initialize`.
    package private(set) var unit = ColumnUnit.utf16
    /// The language of messages, from the client's `locale`.
    package private(set) var language = Language.fr
    package private(set) var documents = DocumentStore()
    /// Set by `exit`: 0 after `shutdown`, 1 without.
    package private(set) var exitCode: Int32?
    /// The server's version, reported in `serverInfo`.
    let version: String
    private var outgoing: [JSONValue] = []

    package init(version: String) {
        self.version = version
    }

    /// The exit code when the client closes the input without `exit`.
    package var exitCodeAtEndOfInput: Int32 { state == .shutDown ? 0 : 1 }

    // MARK: - Messages

    /// One message as read, before it is handled.
    private enum Incoming {
        case request(id: JSONValue, method: String, params: JSONValue?)
        case notification(method: String, params: JSONValue?)
        /// A response to a request of ours; the server sends none that
        /// need an answer, so it is dropped.
        case response
        case invalid(id: JSONValue, ResponseError)

        var changedURI: String? {
            guard case .notification("textDocument/didChange", let params) = self else { return nil }
            return params?["textDocument"]?["uri"]?.string
        }
    }

    /// Handles frames read together and returns the bodies to write, in
    /// order. A `$/cancelRequest` among them cancels an earlier request of
    /// the same batch, which is then answered `RequestCancelled` unrun.
    package func handle(_ frames: [Frame]) -> [[UInt8]] {
        let incoming = frames.map(LanguageServer.classify)
        var cancelled = Set<Int>()
        for (position, message) in incoming.enumerated() {
            guard case .notification("$/cancelRequest", let params) = message, let id = params?["id"] else { continue }
            if let target = incoming[..<position].lastIndex(where: { if case .request(id, _, _) = $0 { true } else { false } }) {
                cancelled.insert(target)
            }
        }
        for (position, message) in incoming.enumerated() {
            guard exitCode == nil else { break }
            switch message {
            case .request(let id, let method, let params):
                if cancelled.contains(position) {
                    respond(id, error: .requestCancelled)
                    continue
                }
                do throws(ResponseError) {
                    respond(id, result: try request(method, params))
                } catch {
                    respond(id, error: error)
                }
            case .notification(let method, let params):
                let published = notification(method, params)
                // A change followed at once by another to the same
                // document is published with the last one only.
                if let uri = published,
                   !(message.changedURI == uri && position + 1 < incoming.count && incoming[position + 1].changedURI == uri) {
                    publishDiagnostics(uri)
                }
            case .response:
                continue
            case .invalid(let id, let error):
                respond(id, error: error)
            }
        }
        defer { outgoing.removeAll() }
        return outgoing.map { Array($0.rendered(pretty: false).utf8) }
    }

    private static func classify(_ frame: Frame) -> Incoming {
        let body: [UInt8]
        switch frame {
        case .malformed(let reason): return .invalid(id: .null, .parseError(reason))
        case .body(let bytes): body = bytes
        }
        let message: JSONValue
        do throws(JSONParseError) {
            message = try JSONParser.parse(body)
        } catch {
            return .invalid(id: .null, .parseError("\(error.reason) at byte \(error.offset)"))
        }
        guard message.isObject else { return .invalid(id: .null, .invalidRequest("a message is a JSON object")) }
        let id = message["id"]
        if let id {
            switch id {
            case .number, .string: break
            default: return .invalid(id: .null, .invalidRequest("`id` must be a number or a string"))
            }
        }
        guard message["jsonrpc"]?.string == "2.0" else {
            return .invalid(id: id ?? .null, .invalidRequest("`jsonrpc` must be \"2.0\""))
        }
        guard let methodValue = message["method"] else {
            if id != nil, message["result"] != nil || message["error"] != nil { return .response }
            return .invalid(id: id ?? .null, .invalidRequest("no `method`"))
        }
        guard let method = methodValue.string else { return .invalid(id: id ?? .null, .invalidRequest("`method` must be a string")) }
        let params = message["params"]
        if let params {
            switch params {
            case .object, .array, .null: break
            default: return .invalid(id: id ?? .null, .invalidParams("`params` must be an object or an array"))
            }
        }
        if let id { return .request(id: id, method: method, params: params) }
        return .notification(method: method, params: params)
    }

    private func respond(_ id: JSONValue, result: JSONValue) {
        outgoing.append(.object([("jsonrpc", .string("2.0")), ("id", id), ("result", result)]))
    }

    private func respond(_ id: JSONValue, error: ResponseError) {
        outgoing.append(.object([("jsonrpc", .string("2.0")), ("id", id), ("error", error.json)]))
    }

    /// Sends a notification to the client.
    func notify(_ method: String, _ params: JSONValue) {
        outgoing.append(.object([("jsonrpc", .string("2.0")), ("method", .string(method)), ("params", params)]))
    }

    /// A line in the editor's log (`window/logMessage`), never on stdout
    /// as plain text, which would break the protocol.
    func log(_ message: String, type: Int = 3) {
        notify("window/logMessage", .object([("type", .int(type)), ("message", .string(message))]))
    }

    // MARK: - Dispatch

    private func request(_ method: String, _ params: JSONValue?) throws(ResponseError) -> JSONValue {
        switch state {
        case .uninitialized:
            guard method == "initialize" else { throw .serverNotInitialized }
            return initialize(params)
        case .shutDown:
            throw .invalidRequest("the server is shut down: only `exit` is left")
        case .running:
            break
        }
        switch method {
        case "initialize": throw .invalidRequest("`initialize` was already received")
        case "shutdown":
            state = .shutDown
            return .null
        case "textDocument/completion": return try completion(params)
        case "textDocument/hover": return try hover(params)
        case "textDocument/definition": return try definition(params)
        case "textDocument/references": return try references(params)
        case "textDocument/prepareRename": return try prepareRename(params)
        case "textDocument/rename": return try rename(params)
        case "textDocument/formatting": return try formatting(params)
        case "textDocument/documentSymbol": return try documentSymbols(params)
        case "textDocument/foldingRange": return try foldingRanges(params)
        case "textDocument/codeAction": return try codeActions(params)
        case "textDocument/semanticTokens/full": return try semanticTokens(params)
        default: throw .methodNotFound(method)
        }
    }

    /// Handles a notification; returns the URI of a document whose
    /// diagnostics are now due.
    private func notification(_ method: String, _ params: JSONValue?) -> String? {
        if method == "exit" {
            exitCode = state == .shutDown ? 0 : 1
            return nil
        }
        // Before `initialize` and after `shutdown`, notifications are dropped.
        guard state == .running else { return nil }
        do throws(ResponseError) {
            switch method {
            case "textDocument/didOpen": return try didOpen(params)
            case "textDocument/didChange": return try didChange(params)
            case "textDocument/didClose": try didClose(params); return nil
            case "textDocument/didSave": return nil
            default: return nil
            }
        } catch {
            log("\(method): \(error.message)", type: 1)
            return nil
        }
    }

    // MARK: - Lifecycle

    private func initialize(_ params: JSONValue?) -> JSONValue {
        let offered = params?["capabilities"]?["general"]?["positionEncodings"]?.array?.compactMap(\.string) ?? []
        unit = offered.contains("utf-8") ? .utf8 : .utf16
        if let locale = params?["locale"]?.string?.lowercased() {
            language = locale.hasPrefix("en") ? .en : .fr
        }
        state = .running
        return .object([
            ("capabilities", ServerCapabilities.json(encoding: unit == .utf8 ? "utf-8" : "utf-16")),
            ("serverInfo", .object([("name", .string("pacte")), ("version", .string(version))])),
        ])
    }

    // MARK: - Documents

    /// The `textDocument.uri` of a request's parameters.
    func uri(_ params: JSONValue?) throws(ResponseError) -> String {
        guard let uri = params?["textDocument"]?["uri"]?.string else { throw .invalidParams("missing `textDocument.uri`") }
        return uri
    }

    /// The open document a request is about; nil when it is not open,
    /// which the request answers with nothing rather than an error.
    func document(_ params: JSONValue?) throws(ResponseError) -> Document? {
        documents[try uri(params)]
    }

    private func didOpen(_ params: JSONValue?) throws(ResponseError) -> String? {
        let item = params?["textDocument"]
        guard let uri = item?["uri"]?.string, let text = item?["text"]?.string else {
            throw .invalidParams("`didOpen` needs `textDocument.uri` and `textDocument.text`")
        }
        documents.open(Document(uri: uri, text: text, version: item?["version"]?.int))
        return uri
    }

    private func didChange(_ params: JSONValue?) throws(ResponseError) -> String? {
        let uri = try uri(params)
        guard let changes = params?["contentChanges"]?.array else { throw .invalidParams("`didChange` needs `contentChanges`") }
        // A change to a document that is not open is nothing to work on.
        guard let document = documents[uri] else { return nil }
        try document.apply(changes, version: params?["textDocument"]?["version"]?.int, unit: unit)
        return uri
    }

    private func didClose(_ params: JSONValue?) throws(ResponseError) {
        let uri = try uri(params)
        guard documents.close(uri) != nil else { return }
        // Its problems leave the editor with it.
        notify("textDocument/publishDiagnostics", .object([("uri", .string(uri)), ("diagnostics", .array([]))]))
    }
}
