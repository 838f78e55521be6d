/// Bounds past which input is refused with P0106 instead of exhausting the
/// stack or the clock. Real pactes stay far below them: the reference
/// example is 3 KB, nests three levels deep and its longest list has four items.
public struct Limits: Sendable {
    /// Largest file read, in bytes.
    public var maxFileBytes: Int
    /// Deepest nesting of `{ }` and `[ ]`.
    public var maxNesting: Int
    /// Most items in one list.
    public var maxListItems: Int
    /// Most diagnostics shown for one file; the rest are counted, not shown.
    public var maxDiagnostics: Int

    /// Most diagnostics a stage collects, so that memory stays bounded on
    /// random bytes; past it they are not even counted.
    public var maxCollectedDiagnostics: Int { max(maxDiagnostics, 100_000) }

    /// Creates limits.
    public init(maxFileBytes: Int, maxNesting: Int, maxListItems: Int, maxDiagnostics: Int) {
        self.maxFileBytes = maxFileBytes
        self.maxNesting = maxNesting
        self.maxListItems = maxListItems
        self.maxDiagnostics = maxDiagnostics
    }

    /// The limits used by the command line.
    public static let standard = Limits(
        maxFileBytes: 16 * 1024 * 1024,
        maxNesting: 32,
        maxListItems: 10_000,
        maxDiagnostics: 200
    )
}
