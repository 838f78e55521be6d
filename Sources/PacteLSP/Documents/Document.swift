import PacteCore

/// One open document: its text, as bytes, and the version the client gave.
///
/// The text lives only here once opened: the server never reads a file
/// from disk. Its analysis is dropped on every change and rebuilt when
/// next asked for.
package final class Document {
    package let uri: String
    package private(set) var version: Int?
    package private(set) var bytes: [UInt8]
    private var cachedAnalysis: Analysis?

    package init(uri: String, text: String, version: Int?) {
        self.uri = uri
        self.bytes = Array(text.utf8)
        self.version = version
    }

    /// The analysis of the current text.
    package var analysis: Analysis {
        if let cachedAnalysis { return cachedAnalysis }
        let analysis = Analysis(uri: uri, bytes: bytes)
        cachedAnalysis = analysis
        return analysis
    }

    /// Whether the current text has been analysed, so that its diagnostics
    /// are already known.
    package var isAnalysed: Bool { cachedAnalysis != nil }

    /// Applies the `contentChanges` of a `didChange`, in order, each against
    /// the text the previous one left: a change with a `range` replaces that
    /// range (incremental sync), one without replaces the whole text.
    package func apply(_ changes: [JSONValue], version: Int?, unit: ColumnUnit) throws(ResponseError) {
        var table: LineTable? = cachedAnalysis?.lineTable
        for change in changes {
            guard let text = change["text"]?.string else { throw .invalidParams("a content change needs `text`") }
            if let range = change["range"] {
                let currentTable = table ?? LineTable(bytes: bytes)
                let span = try PositionConverter(table: currentTable, unit: unit).span(of: range)
                bytes.replaceSubrange(span.start..<span.end, with: text.utf8)
            } else {
                bytes = Array(text.utf8)
            }
            table = nil
        }
        self.version = version ?? self.version
        cachedAnalysis = nil
    }
}
