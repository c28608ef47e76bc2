import KneadCore

/// A session under way: its keys, its boxes (help, quit, "it hurts"), and the time passing;
/// when it ends, the pain question after it.
///
/// While a box is open the session keeps running, so the massage goes on while the person
/// reads; ticks still reach it, and if it ends meanwhile the box closes.
struct SessionFeature: Feature {
    /// The session's keys in the help.
    static let keys = KeySection(heading: .helpSession, bindings: SessionCommand.bindings)
    /// The help's sections during and after a session: the session's keys first.
    static let helpDuringSession = [keys, ItHurtsBoxFeature.keys, SafetyCheckFeature.keys, PickerFeature.keys]

    /// The session and the rules it is followed by.
    private(set) var driver: SessionDriver
    /// The routine of the session.
    let routine: Routine

    var name: String { "session" }

    var helpSections: [KeySection] { Self.helpDuringSession }

    func nextChange(after now: Instant) -> Instant? {
        driver.session.nextChange(after: now)
    }

    mutating func handle(_ input: FeatureInput, in context: AppContext) -> Transition {
        switch input {
        case .key(let key, let now): return press(key, at: now)
        case .tick(let now): return send(.ticked(at: now))
        case .suspended(let now): return send(.suspended(at: now))
        case .boxAnswered(.quitConfirmed, let now): return send(.quitConfirmed(at: now))
        case .boxAnswered(.itHurts(let choice, let box), let now):
            let commands = driver.choose(choice, in: box, at: now)
            return ended(after: commands)
        }
    }

    /// Applies a session key: pause, skip, back, restart, more or less time, "it hurts", help, quit.
    private mutating func press(_ key: Key, at now: Instant) -> Transition {
        guard let command = SessionCommand.bindings.command(for: key) else { return .stay() }
        let adjustment = SessionDriver.timeAdjustment
        switch command {
        case .pauseOrResume: return send(.pauseKeyPressed(at: now))
        case .nextStep: return send(.nextKeyPressed(at: now))
        case .back: return send(.backKeyPressed(at: now))
        case .restartStep: return send(.restartKeyPressed(at: now))
        case .addTime: return send(.timeAdjusted(by: adjustment, at: now))
        case .removeTime: return send(.timeAdjusted(by: .zero - adjustment, at: now))
        case .itHurts:
            guard let pressed = driver.pressItHurts(at: now) else { return .stay() }
            return ended(after: pressed.commands, otherwise: .openBox(ItHurtsBoxFeature(box: pressed.box)))
        case .showHelp: return Transition(.openBox(HelpBoxFeature(sections: helpSections)))
        case .askToQuit: return Transition(.openBox(QuitQuestionFeature()))
        }
    }

    /// Sends an event to the session.
    private mutating func send(_ event: SessionEvent) -> Transition {
        let commands = driver.send(event)
        return ended(after: commands)
    }

    /// The pain question when the session has ended, with `commands`; else `otherwise`.
    private func ended(after commands: [AppCommand], otherwise: Navigation = .stay) -> Transition {
        Transition(driver.hasEnded ? .replace(PainQuestionFeature.after(driver)) : otherwise, commands: commands)
    }

    /// Draws the session, with the figure of the step's region beside the move and the
    /// countdown where the text leaves it room; else the text alone, across the area.
    func draw(into screen: inout Screen, area: Area, in context: AppContext, at now: Instant) {
        var text = SessionScreen(session: driver.session, now: now, theme: context.theme, language: context.language, notice: context.speechProblem)
        let step = driver.session.currentStep
        if let figure = BodyFigure(stage: step.stage, side: step.side, theme: context.theme),
           let columns = FigureBeside(figure: figure).areas(splitting: area)?.figure.width {
            var beside = screen
            text.figureColumns = columns + 2
            text.draw(into: &beside, area: area)
            let band = area.columns([area.width - columns - 1, columns])[1]
            let free = band.rows([FigureBeside.headingRows, 0])[1].top(beside.blankRows(in: band, from: band.row + FigureBeside.headingRows))
            if figure.size(fitting: free) != nil {
                figure.draw(into: &beside, area: free)
                screen = beside
                return
            }
            text.figureColumns = 0
        }
        text.draw(into: &screen, area: area)
    }
}
