import PacteCore
import PacteDocument

/// The budget chart laid out: each objective's title wrapped on the
/// left, a horizontal bar whose length is its amount, the amount and its
/// share of the total written after the bar; the funding commitments that
/// give an amount below, on the same scale, striped; the total last.
public enum BudgetLayout {
    static let labelSize = 8.0, labelLeading = 9.6
    static let valueSize = 7.5
    static let barHeight = 9.0

    /// The chart at `width` points.
    public static func layout(_ chart: BudgetChart, width: Double) -> FigureLayout {
        let labelWidth = (width * 0.36).rounded()
        let left = labelWidth + 8
        let values = chart.groups.flatMap(\.bars).map(value)
        let valueWidth = (values.map { TextMetrics.width($0, size: valueSize, bold: true) }.max() ?? 0) / TimelineLayout.slack + 6
        let right = max(width - valueWidth, left + width * 0.2)
        let largest = max(chart.groups.flatMap(\.bars).map(\.amount).max() ?? 1, 1)
        let titled = chart.groups.count > 1
        var body: [Band] = []
        for group in chart.groups {
            if titled {
                let lines = TextMetrics.lines(group.title, width: width * TimelineLayout.slack, size: 8.5, bold: true)
                var shapes: [Shape] = []
                for (index, line) in lines.enumerated() {
                    shapes.append(.text(line, x: 0, baseline: 10 + Double(index) * 10.5, size: 8.5, bold: true, anchor: .start, colour: FigurePalette.ink))
                }
                body.append(Band(role: .group, height: Double(lines.count) * 10.5 + 5, shapes: shapes, keepWithNext: true))
            }
            for bar in group.bars {
                let lines = TextMetrics.lines(bar.label, width: labelWidth * TimelineLayout.slack, size: labelSize)
                let height = max(Double(lines.count) * labelLeading + 6, 16)
                let top = (height - Double(lines.count) * labelLeading) / 2
                var shapes: [Shape] = []
                for (index, line) in lines.enumerated() {
                    shapes.append(.text(line, x: 0, baseline: top + Double(index) * labelLeading + labelSize * 0.8, size: labelSize,
                                        bold: false, anchor: .start, colour: FigurePalette.ink))
                }
                let length = bar.amount > 0 ? max((right - left) * Double(bar.amount) / Double(largest), 1) : 0
                let y = (height - barHeight) / 2
                if length > 0 {
                    shapes += TimelineLayout.bar(x: left, y: y, width: length, height: barHeight,
                                                 style: FigurePalette.budgetStyle(funding: group.isFunding))
                }
                shapes.append(.text(value(bar), x: left + length + 4, baseline: y + barHeight - 1.5, size: valueSize, bold: true,
                                    anchor: .start, colour: FigurePalette.ink))
                body.append(Band(role: .row, height: height, shapes: shapes))
            }
        }
        let total: [Shape] = [
            .line(x1: 0, y1: 2, x2: width, y2: 2, colour: FigurePalette.ink, lineWidth: 0.5, dashed: false),
            .text(chart.totalText, x: 0, baseline: 13, size: 8, bold: true, anchor: .start, colour: FigurePalette.ink),
        ]
        body.append(Band(role: .total, height: 18, shapes: total))
        return FigureLayout(width: width, lead: [], header: nil, body: body)
    }

    /// « 24 000 € · 35 % », or the amount alone.
    static func value(_ bar: BudgetChart.Bar) -> String {
        bar.amountText + (bar.shareText.map { " · " + $0 } ?? "")
    }
}

/// Every chart of the document, laid out the one way every writer draws it.
public enum FigureLayouts {
    /// `figure` laid out at `width` points.
    public static func layout(_ figure: Figure, width: Double) -> FigureLayout {
        switch figure.content {
        case .timeline(let timeline): TimelineLayout.layout(timeline, width: width)
        case .budget(let chart): BudgetLayout.layout(chart, width: width)
        }
    }

    /// The width the pictures of HTML, Markdown and the office documents
    /// are laid out at: the PDF's text width, so that a chart reads the
    /// same on paper whichever way it was printed.
    public static let pictureWidth = 480.0

    /// The height of one picture of a long chart, in points: a chart and
    /// its title fit on an A4 page with room to spare.
    public static let pictureHeight = 600.0

    /// `figure` as the pictures HTML, Markdown and the office documents
    /// show: one per page of a long timeline, the axis on each.
    public static func pictures(_ figure: Figure) -> [Drawing] {
        layout(figure, width: pictureWidth).pages(maxHeight: pictureHeight)
    }

    /// The width of the picture a phone shows instead: drawn at 360 px
    /// wide, a chart laid out for the page would print its labels five
    /// pixels high; laid out at this width, they keep the size of the text.
    public static let screenWidth = 260.0

    /// `figure` as one picture for a narrow screen, however long: a page
    /// that scrolls has no page breaks to respect.
    public static func narrowPicture(_ figure: Figure) -> Drawing {
        layout(figure, width: screenWidth).whole
    }
}
