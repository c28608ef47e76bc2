import KneadCore

/// The safety check's own words in the person's language: its questions, answers and headings.
struct SafetyCheckWording {
    /// knead's words in the language of the screen.
    let words: Wording

    var contraindicationsHeading: String { words["safety.contraindicationsHeading"] }
    var confirmQuestion: String { words["safety.confirmQuestion"] }
    var confirmKeys: (none: String, some: String) { (words["safety.confirm.none"], words["safety.confirm.some"]) }
    var askDoctor: String { words["safety.askDoctor"] }
    var firstTimeHeading: String { words["safety.firstTimeHeading"] }
    var firstTimeQuestion: String { words["safety.firstTimeQuestion"] }
    var firstTimeKeys: (done: String, notYet: String) { (words["safety.firstTime.done"], words["safety.firstTime.notYet"]) }
    var firstTimeNotDone: String { words["safety.firstTimeNotDone"] }
    var refusedInFlare: String { words["safety.refusedInFlare"] }
    var nothingGentle: String { words["safety.nothingGentle"] }
    var noSteps: String { words["safety.noSteps"] }
    var choicesHeading: String { words["safety.choicesHeading"] }
    var soreSideLabel: String { words["safety.soreSideLabel"] }
    var flareLabel: String { words["safety.flareLabel"] }
    var gentleLabel: String { words["safety.gentleLabel"] }
    var showList: String { words["safety.show"] }
    var foldList: String { words["safety.fold"] }
    var positionHeading: String { words["safety.positionHeading"] }
    var stopIfHeading: String { words["safety.stopIfHeading"] }
    var notesHeading: String { words["safety.notesHeading"] }
    var courseHeading: String { words["safety.courseHeading"] }
    var begin: String { words["safety.begin"] }
    var enterOrSpace: String { words["safety.enterOrSpace"] }
    var moreBelow: String { words["safety.moreBelow"] }
    var scroll: String { words["safety.scroll"] }

    /// `Contraindications: confirmed on 20 Nov`.
    func confirmed(on day: CalendarDay) -> String { words("safety.confirmedOn", words.dayMonth(day)) }

    /// `left (the right side first)`, `neither`.
    func soreSide(_ answer: SoreSide) -> String {
        switch answer {
        case .left: words["safety.sore.left"]
        case .right: words["safety.sore.right"]
        case .neither: words["safety.sore.neither"]
        }
    }

    func onOff(_ on: Bool) -> String { words[on ? "safety.on" : "safety.off"] }
    func yesNo(_ yes: Bool) -> String { words[yes ? "safety.yes" : "safety.no"] }

    /// Why gentle mode is on: `on (flare)`, `on, as last time ended on "it hurts"`.
    func gentle(_ choice: FlareChoice) -> String {
        if choice.flare { return words["safety.gentle.flare"] }
        if choice.gentle && choice.gentleOffered { return words["safety.gentle.offered"] }
        return onOff(choice.gentle)
    }

    /// `This course has had its 12 sessions: rest until 12 Jan.`
    func courseFull(sessions: Int, restUntil day: CalendarDay) -> String {
        words("safety.courseFull", words.count("sessions", sessions), words.dayMonth(day))
    }

    /// The course limits in a sentence: `At most 12 sessions in a row, then 14 days of rest.`
    func courseLimits(sessions: Int?, restDays: Int?) -> String? {
        switch (sessions, restDays) {
        case let (sessions?, days?): words("safety.limits.both", words.count("sessions", sessions), words.count("days", days))
        case let (sessions?, nil): words("safety.limits.sessions", words.count("sessions", sessions))
        case let (nil, days?): words("safety.limits.rest", words.count("days", days))
        case (nil, nil): nil
        }
    }
}
