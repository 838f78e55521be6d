import PacteCore
import PacteSchema
import PacteSemantics

/// The charts of the printed pacte, from the resolved model: the timeline
/// of the action plan and the budget by objective. What they show, worded
/// in the pacte's language; how they are drawn is `PacteFigures`'.
struct FigureBuilder {
    let pacte: Pacte
    let language: Language
    var label: Labels { Labels(language: language) }

    func typeset(_ text: String) -> String { Typography.apply(text, language) }

    // MARK: - Timeline

    /// The plan over time, one row per action grouped by objective; none
    /// when no action has dates.
    func timeline(objectives: [(title: String, actions: [Action])]) -> Figure? {
        let period = pacte.period.value
        let first = period.map { CalendarDate(year: $0.lowerBound, month: 1, day: 1) }
        let last = period.map { CalendarDate(year: $0.upperBound, month: 12, day: 31) }
        let groups = objectives.filter { !$0.actions.isEmpty }.map { objective in
            Timeline.Group(title: objective.title, rows: objective.actions.map { action in
                let dates = action.calendar.value.flatMap { DateRange($0.lowerBound.firstDay, $0.upperBound.lastDay) }
                var outside = false
                if let dates, let first, let last { outside = dates.lowerBound < first || last < dates.upperBound }
                return Timeline.Row(label: typeset(action.title ?? action.id), dates: dates,
                                    level: action.participation.value, isOutsidePeriod: outside)
            })
        }
        let rows = groups.flatMap(\.rows)
        let dated = rows.compactMap(\.dates)
        guard !dated.isEmpty else { return nil }
        let levels = Dictionary(uniqueKeysWithValues: ParticipationLevel.allCases.map { ($0, label.participation($0)) })
        let wording = Timeline.Wording(
            outsidePeriod: label("Hors de la période du pacte", "Outside the pact’s period"),
            noCalendar: label("calendrier non fixé", "no dates set"),
            monthInitials: ["J", "F", "M", "A", "M", "J", "J", "A", "S", "O", "N", "D"],
            levels: levels, unspecifiedLevel: label("Non précisée", "Not given"), legendTitle: label("Participation\u{00A0}:", "Participation:"))
        let timeline = Timeline(period: period, groups: groups, wording: wording)
        let years = period.map { "\($0.lowerBound)–\($0.upperBound)" }
        return Figure(title: label("Déroulement des actions", "The actions over time") + (years.map { ", " + $0 } ?? ""),
                      altText: timelineAltText(timeline), content: .timeline(timeline))
    }

    /// « Calendrier des douze actions du plan, de 2026 à 2031 ; deux
    /// actions dépassent la période du pacte. »
    func timelineAltText(_ timeline: Timeline) -> String {
        let rows = timeline.rows
        let dated = rows.compactMap(\.dates)
        let span: String
        if let period = timeline.period {
            span = label("de \(period.lowerBound) à \(period.upperBound)", "from \(period.lowerBound) to \(period.upperBound)")
        } else if let start = dated.map(\.lowerBound).min(), let end = dated.map(\.upperBound).max() {
            let from = CalendarDate(year: start.year, month: start.month ?? 1, day: nil)
            let to = CalendarDate(year: end.year, month: end.month ?? 12, day: nil)
            span = label("de \(Typography.date(from, .fr)) à \(Typography.date(to, .fr))", "from \(Typography.date(from, .en)) to \(Typography.date(to, .en))")
        } else {
            span = ""
        }
        let subject = rows.count == 1
            ? label("Calendrier de l’action du plan", "Timeline of the plan’s action")
            : label("Calendrier des \(label.count(rows.count, ("action", "action"), ("actions", "actions"), feminine: true)) du plan",
                    "Timeline of the plan’s \(label.count(rows.count, ("action", "action"), ("actions", "actions"), feminine: true))")
        var sentence = subject + (span.isEmpty ? "" : ", " + span)
        let outside = rows.filter(\.isOutsidePeriod).count
        let undated = rows.count - dated.count
        var notes: [String] = []
        if outside > 0 {
            notes.append(outside == 1
                ? label("une action dépasse la période du pacte", "one action runs past the pact’s period")
                : label("\(label.count(outside, ("action", "action"), ("actions", "actions"), feminine: true)) dépassent la période du pacte",
                        "\(label.count(outside, ("action", "action"), ("actions", "actions"), feminine: true)) run past the pact’s period"))
        }
        if undated > 0 {
            notes.append(undated == 1
                ? label("une action n’a pas encore de calendrier", "one action has no dates yet")
                : label("\(label.count(undated, ("action", "action"), ("actions", "actions"), feminine: true)) n’ont pas encore de calendrier",
                        "\(label.count(undated, ("action", "action"), ("actions", "actions"), feminine: true)) have no dates yet"))
        }
        if !notes.isEmpty { sentence += label("\u{00A0}; ", "; ") + notes.joined(separator: label("\u{00A0}; ", "; ")) }
        let levels = ParticipationLevel.allCases.filter { level in rows.contains { $0.level == level } }
        if !levels.isEmpty {
            let names = levels.map { label.participation($0).lowercased() }
            sentence += (levels.count == 1 ? label(". Niveau de participation\u{00A0}: ", ". Participation level: ")
                : label(". Niveaux de participation\u{00A0}: ", ". Participation levels: ")) + names.joinedAsList(language)
        }
        return sentence + "."
    }

