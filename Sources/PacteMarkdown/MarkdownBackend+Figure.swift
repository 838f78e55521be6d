import PacteCore
import PacteDocument
import PacteFigures

/// A chart in Markdown: its title in bold, then a picture per page of the
/// chart, an SVG file beside the Markdown (`NAME.figure-1.svg`) that a
/// forge shows; where no file can go beside it (standard output), a text
/// table that draws the same: a cell per year, a mark per quarter.
extension MarkdownBackend.Renderer {
    mutating func figure(_ figure: Figure) {
        emit(MarkdownBackend.blockStart(MarkdownBackend.inlines([.strong(figure.title)])))
        if let base = options.pictureName {
            let pages = FigureLayouts.pictures(figure)
            for (index, page) in pages.enumerated() {
                let name = "\(base).figure-\(pictures.count + 1).svg"
                let title = pages.count == 1 ? figure.title : figure.title + " (\(index + 1)/\(pages.count))"
                let id = figure.id.rawValue.map { $0 == "." ? "-" : $0 }
                pictures.append((name, SVGWriter.svg(page, id: String(id) + "-\(index + 1)", title: title,
                                                     description: figure.altText, standalone: true)))
                let alt = index == 0 ? figure.altText : title
                emit("![\(MarkdownBackend.imageText(alt))](<\(MarkdownBackend.imageLink(name))>)")
            }
            return
        }
        switch figure.content {
        case .timeline(let timeline): emit(MarkdownBackend.textTimeline(timeline))
        case .budget(let chart): emit(MarkdownBackend.textBudget(chart))
        }
    }
}

extension MarkdownBackend {
    /// An image's description, with nothing that would end it early.
    static func imageText(_ text: String) -> String {
        String(escape(text).map { $0 == "\n" || $0 == "\r" ? " " : $0 })
    }

    /// A link in angle brackets: any character but `<`, `>` and a line end.
    static func imageLink(_ name: String) -> String {
        String(name.unicodeScalars.filter { $0 != "<" && $0 != ">" && $0 != "\n" && $0 != "\r" }.map(Character.init))
    }

    /// The timeline as a table: a row per action under its objective's
    /// row, a column per year of the axis, in each cell a mark per quarter
    /// (■ where the action runs, · where it does not); the years past the
    /// period in italics, which a line under the table says.
    static func textTimeline(_ timeline: Timeline) -> String {
        let dates = timeline.rows.compactMap(\.dates)
        var first = dates.map(\.lowerBound.year).min() ?? timeline.period?.lowerBound ?? 0
        var last = dates.map(\.upperBound.year).max() ?? first
        if let period = timeline.period {
            first = min(first, period.lowerBound)
            last = max(last, period.upperBound)
        }
        let years = Array(first...max(first, last))
        func outside(_ year: Int) -> Bool { timeline.period.map { !$0.contains(year) } ?? false }
        var lines = ["|   | " + years.map { outside($0) ? "*\($0)*" : "\($0)" }.joined(separator: " | ") + " |"]
        lines.append("| --- | " + years.map { _ in ":---:" }.joined(separator: " | ") + " |")
        for group in timeline.groups {
            lines.append("| " + inlines([.strong(group.title)]) + " | " + years.map { _ in " " }.joined(separator: " | ") + " |")
            for row in group.rows {
                let cells = years.map { year -> String in
                    guard let range = row.dates else { return " " }
                    return (1...4).map { quarter -> String in
                        let start = CalendarDate(year: year, month: quarter * 3 - 2, day: 1)
                        let end = CalendarDate(year: year, month: quarter * 3, day: CalendarDate.daysIn(month: quarter * 3, year: year))
                        return range.lowerBound <= end && start <= range.upperBound ? "■" : "·"
                    }.joined()
                }
                let label = escape(row.label) + (row.dates == nil ? " — " + escape(timeline.wording.noCalendar) : "")
                lines.append("| " + label + " | " + cells.joined(separator: " | ") + " |")
            }
        }
        if years.contains(where: outside) {
            lines.append("")
            let marked = years.filter(outside).map { "*\($0)*" }.joined(separator: ", ")
            lines.append(marked + "\u{00A0}: " + escape(timeline.wording.outsidePeriod.lowercasedFirst))
        }
        return lines.joined(separator: "\n")
    }

    /// The budget as a table of bars drawn in text, twenty blocks for the
    /// largest amount, the amount and its share after.
    static func textBudget(_ chart: BudgetChart) -> String {
        let largest = max(chart.groups.flatMap(\.bars).map(\.amount).max() ?? 1, 1)
        var lines = ["|   |   |   |", "| --- | --- | ---: |"]
        for group in chart.groups {
            if chart.groups.count > 1 { lines.append("| " + inlines([.strong(group.title)]) + " |   |   |") }
            for bar in group.bars {
                let blocks = bar.amount > 0 ? max(Int((Double(bar.amount) / Double(largest) * 20).rounded()), 1) : 0
                let drawn = String(repeating: group.isFunding ? "▒" : "█", count: blocks)
                let value = bar.amountText + (bar.shareText.map { " · " + $0 } ?? "")
                lines.append("| " + escape(bar.label) + " | " + (drawn.isEmpty ? " " : drawn) + " | " + escape(value) + " |")
            }
        }
        lines.append("")
        lines.append(inlines([.strong(chart.totalText)]))
        return lines.joined(separator: "\n")
    }
}

private extension String {
    var lowercasedFirst: String { prefix(1).lowercased() + dropFirst() }
}
