import PacteCore

/// Reading a message's fields: every accessor answers nil on a value of
/// the wrong shape, so that a handler turns a malformed message into an
/// InvalidParams error instead of trapping.
extension JSONValue {
    /// The member `key` of an object; the first one if a client repeats it.
    package subscript(key: String) -> JSONValue? {
        guard case .object(let members) = self else { return nil }
        return members.first { $0.0 == key }?.1
    }

    /// The text of a string.
    package var string: String? {
        if case .string(let text) = self { return text }
        return nil
    }

    /// The value of a number that is a whole number, clamped to 32 bits
    /// as LSP's `integer` and `uinteger` are (a hostile `1e999` line is then
    /// only a line past the end).
    package var int: Int? {
        guard case .number(let spelled) = self else { return nil }
        if let exact = Int(spelled) { return min(max(exact, -(1 << 31)), (1 << 32) - 1) }
        guard let real = Double(spelled), real.rounded() == real else {
            // An integer too long for `Int`: its sign says which end.
            return spelled.allSatisfy({ $0.isNumber || $0 == "-" }) ? (spelled.hasPrefix("-") ? -(1 << 31) : (1 << 32) - 1) : nil
        }
        return Int(min(max(real, -2_147_483_648), 4_294_967_295))
    }

    /// The items of an array.
    package var array: [JSONValue]? {
        if case .array(let items) = self { return items }
        return nil
    }

    /// The value of a boolean.
    package var bool: Bool? {
        if case .bool(let value) = self { return value }
        return nil
    }

    /// Whether the value is an object.
    package var isObject: Bool {
        if case .object = self { return true }
        return false
    }
}
