import PacteCore
import PacteSyntax
import PacteDriver

/// What the server knows of one version of a document: its compilation
/// (diagnostics and syntax tree, from the library), its line table and its
/// index of ids. Built at most once per version, when first asked for, so
/// that a burst of keystrokes costs one compilation, not one per change.
package final class Analysis {
    /// The text, as the compiler read it.
    package let source: SourceFile
    /// Diagnostics and syntax tree: the same compilation as `pacte check`.
    package let compilation: Compilation
    /// The top-level declarations of the syntax tree (kept by the compilation).
    package let declarations: [DeclarationSyntax]
    /// Lines in bytes, scalars and UTF-16 units.
    package let lineTable: LineTable
    private var cachedIndex: SymbolIndex?

    package init(uri: String, bytes: [UInt8]) {
        source = SourceFile(path: uri, bytes: bytes)
        compilation = Compilation(source: source, keepingSyntax: true)
        declarations = compilation.syntax?.declarations ?? []
        lineTable = LineTable(source)
    }

    /// The ids, their declarations and references; built on first use, as
    /// publishing diagnostics needs none of it.
    package var index: SymbolIndex {
        if let cachedIndex { return cachedIndex }
        let index = SymbolIndex(declarations, source: source)
        cachedIndex = index
        return index
    }

    /// The converter for the negotiated encoding.
    package func converter(_ unit: ColumnUnit) -> PositionConverter {
        PositionConverter(table: lineTable, unit: unit)
    }
}
