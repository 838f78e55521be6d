extension Array where Element == String {
    /// The items as a sentence lists them: « a, b et c », "a, b and c".
    /// No serial comma in either language, as our documents write them.
    public func joinedAsList(_ language: Language) -> String {
        guard count > 1 else { return first ?? "" }
        return dropLast().joined(separator: ", ") + (language == .fr ? " et " : " and ") + last!
    }
}
