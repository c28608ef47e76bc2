import KneadCore

/// The screen followed during a session: the move, the side, a big countdown, progress and
/// what comes next, laid out so the essentials survive on a small terminal.
struct SessionScreen: StackedScreen {
    let session: Session
    /// The instant the screen shows.
    let now: Instant
    let theme: Theme
    let language: String?
    /// A line about the shell shown above the key help, such as why nothing is spoken.
    var notice: String? = nil
    /// The columns on the right kept blank beside the move and the countdown, for the body figure.
    var figureColumns = 0

    // Priorities: lower claims rows first.
    private enum Priority {
        static let countdown = 0, moveName = 1, keyHelp = 1, side = 2, next = 2, notice = 2, strokeCounter = 4, pulse = 5
        static let header = 3, stepProgress = 3, bigCountdown = 4, caution = 5
        static let details = 6, instructions = 7, sessionProgress = 8, wholeNotice = 8, rule = 9, gap = 10
    }

    private var isPaused: Bool { session.phase == .paused }

    private var words: Wording { theme.words }

    func stack(width: Int, height: Int) -> VerticalStack {
        let step = session.currentStep
        let beside = width - figureColumns
        let moveBlocks = step.isTransition ? transitionBlocks(step, width: beside) : moveBlocks(step, width: beside)
        let blocks: [LayoutBlock] = [header(width: width), LayoutBlock(priority: Priority.rule, .rule(width: width, style: theme.faint))]
            + keptBeside(moveBlocks, width: beside)
        let timing: [LayoutBlock] = keptBeside([
            pausedBanner(width: beside), countdown(width: beside),
        ] + pace(width: beside), width: beside) + [
            .gap(priority: Priority.gap),
            progress(words[.sessionProgressStep], session.stepProgress(at: now), width: width, priority: Priority.stepProgress),
            progress(words[.sessionProgressSession], session.sessionProgress(at: now), width: width, priority: Priority.sessionProgress),
            .gap(priority: Priority.gap), next(width: width),
        ]
        let foot = (notice.map { [noticeBlock($0, width: width)] } ?? []) + [keyHelp(width: width)]
        return VerticalStack(blocks.map(StackItem.block) + [.spacer] + timing.map(StackItem.block) + [.spacer] + foot.map(StackItem.block))
    }

    /// `blocks` kept within the first `width` columns when a figure stands beside them.
    private func keptBeside(_ blocks: [LayoutBlock], width: Int) -> [LayoutBlock] {
        guard figureColumns > 0 else { return blocks }
        return blocks.map { block in
            LayoutBlock(versions: block.versions.map { LayoutBlock.Version(priority: $0.priority, lines: $0.lines.map { $0.keptWithin(width) }) })
        }
    }

    // MARK: - The move

    private func header(width: Int) -> LayoutBlock {
        let stepNumber = session.currentIndex + 1
        let stepCount = session.timeline.steps.count
        let timeLeft = ClockText.countdown(session.timeLeftInSession(at: now))
        let title = session.timeline.routine.title.resolved(for: language)
        let fullPosition = words(.sessionPosition, stepNumber, stepCount, timeLeft)
        let fits = ColumnWidth.of(title) + 1 + ColumnWidth.of(fullPosition) <= width
        let position = fits ? fullPosition : "\(stepNumber)/\(stepCount) · \(timeLeft)"
        return LayoutBlock(priority: Priority.header, StyledLine(spans: [StyledSpan(title, theme.title)], trailing: [StyledSpan(position)]))
    }

    private func moveBlocks(_ step: Step, width: Int) -> [LayoutBlock] {
        let stage = step.stage
        var blocks = [name(stage, width: width), details(stage)]
        if session.isGentle {
            blocks.append(LayoutBlock(priority: Priority.side, StyledLine(words[.sessionGentleMark], theme.caution)))
        }
        if let side = step.side {
            let text = pointing(to: side, words(.sessionSideBanner, words.capitalSide(side)))
            blocks.append(LayoutBlock(priority: Priority.side, StyledLine(text, theme.banner, alignment: .centered, fill: theme.banner)))
        }
        blocks.append(.gap(priority: Priority.gap))
        let instructions = StyledLine.wrapped(stage.instructions.resolved(for: language), width: width)
        blocks.append(.shrinkable(priority: Priority.instructions, lines: instructions))
        if let caution = stage.caution?.resolved(for: language) {
            let lines = WordWrap.hangingLines(of: caution, marker: "! ", width: width)
            blocks.append(.shrinkable(priority: Priority.caution, lines: lines.map { StyledLine($0, theme.caution) }))
        }
        return blocks
    }

