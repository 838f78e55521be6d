extension String {
    /// The text without leading and trailing spaces, tabs and line ends.
    package var trimmingBlanks: String {
        let blanks: Set<Character> = [" ", "\t", "\n", "\r", "\u{00A0}"]
        guard let first = firstIndex(where: { !blanks.contains($0) }), let last = lastIndex(where: { !blanks.contains($0) }) else { return "" }
        return String(self[first...last])
    }
}
