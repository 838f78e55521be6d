import PacteCore

/// A JSON-RPC error answered to a request: a code from the specification
/// and a message.
package struct ResponseError: Error, Sendable {
    /// The numeric code, such as -32601.
    package var code: Int
    /// What went wrong, for the person reading the editor's log.
    package var message: String

    package init(_ code: Int, _ message: String) {
        self.code = code
        self.message = message
    }

    /// The body was not JSON.
    package static func parseError(_ detail: String) -> ResponseError { ResponseError(-32700, "parse error: \(detail)") }
    /// The JSON was not a JSON-RPC request or notification.
    package static func invalidRequest(_ detail: String) -> ResponseError { ResponseError(-32600, "invalid request: \(detail)") }
    /// No such method.
    package static func methodNotFound(_ method: String) -> ResponseError { ResponseError(-32601, "method not found: \(method)") }
    /// The parameters lack something the method needs, or have the wrong shape.
    package static func invalidParams(_ detail: String) -> ResponseError { ResponseError(-32602, "invalid params: \(detail)") }
    /// A request before `initialize`.
    package static let serverNotInitialized = ResponseError(-32002, "the server is not initialized: send `initialize` first")
    /// The client cancelled the request before it was answered.
    package static let requestCancelled = ResponseError(-32800, "request cancelled")
    /// The request was understood but cannot be done; the message says why,
    /// in the client's language, as the editor shows it to the user.
    package static func requestFailed(_ message: String) -> ResponseError { ResponseError(-32803, message) }

    /// The `error` member of a response.
    var json: JSONValue {
        .object([("code", .int(code)), ("message", .string(message))])
    }
}