    private func transitionBlocks(_ step: Step, width: Int) -> [LayoutBlock] {
        let notice = step.side.map { pointing(to: $0, words[$0 == .left ? .sessionSwitchToLeft : .sessionSwitchToRight]) } ?? words[.sessionGetReadyNextMove]
        return [
            LayoutBlock(priority: Priority.moveName, StyledLine(words[.sessionGetReady], theme.title)),
            LayoutBlock(priority: Priority.side, StyledLine(notice, theme.banner, alignment: .centered, fill: theme.banner)),
            .gap(priority: Priority.gap),
            LayoutBlock(priority: Priority.next, StyledLine(spans: [StyledSpan(words[.sessionComingUp], theme.faint)] + nameSpans(step.stage))),
            details(step.stage),
        ]
    }

    /// `text` with arrows on the side it names: `◀◀  LEFT side`, `RIGHT side  ▶▶`.
    private func pointing(to side: Side, _ text: String) -> String {
        side == .left ? "◀◀  " + text : text + "  ▶▶"
    }

    /// The move's name in its technique's colour, on two lines when it needs them and there is room.
    private func name(_ stage: Stage, width: Int) -> LayoutBlock {
        let lines = StyledLine.wrapped(stage.name.resolved(for: language), width: width, style: theme.technique(stage.technique))
        let shortened = LayoutBlock.shrinkable(priority: Priority.moveName, lines: lines)
        let versions = shortened.versions.prefix(2).enumerated().map { index, version in
            LayoutBlock.Version(priority: index == 0 ? Priority.moveName : Priority.details, lines: version.lines)
        }
        return LayoutBlock(versions: Array(versions))
    }

    private func nameSpans(_ stage: Stage) -> [StyledSpan] {
        [StyledSpan(stage.name.resolved(for: language), theme.technique(stage.technique))]
    }

    /// The technique, body area, and the reps or cadence to aim for.
    private func details(_ stage: Stage) -> LayoutBlock {
        var parts = [stage.area.resolved(for: language)]
        if let reps = stage.reps { parts.append(words.count(.times, reps)) }
        if let cadence = stage.cadence { parts.append(words(.sessionPerMinute, Int(cadence.rounded()))) }
        let spans = [StyledSpan(words.technique(stage.technique), theme.technique(stage.technique))]
            + parts.map { StyledSpan(" · " + $0) }
        return LayoutBlock(priority: Priority.details, StyledLine(spans: spans))
    }

    // MARK: - The time

    private func pausedBanner(width: Int) -> LayoutBlock {
        guard isPaused else { return .gap(priority: Priority.gap) }
        let text = ColumnWidth.of(words[.sessionPausedBanner]) <= width ? words[.sessionPausedBanner] : words[.sessionPaused]
        return LayoutBlock(priority: Priority.countdown, StyledLine(text, theme.paused, alignment: .centered, fill: theme.paused))
    }

    /// The step's time left: plain digits always, big block digits when there is room, and
    /// beside them, if the width allows, a big PAUSED while paused or else the side worked.
    private func countdown(width: Int) -> LayoutBlock {
        let text = ClockText.countdown(session.timeLeftInStep(at: now))
        let style = isPaused ? theme.frozenCountdown : theme.countdown
        let plain = LayoutBlock.Version(priority: Priority.countdown, lines: [StyledLine(text, CellStyle(bold: true), alignment: .centered)])
        guard BigText.width(of: text) <= width else { return LayoutBlock(versions: [plain]) }
        let digits = BigText.rows(of: text)
        let spacing = "    "
        let label = bigLabel
        let fitsBeside = label.map { BigText.width(of: text) + spacing.count + BigText.width(of: $0.text) <= width } ?? false
        let labelRows = fitsBeside ? label.map { BigText.rows(of: $0.text) } ?? [] : []
        let rows = digits.indices.map { row in
            StyledLine(
                spans: [StyledSpan(digits[row], style)]
                    + (labelRows.isEmpty ? [] : [StyledSpan(spacing), StyledSpan(labelRows[row], label?.style ?? style)]),
                alignment: .centered
            )
        }
        return LayoutBlock(versions: [plain, LayoutBlock.Version(priority: Priority.bigCountdown, lines: rows)])
    }

    /// The word drawn big beside the countdown: PAUSED while paused, else the side the step
    /// works (or, before a change of side, the side coming), so it reads from across the room.
    private var bigLabel: (text: String, style: CellStyle)? {
        if isPaused { return (words[.sessionPaused], theme.paused) }
        guard let side = session.currentStep.side else { return nil }
        return (words.capitalSide(side), theme.sideLabel)
    }

