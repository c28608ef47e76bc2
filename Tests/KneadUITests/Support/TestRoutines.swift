import KneadCore

/// Small literal routines for the tests, so they do not depend on the bundled scripts.
enum TestRoutines {
    /// Five steps, 1:30 in all: stroking 0:30, kneading left 0:20, get ready 0:05, kneading
    /// right 0:20, resting 0:15.
    static let neck = Routine(
        id: "neck",
        title: LocalizedText(translations: ["en": "Neck ease", "ru": "Шея"]),
        summary: LocalizedText("Loosens a stiff neck after a day at the desk."),
        zone: "neck",
        position: "Sit upright.",
        safety: Safety(
            contraindications: [LocalizedText("Fever"), LocalizedText("Recent neck injury")],
            stopIf: [LocalizedText("Pain grows"), LocalizedText("Dizziness")],
            notes: [LocalizedText("Work the muscles, never the spine itself.")]
        ),
        course: Course(maxSessions: 10, restDays: 14),
        stages: [
            Stage(
                name: LocalizedText(translations: ["en": "Stroking the neck", "ru": "Поглаживание шеи"]),
                technique: .stroking, area: "neck", duration: .seconds(30), reps: 10,
                instructions: LocalizedText("Stroke with flat palms from the hairline down to the shoulders, slowly and lightly.")
            ),
            Stage(
                name: LocalizedText("Kneading the shoulder"), technique: .kneading, area: "trapezius",
                duration: .seconds(20), sides: [.left, .right],
                instructions: LocalizedText("Grip the muscle between thumb and fingers and knead it in slow circles."),
                caution: LocalizedText("Stay off the spine.")
            ),
            Stage(
                name: LocalizedText("Resting"), technique: .rest, area: "whole back", duration: .seconds(15),
                instructions: LocalizedText("Sit still and breathe slowly.")
            ),
        ]
    )

    /// One step of 0:45, no safety notes.
    static let back = Routine(
        id: "back",
        title: LocalizedText("Lower back"),
        summary: LocalizedText("A short warm-up for the lower back."),
        zone: "lower back",
        stages: [
            Stage(
                name: LocalizedText("Rubbing the lower back"), technique: .rubbing, area: "lumbar muscles",
                duration: .seconds(45), instructions: LocalizedText("Rub briskly with the backs of the hands.")
            ),
        ]
    )

    /// A routine with no stages, which cannot begin.
    static let empty = Routine(id: "empty", title: LocalizedText("Empty"), stages: [])

    /// The routines the picker tests list.
    static let all = [neck, back]
}
