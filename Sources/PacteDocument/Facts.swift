/// Label–value pairs set as two columns: an objective's priority,
/// indicator and target, the funding's figures.
public struct Facts: Hashable, Sendable {
    /// The block's stable name, given by its place in the document.
    public internal(set) var id: BlockID
    /// The pairs, in order.
    public var items: [Fact]

    /// Facts of `items`; the id comes from their place in the document.
    public init(_ items: [Fact]) {
        self.id = .unplaced
        self.items = items
    }
}

/// One label and its value: « Territoire » — « Commune de Lannévez-sur-Aber ».
public struct Fact: Hashable, Sendable {
    /// What the value is, already worded for the reader.
    public var label: String
    /// The value, typeset.
    public var value: String

    /// A label and its value.
    public init(_ label: String, _ value: String) {
        self.label = label
        self.value = value
    }
}
