import PacteCore
import PacteDocument

/// The standard fonts the backend draws with: Helvetica for headings,
/// tables and labels, Times for running text. Standard fonts need no
/// embedding, so every viewer has them and the file stays small.
enum PDFFont: Int, CaseIterable, Sendable {
    case helvetica, helveticaBold, helveticaOblique, helveticaBoldOblique
    case timesRoman, timesBold, timesItalic, timesBoldItalic

    /// The AFM metrics (generated in `FontMetrics.swift`).
    var metrics: FontMetrics {
        switch self {
        case .helvetica: .helvetica
        case .helveticaBold: .helveticaBold
        case .helveticaOblique: .helveticaOblique
        case .helveticaBoldOblique: .helveticaBoldOblique
        case .timesRoman: .timesRoman
        case .timesBold: .timesBold
        case .timesItalic: .timesItalic
        case .timesBoldItalic: .timesBoldItalic
        }
    }

    /// The name of the font in the pages' resources: `/F1` …
    var resourceName: String { "F\(rawValue + 1)" }

    /// The same family with emphasis: italic or oblique.
    var emphasised: PDFFont {
        switch self {
        case .helvetica, .helveticaOblique: .helveticaOblique
        case .helveticaBold, .helveticaBoldOblique: .helveticaBoldOblique
        case .timesRoman, .timesItalic: .timesItalic
        case .timesBold, .timesBoldItalic: .timesBoldItalic
        }
    }

    /// The same family in bold.
    var bold: PDFFont {
        switch self {
        case .helvetica, .helveticaBold: .helveticaBold
        case .helveticaOblique, .helveticaBoldOblique: .helveticaBoldOblique
        case .timesRoman, .timesBold: .timesBold
        case .timesItalic, .timesBoldItalic: .timesBoldItalic
        }
    }

    /// The advance of WinAnsi `bytes`, in thousandths of an em.
    func units<Bytes: Sequence<UInt8>>(_ bytes: Bytes) -> Int {
        let widths = metrics.widths
        var total = 0
        for byte in bytes { total += widths[Int(byte)] }
        return total
    }

    /// The width of WinAnsi `bytes` at `size` points, in points.
    func width<Bytes: Sequence<UInt8>>(_ bytes: Bytes, size: Double) -> Double {
        Double(units(bytes)) * size / 1000
    }
}
