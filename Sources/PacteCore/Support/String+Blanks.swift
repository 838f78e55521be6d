extension String {
    /// The text without leading and trailing spaces, tabs and line ends.
    package var trimmingBlanks: String {
        guard let first = firstIndex(where: { !Self.isBlank($0) }), let last = lastIndex(where: { !Self.isBlank($0) }) else { return "" }
        return String(self[first...last])
    }

    /// What `trimmingBlanks` takes off. A switch, not a `Set<Character>`:
    /// the set's type was made, and its conformances looked up in the
    /// whole binary, at every start of the command.
    private static func isBlank(_ character: Character) -> Bool {
        switch character {
        case " ", "\t", "\n", "\r", "\u{00A0}": true
        default: false
        }
    }
}
