import PacteCore
import PacteDocument
import PacteSchema

/// The action plan's timeline laid out: a label column on the left (the
/// actions' titles, wrapped), the years and months of the axis across the
/// rest, one bar per action from its first day to its last, grouped under
/// each objective's title. The axis covers the pacte's period and whatever
/// an action runs past it; the area past the period is tinted and set off
/// by dashed lines, so that such a bar shows where it oversteps.
public enum TimelineLayout {
    // Type sizes and spacing, in points.
    static let labelSize = 8.0, labelLeading = 9.6
    static let groupSize = 8.5, groupLeading = 10.5
    static let axisSize = 7.5, monthSize = 5.5
    static let barHeight = 8.0
    static let stripeHeight = 2.4
    /// Text is laid out a little narrower than its room, for a browser's
    /// font slightly wider than Helvetica's metrics.
    static let slack = 0.94

    /// The timeline at `width` points.
    public static func layout(_ timeline: Timeline, width: Double) -> FigureLayout {
        let scale = Scale(timeline, width: width)
        var body: [Band] = []
        for group in timeline.groups {
            var band = groupBand(group.title, width: width)
            band.keepWithNext = !group.rows.isEmpty
            body.append(band)
            for row in group.rows { body.append(rowBand(row, scale: scale, wording: timeline.wording)) }
        }
        return FigureLayout(width: width, lead: legend(timeline, width: width), header: axis(scale, months: timeline.wording.monthInitials), body: body)
    }

    // MARK: - Scale

    /// Dates to x: whole years from the axis's first to its last, months
    /// of equal width, a day a fraction of its month.
    struct Scale {
        let firstYear: Int
        let lastYear: Int
        let period: ClosedRange<Int>?
        let labelWidth: Double
        let left: Double
        let right: Double

        init(_ timeline: Timeline, width: Double) {
            let dates = timeline.rows.compactMap(\.dates)
            var first = dates.map(\.lowerBound.year).min() ?? timeline.period?.lowerBound ?? 2026
            var last = dates.map(\.upperBound.year).max() ?? timeline.period?.upperBound ?? first
            if let period = timeline.period {
                first = min(first, period.lowerBound)
                last = max(last, period.upperBound)
            }
            firstYear = first
            lastYear = max(last, first)
            period = timeline.period
            labelWidth = (width * 0.34).rounded()
            left = labelWidth + 8
            right = width - 2
        }

        var years: Int { lastYear - firstYear + 1 }
        var monthWidth: Double { (right - left) / Double(years * 12) }

        /// The x of a month's start, counted from January of the first year.
        func x(month index: Int) -> Double { left + Double(index) * monthWidth }

        /// The x of the start of `date`'s day, or of its end.
        func x(_ date: CalendarDate, end: Bool) -> Double {
            let month = date.month ?? (end ? 12 : 1)
            let days = CalendarDate.daysIn(month: month, year: date.year)
            let day = date.day ?? (end ? days : 1)
            let index = (date.year - firstYear) * 12 + month - 1
            let fraction = Double(end ? day : day - 1) / Double(days)
            return left + (Double(index) + fraction) * monthWidth
        }

        /// The tinted spans past the period: before its first year, after its last.
        var outside: [(Double, Double)] {
            guard let period else { return [] }
            var spans: [(Double, Double)] = []
            if period.lowerBound > firstYear { spans.append((left, x(month: (period.lowerBound - firstYear) * 12))) }
            if period.upperBound < lastYear { spans.append((x(month: (period.upperBound - firstYear + 1) * 12), right)) }
            return spans
        }

        /// The dashed boundaries of the period inside the axis.
        var boundaries: [Double] {
            guard let period else { return [] }
            var xs: [Double] = []
            if period.lowerBound > firstYear { xs.append(x(month: (period.lowerBound - firstYear) * 12)) }
            if period.upperBound < lastYear { xs.append(x(month: (period.upperBound - firstYear + 1) * 12)) }
            return xs
        }

        /// What every band of the chart draws behind its own: the tint past
        /// the period, the years' lines, the period's boundaries.
        func background(height: Double) -> [Shape] {
            var shapes: [Shape] = outside.map { span in
                .rect(x: span.0, y: 0, width: span.1 - span.0, height: height, fill: FigurePalette.outside, stroke: nil, lineWidth: 0)
            }
            for year in 0...years {
                let x = self.x(month: year * 12)
                shapes.append(.line(x1: x, y1: 0, x2: x, y2: height, colour: FigurePalette.grid, lineWidth: 0.5, dashed: false))
            }
            for x in boundaries {
                shapes.append(.line(x1: x, y1: 0, x2: x, y2: height, colour: FigurePalette.ink, lineWidth: 0.8, dashed: true))
            }
            return shapes
        }
    }

