import KneadCore

/// The summary after a session: time spent, steps done and skipped, and the pain before and after.
struct FinishedScreen: StackedScreen {
    /// How wide the facts' labels are padded, so that their values line up.
    static let labelWidth = 13

    let session: Session
    /// This session's pain ratings, and the routine's earlier ones for the trend.
    let pain: PainSummary?
    /// Whether a key goes back to the picker rather than exiting.
    let returnsToPicker: Bool
    let theme: Theme
    let language: String?

    func stack(width: Int, height: Int) -> VerticalStack {
        let report = session.report ?? SessionReport(done: [], skipped: [], notReached: [], activeTime: .zero, pausedTime: .zero, endedEarly: true)
        let stepCount = session.timeline.steps.count
        let words = theme.words
        let heading = report.endedEarly
            ? StyledLine(words[.finishedEndedEarly], theme.title)
            : StyledLine(words[.finishedComplete], theme.success)
        var facts: [LayoutBlock] = [
            fact(words[.finishedTimeSpent], ClockText.elapsed(report.activeTime), priority: 1),
            fact(words[.finishedStepsDone], words(.finishedOfSteps, report.done.count, stepCount), priority: 1),
            fact(words[.finishedSkipped], "\(report.skipped.count)", priority: 3),
        ]
        if report.pausedTime > .zero {
            facts.insert(fact(words[.finishedPaused], ClockText.elapsed(report.pausedTime), priority: 5), at: 1)
        }
        if !report.notReached.isEmpty {
            facts.append(fact(words[.finishedNotReached], "\(report.notReached.count)", priority: 4))
        }
        if session.isGentle {
            let gentle = report.leftOut.isEmpty
                ? words[.finishedGentleOn]
                : words(.finishedGentleLeftOut, StepCount.text(report.leftOut.count, in: words))
            facts.append(fact(words[.finishedGentle], gentle, priority: 3))
        }
        if let headline = pain?.headline { facts.insert(headline, at: 0) }
        facts += pain?.trend ?? []
        let blocks = [
            LayoutBlock(priority: 0, heading),
            LayoutBlock(priority: 2, StyledLine(session.timeline.routine.title.resolved(for: language))),
            .gap(priority: 6),
        ] + facts
        let leave = KeyHint.line([KeyHint(words[.hintAnyKey], words[returnsToPicker ? (width >= 30 ? .hintBackToList : .hintBack) : .hintExit], rank: 0)], width: width, theme: theme)
        return VerticalStack(blocks.map(StackItem.block) + [.spacer, .block(LayoutBlock(priority: 0, leave))])
    }

    private func fact(_ label: String, _ value: String, priority: Int) -> LayoutBlock {
        Self.fact(label, value, priority: priority, theme: theme)
    }

    /// One fact of the summary: its label faint and padded so the values line up, its value in the title style.
    static func fact(_ label: String, _ value: String, priority: Int, theme: Theme) -> LayoutBlock {
        LayoutBlock(priority: priority, StyledLine(spans: [StyledSpan(label.padded(to: labelWidth), theme.faint), StyledSpan(value, theme.title)]))
    }
}
