import KneadCore

/// Drawing the screen on show, with its box and the journal's warning, at any size.
extension AppModel {
    /// The narrowest screen that shows more than a request to make the terminal larger.
    public static let minimumWidth = 20
    /// The lowest screen that shows more than a request to make the terminal larger.
    public static let minimumHeight = 6

    /// The styles in use, with or without colours.
    var theme: Theme { Theme(colors: options.colors, words: Wording(code: options.language)) }

    /// Draws the current screen at `now` into a grid of `width` × `height` cells; any size works.
    public func render(width: Int, height: Int, at now: Instant) -> Screen {
        var screen = Screen(width: width, height: height)
        guard screen.width >= Self.minimumWidth, screen.height >= Self.minimumHeight else {
            TooSmallScreen(words: theme.words).draw(into: &screen)
            return screen
        }
        let language = options.language
        switch mode {
        case .picker:
            PickerScreen(
                routines: routines, selection: pickerSelection, theme: theme, language: language,
                specialistOnly: specialistOnly, journal: journal
            ).draw(into: &screen)
        case .safetyCheck(let check):
            safetyCheckScreen(check).draw(into: &screen)
        case .session(let session):
            SessionScreen(session: session, now: now, theme: theme, language: language, notice: speechProblem).draw(into: &screen)
        case .courseWarning(let check, let warning):
            CourseWarningScreen(warning: warning, title: check.routine.title.resolved(for: language), theme: theme).draw(into: &screen)
        case .painBefore(let check, let question, _):
            PainQuestionScreen(question: question, title: check.routine.title.resolved(for: language), theme: theme).draw(into: &screen)
        case .painAfter(let session, let question):
            PainQuestionScreen(question: question, title: session.timeline.routine.title.resolved(for: language), theme: theme)
                .draw(into: &screen)
        case .finished(let session):
            let trend = PainSummary(ratings: pain, earlier: journal[session.timeline.routine.id]?.recentPain ?? [], theme: theme)
            FinishedScreen(session: session, pain: trend, returnsToPicker: startedFromPicker, theme: theme, language: language)
                .draw(into: &screen)
        }
        switch overlay {
        case .help: HelpOverlay(mode: mode, theme: theme).draw(into: &screen)
        case .quitConfirmation: QuitConfirmationOverlay(theme: theme).draw(into: &screen)
        case .itHurts(let box): ItHurtsOverlay(box: box, theme: theme).draw(into: &screen)
        case nil: break
        }
        if let journalWarning {
            StyledLine(journalWarning, theme.warning).draw(into: &screen, row: screen.height - 1, column: 0, width: screen.width)
        }
        return screen
    }
}