    // MARK: - Bands

    /// The years, each labelled in its middle, and a tick at each month;
    /// with three years or fewer, the months' initials too.
    static func axis(_ scale: Scale, months initials: [String]) -> Band {
        let showMonths = scale.years <= 3
        let height = showMonths ? 26.0 : 20.0
        var shapes = scale.background(height: height)
        let yearWidth = scale.monthWidth * 12
        let labelWidth = TextMetrics.width("0000", size: axisSize, bold: true)
        // Every second year labelled when a year is narrower than its label.
        let step = yearWidth >= labelWidth + 4 ? 1 : 2
        for year in 0..<scale.years where year % step == 0 {
            shapes.append(.text(String(scale.firstYear + year), x: scale.x(month: year * 12) + yearWidth / 2, baseline: 10,
                                size: axisSize, bold: true, anchor: .middle, colour: FigurePalette.ink))
        }
        for month in 0..<(scale.years * 12) where month % 12 != 0 {
            let x = scale.x(month: month)
            let tick = month % 3 == 0 ? 4.0 : 2.5
            shapes.append(.line(x1: x, y1: height - tick, x2: x, y2: height, colour: FigurePalette.muted, lineWidth: 0.4, dashed: false))
        }
        if showMonths {
            for month in 0..<(scale.years * 12) {
                guard month % 12 < initials.count else { continue }
                shapes.append(.text(initials[month % 12], x: scale.x(month: month) + scale.monthWidth / 2, baseline: 19,
                                    size: monthSize, bold: false, anchor: .middle, colour: FigurePalette.muted))
            }
        }
        shapes.append(.line(x1: scale.left, y1: height, x2: scale.right, y2: height, colour: FigurePalette.ink, lineWidth: 0.6, dashed: false))
        return Band(role: .axis, height: height, shapes: shapes)
    }

    /// An objective's title in bold, across the whole width, over a rule.
    static func groupBand(_ title: String, width: Double) -> Band {
        let lines = TextMetrics.lines(title, width: width * slack, size: groupSize, bold: true)
        let height = Double(max(lines.count, 1)) * groupLeading + 7
        // No grid behind the title, which runs across the chart.
        var shapes: [Shape] = []
        shapes.append(.line(x1: 0, y1: 0.5, x2: width, y2: 0.5, colour: FigurePalette.ink, lineWidth: 0.5, dashed: false))
        for (index, line) in lines.enumerated() {
            shapes.append(.text(line, x: 0, baseline: 4 + groupSize + Double(index) * groupLeading, size: groupSize, bold: true,
                                anchor: .start, colour: FigurePalette.ink))
        }
        return Band(role: .group, height: height, shapes: shapes)
    }

    /// An action: its title wrapped in the label column, its bar at its
    /// dates (past the period's boundary if it runs past it), or a note
    /// where it has none.
    static func rowBand(_ row: Timeline.Row, scale: Scale, wording: Timeline.Wording) -> Band {
        let lines = TextMetrics.lines(row.label, width: scale.labelWidth * slack, size: labelSize)
        let height = max(Double(lines.count) * labelLeading + 5, 14)
        var shapes = scale.background(height: height)
        let top = (height - Double(lines.count) * labelLeading) / 2
        for (index, line) in lines.enumerated() {
            shapes.append(.text(line, x: 0, baseline: top + Double(index) * labelLeading + labelSize * 0.8, size: labelSize,
                                bold: false, anchor: .start, colour: FigurePalette.ink))
        }
        if let dates = row.dates {
            let start = scale.x(dates.lowerBound, end: false)
            let end = max(scale.x(dates.upperBound, end: true), start + 1.5)
            shapes += bar(x: start, y: (height - barHeight) / 2, width: end - start, height: barHeight, style: FigurePalette.style(of: row.level))
        } else {
            // Inside the period, clear of its boundary.
            let start = scale.period.map { scale.x(CalendarDate(year: $0.lowerBound, month: 1, day: 1), end: false) } ?? scale.left
            shapes.append(.text(wording.noCalendar, x: start + 3, baseline: height / 2 + 2.5, size: 7, bold: false,
                                anchor: .start, colour: FigurePalette.muted))
        }
        shapes.append(.line(x1: 0, y1: height - 0.25, x2: scale.right, y2: height - 0.25, colour: FigurePalette.grid, lineWidth: 0.5, dashed: false))
        return Band(role: .row, height: height, shapes: shapes)
    }