    /// The movement counter of a paced step, "stroke 4 of 12", and under it a bar that jumps
    /// from one half of the row to the other on each beat, to be caught from the corner of an eye.
    private func pace(width: Int) -> [LayoutBlock] {
        guard let pace = session.currentPace, let stroke = session.stroke(at: now) else { return [] }
        let counter = StyledLine(words(.sessionStroke, stroke, pace.strokes), CellStyle(bold: true), alignment: .centered)
        let half = max(1, min(width - 2, Self.pulseWidth) / 2)
        let bar = String(filledWith: "█", count: half), blank = String(filledWith: " ", count: half)
        let style = isPaused ? theme.frozenCountdown : theme.technique(session.currentStep.stage.technique)
        let pulse = StyledLine(
            spans: stroke % 2 == 1 ? [StyledSpan(bar, style), StyledSpan(blank)] : [StyledSpan(blank), StyledSpan(bar, style)],
            alignment: .centered
        )
        return [LayoutBlock(versions: [
            LayoutBlock.Version(priority: Priority.strokeCounter, lines: [counter]),
            LayoutBlock.Version(priority: Priority.pulse, lines: [counter, pulse]),
        ])]
    }

    /// The width of the pulse's row, both halves, on a wide enough screen.
    static let pulseWidth = 40

    private func progress(_ label: String, _ fraction: Double, width: Int, priority: Int) -> LayoutBlock {
        let labelWidth = 8
        let bar = ProgressBar.spans(fraction: fraction, width: width - labelWidth, done: theme.progressDone, left: theme.progressLeft)
        let paddedLabel = label.padded(to: labelWidth)
        return LayoutBlock(priority: priority, StyledLine(spans: [StyledSpan(paddedLabel, theme.faint)] + bar))
    }

    // MARK: - What comes next

    private func next(width: Int) -> LayoutBlock {
        guard let step = session.nextStep else {
            return LayoutBlock(priority: Priority.next, StyledLine(spans: [StyledSpan(words[.sessionNext], theme.faint), StyledSpan(words[.sessionLastStep], theme.title)]))
        }
        let duration = StyledSpan(" · " + ClockText.countdown(step.duration), theme.faint)
        let side = step.side.map { words(.sessionSideBanner, words.capitalSide($0)) }
        let what: [StyledSpan] = step.isTransition
            ? [StyledSpan(words[Self.switchAhead(to: step.side)], theme.title)]
            : nameSpans(step.stage) + (side.map { [StyledSpan(" · " + $0, theme.title)] } ?? [])
        return LayoutBlock(priority: Priority.next, StyledLine(spans: [StyledSpan(words[.sessionNext], theme.faint)] + what + [duration]))
    }

    /// The notice above the key help: its first line early, the rest of it only when rows are
    /// left over once the countdown has its big digits.
    /// What the next step asks when it is a get-ready pause.
    private static func switchAhead(to side: Side?) -> Phrase {
        switch side {
        case .left: .sessionNextSwitchLeft
        case .right: .sessionNextSwitchRight
        case nil: .sessionNextSwitchNone
        }
    }

    private func noticeBlock(_ text: String, width: Int) -> LayoutBlock {
        let lines = StyledLine.wrapped(text, width: width, style: theme.caution)
        let shortened = LayoutBlock.shrinkable(priority: Priority.notice, lines: lines).versions
        guard let first = shortened.first, let whole = shortened.last, shortened.count > 1 else { return LayoutBlock(versions: shortened) }
        return LayoutBlock(versions: [first, LayoutBlock.Version(priority: Priority.wholeNotice, lines: whole.lines)])
    }

    private func keyHelp(width: Int) -> LayoutBlock {
        let hints = [
            KeyHint("Space", words[isPaused ? .hintResume : .hintPause], rank: 2), KeyHint("n", words[.hintNext], rank: 3),
            KeyHint("b", words[.hintBack], rank: 4), KeyHint("r", words[.hintRestart], rank: 6), KeyHint("+/-", words[.hintTime], rank: 5),
            KeyHint("h", words[.hintItHurts], rank: 2), KeyHint("?", words[.hintHelp], rank: 1), KeyHint("q", words[.hintQuit], rank: 0),
        ]
        return LayoutBlock(priority: Priority.keyHelp, KeyHint.line(hints, width: width, theme: theme))
    }
}
