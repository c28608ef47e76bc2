import KneadCore

/// The safety check's own words in the person's language: its questions, answers and headings.
struct SafetyCheckWording {
    /// knead's words in the language of the screen.
    let words: Wording

    var contraindicationsHeading: String { words[.safetyContraindicationsHeading] }
    var confirmQuestion: String { words[.safetyConfirmQuestion] }
    var confirmKeys: (none: String, some: String) { (words[.safetyConfirmNone], words[.safetyConfirmSome]) }
    var askDoctor: String { words[.safetyAskDoctor] }
    var firstTimeHeading: String { words[.safetyFirstTimeHeading] }
    var firstTimeQuestion: String { words[.safetyFirstTimeQuestion] }
    var firstTimeKeys: (done: String, notYet: String) { (words[.safetyFirstTimeDone], words[.safetyFirstTimeNotYet]) }
    var firstTimeNotDone: String { words[.safetyFirstTimeNotDone] }
    var refusedInFlare: String { words[.safetyRefusedInFlare] }
    var nothingGentle: String { words[.safetyNothingGentle] }
    var noSteps: String { words[.safetyNoSteps] }
    var choicesHeading: String { words[.safetyChoicesHeading] }
    var soreSideLabel: String { words[.safetySoreSideLabel] }
    var flareLabel: String { words[.safetyFlareLabel] }
    var gentleLabel: String { words[.safetyGentleLabel] }
    var showList: String { words[.safetyShow] }
    var foldList: String { words[.safetyFold] }
    var positionHeading: String { words[.safetyPositionHeading] }
    var stopIfHeading: String { words[.safetyStopIfHeading] }
    var notesHeading: String { words[.safetyNotesHeading] }
    var courseHeading: String { words[.safetyCourseHeading] }
    var begin: String { words[.safetyBegin] }
    var enterOrSpace: String { words[.safetyEnterOrSpace] }
    var moreBelow: String { words[.safetyMoreBelow] }
    var scroll: String { words[.safetyScroll] }

    /// `Contraindications: confirmed on 20 Nov`.
    func confirmed(on day: CalendarDay) -> String { words(.safetyConfirmedOn, words.dayMonth(day)) }

    /// `left (the right side first)`, `neither`.
    func soreSide(_ answer: SoreSide) -> String {
        switch answer {
        case .left: words[.safetySoreLeft]
        case .right: words[.safetySoreRight]
        case .neither: words[.safetySoreNeither]
        }
    }

    func onOff(_ on: Bool) -> String { words[on ? .safetyOn : .safetyOff] }
    func yesNo(_ yes: Bool) -> String { words[yes ? .safetyYes : .safetyNo] }

    /// Why gentle mode is on: `on (flare)`, `on, as last time ended on "it hurts"`.
    func gentle(_ choice: FlareChoice) -> String {
        if choice.flare { return words[.safetyGentleFlare] }
        if choice.gentle && choice.gentleOffered { return words[.safetyGentleOffered] }
        return onOff(choice.gentle)
    }

    /// `This course has had its 12 sessions: rest until 12 Jan.`
    func courseFull(sessions: Int, restUntil day: CalendarDay) -> String {
        words(.safetyCourseFull, words.count(.sessions, sessions), words.dayMonth(day))
    }

    /// The course limits in a sentence: `At most 12 sessions in a row, then 14 days of rest.`
    func courseLimits(sessions: Int?, restDays: Int?) -> String? {
        switch (sessions, restDays) {
        case let (sessions?, days?): words(.safetyLimitsBoth, words.count(.sessions, sessions), words.count(.days, days))
        case let (sessions?, nil): words(.safetyLimitsSessions, words.count(.sessions, sessions))
        case let (nil, days?): words(.safetyLimitsRest, words.count(.days, days))
        case (nil, nil): nil
        }
    }
}