    /// A bar in `style`: its fill, a white stripe along its middle if
    /// striped, an outline in ink that a light or hollow bar needs on paper.
    static func bar(x: Double, y: Double, width: Double, height: Double, style: BarStyle) -> [Shape] {
        var shapes: [Shape] = [.rect(x: x, y: y, width: width, height: height, fill: style.fill ?? FigurePalette.white,
                                     stroke: FigurePalette.ink, lineWidth: 0.5)]
        if style.striped, width > 2 {
            shapes.append(.rect(x: x + 0.5, y: y + (height - stripeHeight) / 2, width: width - 1, height: stripeHeight,
                                fill: FigurePalette.white, stroke: nil, lineWidth: 0))
        }
        return shapes
    }

    /// The levels the bars use, each with its swatch, then the tint past
    /// the period if a bar runs into it; entries flow onto as many lines as
    /// they need.
    static func legend(_ timeline: Timeline, width: Double) -> [Band] {
        let rows = timeline.rows.filter { $0.dates != nil }
        var entries: [(swatch: [Shape], label: String)] = []
        let swatchWidth = 16.0, swatchHeight = 8.0
        for level in ParticipationLevel.allCases where rows.contains(where: { $0.level == level }) {
            entries.append((bar(x: 0, y: 0, width: swatchWidth, height: swatchHeight, style: FigurePalette.style(of: level)),
                            timeline.wording.levels[level] ?? level.rawValue))
        }
        if rows.contains(where: { $0.level == nil }) {
            entries.append((bar(x: 0, y: 0, width: swatchWidth, height: swatchHeight, style: FigurePalette.style(of: nil)),
                            timeline.wording.unspecifiedLevel))
        }
        var outside: [Shape] = []
        if rows.contains(where: \.isOutsidePeriod) {
            outside = [.rect(x: 0, y: 0, width: swatchWidth, height: swatchHeight, fill: FigurePalette.outside, stroke: nil, lineWidth: 0),
                       .line(x1: 0.5, y1: -1, x2: 0.5, y2: swatchHeight + 1, colour: FigurePalette.ink, lineWidth: 0.8, dashed: true)]
        }
        guard !entries.isEmpty || !outside.isEmpty else { return [] }
        let size = 7.5, lineHeight = 13.0
        var shapes: [Shape] = []
        var x = 0.0, line = 0
        func place(_ swatch: [Shape], _ label: String, bold: Bool = false) {
            let labelWidth = TextMetrics.width(label, size: size, bold: bold)
            let entryWidth = (swatch.isEmpty ? 0 : swatchWidth + 4) + labelWidth + 12
            if x > 0, x + entryWidth > width {
                x = 0
                line += 1
            }
            let top = Double(line) * lineHeight + 2
            for shape in swatch { shapes.append(shape.moved(dx: x, dy: top)) }
            let textX = x + (swatch.isEmpty ? 0 : swatchWidth + 4)
            shapes.append(.text(label, x: textX, baseline: top + 7, size: size, bold: bold, anchor: .start, colour: FigurePalette.ink))
            x += entryWidth
        }
        if !entries.isEmpty { place([], timeline.wording.legendTitle, bold: true) }
        for entry in entries { place(entry.swatch, entry.label) }
        if !outside.isEmpty { place(outside, timeline.wording.outsidePeriod) }
        return [Band(role: .legend, height: Double(line + 1) * lineHeight + 6, shapes: shapes)]
    }
}

extension Shape {
    /// The same shape moved right by `dx` and down by `dy`.
    func moved(dx: Double, dy: Double) -> Shape {
        switch self {
        case let .rect(x, y, width, height, fill, stroke, lineWidth):
            .rect(x: x + dx, y: y + dy, width: width, height: height, fill: fill, stroke: stroke, lineWidth: lineWidth)
        case let .line(x1, y1, x2, y2, colour, lineWidth, dashed):
            .line(x1: x1 + dx, y1: y1 + dy, x2: x2 + dx, y2: y2 + dy, colour: colour, lineWidth: lineWidth, dashed: dashed)
        case let .text(text, x, baseline, size, bold, anchor, colour):
            .text(text, x: x + dx, baseline: baseline + dy, size: size, bold: bold, anchor: anchor, colour: colour)
        }
    }
}
