import PacteCore
import PacteSchema
import PacteSemantics

/// A chart of the pacte, set beside the table that holds the same figures
/// (the tables stay): what the chart shows, never where anything is drawn.
/// The layout (positions, wrapping, pages) is `PacteFigures`' business,
/// which every writer draws from, so that the PDF, the HTML, the Markdown's
/// pictures and the office documents show the same chart.
public struct Figure: Hashable, Sendable {
    /// What a figure shows.
    public enum Content: Hashable, Sendable {
        /// The action plan over the pacte's period, one bar per action.
        case timeline(Timeline)
        /// The money by objective, and the funding commitments beside it.
        case budget(BudgetChart)
    }

    /// The figure's stable name, given by its place in the document.
    public internal(set) var id: BlockID
    /// The title above the chart (« Calendrier du plan d’actions »).
    public var title: String
    /// A sentence saying what the chart shows, for a reader who cannot see
    /// it: a screen reader, the PDF's `/Alt`, an image's description.
    public var altText: String
    /// What is charted.
    public var content: Content

    /// A figure; its id comes from its place in the document.
    public init(title: String, altText: String, content: Content) {
        self.id = .unplaced
        self.title = title
        self.altText = altText
        self.content = content
    }
}

/// The action plan as a timeline: groups (an objective each) of rows (an
/// action each) with their dates, across an axis that covers the pacte's
/// period and whatever an action runs past it.
public struct Timeline: Hashable, Sendable {
    /// One action: its title, its dates, its participation level.
    public struct Row: Hashable, Sendable {
        /// The action's title, typeset.
        public var label: String
        /// From the first day the start covers to the last day the end
        /// covers; none without a `calendrier`.
        public var dates: DateRange?
        /// The participation level, which the bar's pattern shows.
        public var level: ParticipationLevel?
        /// Whether the dates run past the pacte's period (P0307).
        public var isOutsidePeriod: Bool

        /// A row of these parts.
        public init(label: String, dates: DateRange?, level: ParticipationLevel?, isOutsidePeriod: Bool) {
            self.label = label
            self.dates = dates
            self.level = level
            self.isOutsidePeriod = isOutsidePeriod
        }
    }

    /// The actions of one objective, under its title.
    public struct Group: Hashable, Sendable {
        /// The objective's title, typeset.
        public var title: String
        /// Its actions, in file order.
        public var rows: [Row]

        /// A group of rows under `title`.
        public init(title: String, rows: [Row]) {
            self.title = title
            self.rows = rows
        }
    }

    /// The words a chart writes besides the pacte's own, in its language.
    public struct Wording: Hashable, Sendable {
        /// The legend's entry for the area past the period (« Hors de la période du pacte »).
        public var outsidePeriod: String
        /// Where a bar would be, for an action without dates (« calendrier non fixé »).
        public var noCalendar: String
        /// The months' initials, January first, for a short axis.
        public var monthInitials: [String]
        /// Each participation level as the document prints it.
        public var levels: [ParticipationLevel: String]
        /// The legend's entry for a bar without a level (« Participation non précisée »).
        public var unspecifiedLevel: String
        /// The legend's title (« Participation »).
        public var legendTitle: String

        /// Wording of these parts.
        public init(outsidePeriod: String, noCalendar: String, monthInitials: [String],
                    levels: [ParticipationLevel: String], unspecifiedLevel: String, legendTitle: String) {
            self.unspecifiedLevel = unspecifiedLevel
            self.outsidePeriod = outsidePeriod
            self.noCalendar = noCalendar
            self.monthInitials = monthInitials
            self.levels = levels
            self.legendTitle = legendTitle
        }
    }

    /// The pacte's `période`, in years; none if it is not written.
    public var period: ClosedRange<Int>?
    /// The objectives' actions, then the actions serving no known objective.
    public var groups: [Group]
    /// The words the chart adds.
    public var wording: Wording

    /// A timeline of these parts.
    public init(period: ClosedRange<Int>?, groups: [Group], wording: Wording) {
        self.period = period
        self.groups = groups
        self.wording = wording
    }

    /// Every row, group by group.
    public var rows: [Row] { groups.flatMap(\.rows) }
}

/// The budget as horizontal bars: the amount of each objective with its
/// share of the total, and the funding commitments that give an amount.
public struct BudgetChart: Hashable, Sendable {
    /// One bar: a label and an amount, already written the document's way.
    public struct Bar: Hashable, Sendable {
        /// What the amount is for (an objective's title, « Fonds pour les initiatives »).
        public var label: String
        /// The amount, in cents, which sets the bar's length.
        public var amount: Cents
        /// The amount as the document writes it: « 24 000 € ».
        public var amountText: String
        /// The share of the plan's total (« 35 % »); none for a funding commitment.
        public var shareText: String?

        /// A bar of these parts.
        public init(label: String, amount: Cents, amountText: String, shareText: String?) {
            self.label = label
            self.amount = amount
            self.amountText = amountText
            self.shareText = shareText
        }
    }

    /// A titled group of bars.
    public struct Group: Hashable, Sendable {
        /// The group's title (« Budget par objectif », « Engagements de financement »).
        public var title: String
        /// The bars, in order.
        public var bars: [Bar]
        /// Whether the bars are funding commitments, drawn apart from the plan's.
        public var isFunding: Bool

        /// A group of bars.
        public init(title: String, bars: [Bar], isFunding: Bool) {
            self.title = title
            self.bars = bars
            self.isFunding = isFunding
        }
    }

    /// The plan's bars, then the funding's, if it gives amounts.
    public var groups: [Group]
    /// The line under the bars: « Total du pacte : 1 234 000 € ».
    public var totalText: String

    /// A chart of these parts.
    public init(groups: [Group], totalText: String) {
        self.groups = groups
        self.totalText = totalText
    }
}
