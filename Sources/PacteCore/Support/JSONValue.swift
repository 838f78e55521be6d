/// A JSON document with its object keys in a fixed order, so that output
/// is stable from run to run and diffs well.
public indirect enum JSONValue: Hashable, Sendable {
    case null
    case bool(Bool)
    /// A number, already spelled (`24000`, `0.5`), so that no floating
    /// point rounds a budget.
    case number(String)
    case string(String)
    case array([JSONValue])
    case object([(String, JSONValue)])

    public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
        lhs.rendered(pretty: false) == rhs.rendered(pretty: false)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(rendered(pretty: false))
    }

    /// An integer.
    public static func int(_ value: Int) -> JSONValue { .number(String(value)) }

    /// A string, or null when absent.
    public static func optional(_ value: String?) -> JSONValue { value.map(JSONValue.string) ?? .null }

    /// The document as text: pretty with two-space indentation, or compact.
    public func rendered(pretty: Bool) -> String {
        var output: [UInt8] = []
        write(to: &output, pretty: pretty, indent: 0)
        return String(decoding: output, as: UTF8.self)
    }

    // The text is written as UTF-8 bytes: appending thousands of short
    // pieces to a `String` cost more than building the values.

    private func write(to output: inout [UInt8], pretty: Bool, indent: Int) {
        switch self {
        case .null: output += "null".utf8
        case .bool(let value): output += (value ? "true" : "false").utf8
        case .number(let spelled): output += spelled.utf8
        case .string(let text): JSONValue.writeString(text, to: &output)
        case .array(let items): JSONValue.writeArray(items, to: &output, pretty: pretty, indent: indent)
        case .object(let members):
            JSONValue.writeObject(members, to: &output, pretty: pretty, indent: indent) { value, output in
                value.write(to: &output, pretty: pretty, indent: indent + 1)
            }
        }
    }

    /// Writes an object whose members are written as they come, for a
    /// document too long to build whole first (``JSONMember``).
    package static func writeObject(_ members: [(String, JSONMember)], to output: inout [UInt8], pretty: Bool, indent: Int = 0) {
        writeObject(members, to: &output, pretty: pretty, indent: indent) { member, output in
            switch member {
            case .value(let value): value.write(to: &output, pretty: pretty, indent: indent + 1)
            case .list(let elements): writeArray(elements, to: &output, pretty: pretty, indent: indent + 1)
            }
        }
    }

    private static func writeObject<Value>(
        _ members: [(String, Value)], to output: inout [UInt8], pretty: Bool, indent: Int,
        value write: (Value, inout [UInt8]) -> Void
    ) {
        if members.isEmpty { output += "{}".utf8; return }
        output.append(UInt8(ascii: "{"))
        for (index, (key, value)) in members.enumerated() {
            if index > 0 { output.append(UInt8(ascii: ",")) }
            if pretty { newline(indent + 1, &output) }
            JSONValue.writeString(key, to: &output)
            output += (pretty ? ": " : ":").utf8
            write(value, &output)
        }
        if pretty { newline(indent, &output) }
        output.append(UInt8(ascii: "}"))
    }

    private static func writeArray(_ items: some Sequence<JSONValue>, to output: inout [UInt8], pretty: Bool, indent: Int) {
        var first = true
        for item in items {
            output.append(UInt8(ascii: first ? "[" : ","))
            first = false
            if pretty { newline(indent + 1, &output) }
            item.write(to: &output, pretty: pretty, indent: indent + 1)
        }
        if first { output += "[]".utf8; return }
        if pretty { newline(indent, &output) }
        output.append(UInt8(ascii: "]"))
    }

    private static func newline(_ indent: Int, _ output: inout [UInt8]) {
        output.append(UInt8(ascii: "\n"))
        output.append(contentsOf: repeatElement(UInt8(ascii: " "), count: 2 * indent))
    }

    /// A string literal: quotes, backslashes and control characters
    /// escaped, and U+2028 and U+2029, which JavaScript once took for line
    /// ends. Runs of bytes that need nothing are copied whole.
    private static func writeString(_ text: String, to output: inout [UInt8]) {
        output.append(UInt8(ascii: "\""))
        var text = text
        text.withUTF8 { bytes in
            var runStart = 0
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                var escape: [UInt8]?
                var length = 1
                switch byte {
                case UInt8(ascii: "\""): escape = Array(#"\""#.utf8)
                case UInt8(ascii: "\\"): escape = Array(#"\\"#.utf8)
                case UInt8(ascii: "\n"): escape = Array(#"\n"#.utf8)
                case UInt8(ascii: "\r"): escape = Array(#"\r"#.utf8)
                case UInt8(ascii: "\t"): escape = Array(#"\t"#.utf8)
                case 0..<0x20: escape = unicodeEscape(UInt32(byte))
                case 0xE2 where index + 2 < bytes.count && bytes[index + 1] == 0x80 && (bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9):
                    escape = unicodeEscape(0x2000 | UInt32(bytes[index + 2] - 0xA8 + 0x28))
                    length = 3
                default: break
                }
                if let escape {
                    output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
                    output.append(contentsOf: escape)
                    index += length
                    runStart = index
                } else {
                    index += 1
                }
            }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<bytes.count]))
        }
        output.append(UInt8(ascii: "\""))
    }

    /// `\u001f`: four lowercase hexadecimal digits.
    private static func unicodeEscape(_ value: UInt32) -> [UInt8] {
        let digits = Array("0123456789abcdef".utf8)
        return Array(#"\u"#.utf8) + [12, 8, 4, 0].map { digits[Int(value >> $0 & 0xF)] }
    }
}

/// A member of an object written as it is built: a value, or a list whose
/// elements are built one at a time, written and let go. A long pacte's
/// JSON is then never held whole as values beside its text, and each
/// element is freed while still in cache.
package enum JSONMember {
    case value(JSONValue)
    case list(AnySequence<JSONValue>)

    /// The member as a value, its list built whole.
    package var built: JSONValue {
        switch self {
        case .value(let value): value
        case .list(let elements): .array(Array(elements))
        }
    }
}