    // MARK: - Budget

    /// The money by objective with each one's share, and the funding that
    /// gives an amount; none when the plan has no budget.
    func budget(objectives: [(title: String, amount: Cents)]) -> Figure? {
        let total = pacte.totalBudget
        guard total > 0 else { return nil }
        let bars = objectives.map { objective in
            BudgetChart.Bar(label: objective.title, amount: objective.amount,
                            amountText: Typography.money(objective.amount, language), shareText: share(objective.amount, of: total))
        }
        var groups = [BudgetChart.Group(title: label("Budget par objectif", "Budget by objective"), bars: bars, isFunding: false)]
        var funding: [BudgetChart.Bar] = []
        if let fund = pacte.funding?.initiativeFund.value, fund > 0 {
            funding.append(BudgetChart.Bar(label: label("Fonds pour les initiatives", "Initiative fund"), amount: fund,
                                           amountText: Typography.money(fund, language), shareText: nil))
        }
        if !funding.isEmpty {
            groups.append(BudgetChart.Group(title: label("Engagements de financement", "Funding commitments"), bars: funding, isFunding: true))
        }
        let totalText = label("Total du pacte\u{00A0}: ", "Pact total: ") + Typography.money(total, language)
        let chart = BudgetChart(groups: groups, totalText: totalText)
        return Figure(title: label("Répartition du budget", "How the budget is shared"),
                      altText: budgetAltText(chart, total: total), content: .budget(chart))
    }

    /// A share of the total as the document writes it: « 35 % », « moins de 1 % ».
    func share(_ amount: Cents, of total: Cents) -> String {
        let percent = Int((Double(amount) / Double(total) * 100).rounded())
        let space = language == .fr ? "\u{00A0}" : ""
        if percent == 0 && amount > 0 { return label("moins de 1\(space)%", "under 1%") }
        return "\(percent)\(space)%"
    }

    /// « Budget du plan par objectif : Replanter des haies, 24 000 €, soit 100 % ;
    /// total du pacte 24 000 €. Fonds pour les initiatives : 15 000 €. »
    func budgetAltText(_ chart: BudgetChart, total: Cents) -> String {
        var sentences: [String] = []
        for group in chart.groups {
            let items = group.bars.map { bar in
                bar.label + ", " + bar.amountText + (bar.shareText.map { label(", soit ", ", ") + $0 } ?? "")
            }
            if group.isFunding {
                sentences.append(group.title + label("\u{00A0}: ", ": ") + items.joined(separator: label("\u{00A0}; ", "; ")))
            } else {
                sentences.append(label("Budget du plan par objectif\u{00A0}: ", "The plan’s budget by objective: ")
                    + items.joined(separator: label("\u{00A0}; ", "; "))
                    + label("\u{00A0}; total du pacte ", "; pact total ") + Typography.money(total, language))
            }
        }
        return sentences.map { $0 + "." }.joined(separator: " ")
    }
}
