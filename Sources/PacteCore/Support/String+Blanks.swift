extension String {
    /// What `trimmingBlanks` takes off, made once rather than at each call.
    private static let blanks: Set<Character> = [" ", "\t", "\n", "\r", "\u{00A0}"]

    /// The text without leading and trailing spaces, tabs and line ends.
    package var trimmingBlanks: String {
        guard let first = firstIndex(where: { !Self.blanks.contains($0) }), let last = lastIndex(where: { !Self.blanks.contains($0) }) else { return "" }
        return String(self[first...last])
    }
}
