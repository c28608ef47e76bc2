import KneadCore

/// Every English sentence of the safety check's questions, in one place to translate.
enum SafetyCheckWording {
    static let contraindicationsHeading = "Do not start if you have:"
    static let confirmQuestion = "Do any of these apply to you?"
    static let confirmKeys = (none: "none apply, begin", some: "one does")
    static let askDoctor = "Then do not start: ask your doctor first whether this massage is right for you."
    static let firstTimeHeading = "Once, before the very first session:"
    static let firstTimeQuestion = "Have you done it?"
    static let firstTimeKeys = (done: "done", notYet: "not yet")
    static let firstTimeNotDone = "Do it first, then come back: the session starts once it is done."
    static let refusedInFlare =
        "Not during a flare: this routine is not done in acute pain. Choose a gentle routine, or wait until the flare passes."
    static let nothingGentle = "In gentle mode nothing of this routine is left (it has no stroking or rest), so it cannot begin."
    static let choicesHeading = "Today:"
    static let soreSideLabel = "Sore side"
    static let flareLabel = "Flare (acute pain)"
    static let gentleLabel = "Gentle, skin only"
    static let showList = "show"
    static let foldList = "fold"

    /// `confirmed on 20 Nov`.
    static func confirmed(on day: CalendarDay) -> String { "Contraindications: confirmed on \(day.dayMonth)" }

    /// `left (the right side first)`, `neither`.
    static func soreSide(_ answer: SoreSide) -> String {
        switch answer {
        case .left: "left (the right side first)"
        case .right: "right (the left side first)"
        case .neither: "neither"
        }
    }

    static func onOff(_ on: Bool) -> String { on ? "on" : "off" }
    static func yesNo(_ yes: Bool) -> String { yes ? "yes" : "no" }
    /// Why gentle mode is on: `on (flare)`, `on (last time it hurt)`.
    static func gentle(_ choice: FlareChoice, offered: Bool) -> String {
        if choice.flare { return "on (flare)" }
        if choice.gentle && offered { return "on, as last time ended on \"it hurts\"" }
        return onOff(choice.gentle)
    }
}
