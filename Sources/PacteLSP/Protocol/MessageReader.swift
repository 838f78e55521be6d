/// What the reader took out of the byte stream: a message body, or a
/// header it could not read, which the server answers with a parse error.
package enum Frame: Sendable, Equatable {
    /// The bytes of one message body, as its `Content-Length` said.
    case body([UInt8])
    /// A header without a usable `Content-Length`, or a body over the limit.
    case malformed(String)
}

/// Cuts the stream a client writes into messages: `Content-Length: N`,
/// other headers, an empty line, then N bytes of JSON (LSP's base protocol).
///
/// Bytes are appended as they arrive, in any pieces; complete frames come
/// out in order. A header that cannot be read is reported and skipped, so
/// that one bad message does not end the session.
package struct MessageReader: Sendable {
    /// The largest body read: a pacte is at most 16 MiB (``Limits``), and
    /// JSON escapes may double it.
    package static let maxBodyBytes = 64 << 20
    /// The longest header block: real ones are a line or two.
    package static let maxHeaderBytes = 8 << 10

    private var buffer: [UInt8] = []
    /// Bytes of `buffer` already taken.
    private var consumed = 0
    /// The length announced by the header already read, while its body arrives.
    private var pendingLength: Int?
    /// Bytes of a refused, oversized body still to drop as they arrive.
    private var discarding = 0

    package init() {}

    /// Adds bytes read from the stream.
    package mutating func append(_ bytes: some Sequence<UInt8>) {
        buffer.append(contentsOf: bytes)
    }

    /// Every complete frame received so far, in order.
    package mutating func takeFrames() -> [Frame] {
        var frames: [Frame] = []
        while let frame = nextFrame() { frames.append(frame) }
        // Drop what was read, once it is worth the copy.
        if consumed == buffer.count {
            buffer.removeAll(keepingCapacity: buffer.count < 1 << 20)
            consumed = 0
        } else if consumed > 1 << 16 {
            buffer.removeFirst(consumed)
            consumed = 0
        }
        return frames
    }

    private mutating func nextFrame() -> Frame? {
        if discarding > 0 {
            let dropped = min(discarding, buffer.count - consumed)
            consumed += dropped
            discarding -= dropped
            if discarding > 0 { return nil }
        }
        if pendingLength == nil {
            guard let headerEnd = findHeaderEnd() else {
                if buffer.count - consumed > MessageReader.maxHeaderBytes {
                    consumed = buffer.count
                    return .malformed("header longer than \(MessageReader.maxHeaderBytes) bytes without an empty line")
                }
                return nil
            }
            let header = buffer[consumed..<headerEnd]
            consumed = headerEnd + 4
            switch MessageReader.contentLength(header) {
            case .none:
                return .malformed("header without a valid Content-Length")
            case .some(let length) where length > MessageReader.maxBodyBytes:
                discarding = length
                return .malformed("body of \(length) bytes, over the limit of \(MessageReader.maxBodyBytes)")
            case .some(let length):
                pendingLength = length
            }
        }
        guard let length = pendingLength, buffer.count - consumed >= length else { return nil }
        let body = Array(buffer[consumed..<consumed + length])
        consumed += length
        pendingLength = nil
        return .body(body)
    }

    /// Where `\r\n\r\n` starts, searched only within a header's reach.
    private func findHeaderEnd() -> Int? {
        let limit = min(buffer.count, consumed + MessageReader.maxHeaderBytes + 4)
        var offset = consumed
        while offset + 3 < limit {
            if buffer[offset] == 0x0D, buffer[offset + 1] == 0x0A, buffer[offset + 2] == 0x0D, buffer[offset + 3] == 0x0A {
                return offset
            }
            offset += 1
        }
        return nil
    }

    /// The value of the `Content-Length` header (names are case-insensitive),
    /// nil when absent or not a decimal number. The last one in the block
    /// is read, wherever it starts: after a body shorter than its header
    /// said, the rest of that body comes before the next header, and
    /// reading past it finds the next message again.
    static func contentLength(_ header: ArraySlice<UInt8>) -> Int? {
        let text = String(decoding: header, as: UTF8.self).lowercased()
        guard let name = text.ranges(of: "content-length:").last else { return nil }
        let value = text[name.upperBound...].prefix { $0 != "\r" && $0 != "\n" }.trimmingSpaces
        guard !value.isEmpty, value.count <= 12, value.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return Int(value)
    }

    /// A frame ready to write: the header, then the body.
    package static func frame(_ body: [UInt8]) -> [UInt8] {
        Array("Content-Length: \(body.count)\r\n\r\n".utf8) + body
    }
}

private extension StringProtocol {
    var trimmingSpaces: String {
        String(drop { $0 == " " || $0 == "\t" }.reversed().drop { $0 == " " || $0 == "\t" }.reversed())
    }
}
