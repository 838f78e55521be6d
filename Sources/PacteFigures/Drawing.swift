import PacteDocument

/// One thing a chart draws, in points, `y` growing downwards from the top
/// of its band. Every writer draws these and only these (SVG elements, PDF
/// operators), which is what makes the charts the same everywhere.
public enum Shape: Hashable, Sendable {
    /// A rectangle, filled and/or outlined.
    case rect(x: Double, y: Double, width: Double, height: Double, fill: FigureColour?, stroke: FigureColour?, lineWidth: Double)
    /// A straight line, dashed or not.
    case line(x1: Double, y1: Double, x2: Double, y2: Double, colour: FigureColour, lineWidth: Double, dashed: Bool)
    /// One line of text: `x` is its start, middle or end as `anchor` says.
    case text(String, x: Double, baseline: Double, size: Double, bold: Bool, anchor: TextAnchor, colour: FigureColour)

    /// The same shape `dy` lower.
    public func offset(by dy: Double) -> Shape {
        switch self {
        case let .rect(x, y, width, height, fill, stroke, lineWidth):
            .rect(x: x, y: y + dy, width: width, height: height, fill: fill, stroke: stroke, lineWidth: lineWidth)
        case let .line(x1, y1, x2, y2, colour, lineWidth, dashed):
            .line(x1: x1, y1: y1 + dy, x2: x2, y2: y2 + dy, colour: colour, lineWidth: lineWidth, dashed: dashed)
        case let .text(text, x, baseline, size, bold, anchor, colour):
            .text(text, x: x, baseline: baseline + dy, size: size, bold: bold, anchor: anchor, colour: colour)
        }
    }
}

/// Where a line of text stands on its `x`.
public enum TextAnchor: String, Hashable, Sendable {
    case start, middle, end
}

/// A horizontal strip of a chart that is never cut across pages: the axis,
/// an objective's title, an action's row, the legend.
public struct Band: Hashable, Sendable {
    /// What the band is, for the writers that tag or keep bands together.
    public enum Role: Hashable, Sendable {
        case legend, axis, group, row, total
    }

    /// What the band is.
    public var role: Role
    /// Its height, in points.
    public var height: Double
    /// What it draws, from its top.
    public var shapes: [Shape]
    /// Whether a page break between this band and the next is forbidden
    /// (an objective's title and its first action).
    public var keepWithNext: Bool

    /// A band of these parts.
    public init(role: Role, height: Double, shapes: [Shape], keepWithNext: Bool = false) {
        self.role = role
        self.height = height
        self.shapes = shapes
        self.keepWithNext = keepWithNext
    }
}

/// A chart laid out at a width: bands before the chart proper (the
/// legend), the header band repeated on every page the chart runs over
/// (the timeline's axis), and the body's bands.
public struct FigureLayout: Hashable, Sendable {
    /// The width everything is laid out in, in points.
    public var width: Double
    /// Bands set once, before the header (the legend).
    public var lead: [Band]
    /// The band repeated at the top of each page; none for a chart without an axis.
    public var header: Band?
    /// The body, top to bottom.
    public var body: [Band]

    /// The chart cut into pages no taller than `maxHeight` (the lead on
    /// the first, the header on each), an objective's title never the last
    /// band of a page; a band taller than a page alone gets a page of its own.
    public func pages(maxHeight: Double) -> [Drawing] {
        var pages: [[Band]] = []
        var current = lead + (header.map { [$0] } ?? [])
        let fixed = header?.height ?? 0
        var height = current.reduce(0) { $0 + $1.height }
        var bodyOnPage = 0
        var index = 0
        while index < body.count {
            // A unit: bands kept with their next, and that next.
            var end = index
            while end < body.count - 1 && body[end].keepWithNext { end += 1 }
            let unit = Array(body[index...end])
            let unitHeight = unit.reduce(0) { $0 + $1.height }
            if bodyOnPage > 0 && height + unitHeight > maxHeight {
                pages.append(current)
                current = header.map { [$0] } ?? []
                height = fixed
                bodyOnPage = 0
            }
            current += unit
            height += unitHeight
            bodyOnPage += unit.count
            index = end + 1
        }
        pages.append(current)
        return pages.map { Drawing(width: width, bands: $0) }
    }

    /// The chart on one page, however tall.
    public var whole: Drawing { Drawing(width: width, bands: lead + (header.map { [$0] } ?? []) + body) }
}

/// Bands stacked into one picture.
public struct Drawing: Hashable, Sendable {
    /// The picture's width, in points.
    public var width: Double
    /// The bands, top to bottom.
    public var bands: [Band]

    /// The picture's height.
    public var height: Double { bands.reduce(0) { $0 + $1.height } }

    /// Every shape, placed from the picture's top.
    public var shapes: [Shape] {
        var shapes: [Shape] = []
        var top = 0.0
        for band in bands {
            shapes += band.shapes.map { $0.offset(by: top) }
            top += band.height
        }
        return shapes
    }
}
