import KneadCore

/// The test routines with every text in Russian as well, for the screens in Russian.
enum RussianTestRoutines {
    /// The neck routine of `TestRoutines`, step for step, in both languages.
    static let neck = Routine(
        id: "neck",
        title: LocalizedText(translations: ["en": "Neck ease", "ru": "Шея"]),
        summary: LocalizedText(translations: ["en": "Loosens a stiff neck after a day at the desk.", "ru": "Снимает скованность шеи после дня за столом."]),
        zone: LocalizedText(translations: ["en": "neck", "ru": "шея"]),
        position: LocalizedText(translations: ["en": "Sit upright.", "ru": "Сидя прямо."]),
        safety: Safety(
            contraindications: [LocalizedText(translations: ["en": "Fever", "ru": "Температура"])],
            stopIf: [LocalizedText(translations: ["en": "Pain grows", "ru": "Боль усиливается"])],
            notes: [LocalizedText(translations: ["en": "Work the muscles, never the spine itself.", "ru": "Работайте по мышцам, не по позвоночнику."])]
        ),
        course: Course(maxSessions: 10, restDays: 14),
        stages: [
            Stage(
                name: LocalizedText(translations: ["en": "Stroking the neck", "ru": "Поглаживание шеи"]),
                technique: .stroking, area: LocalizedText(translations: ["en": "neck", "ru": "шея"]), duration: .seconds(30), reps: 10,
                instructions: LocalizedText(translations: [
                    "en": "Stroke with flat palms from the hairline down to the shoulders, slowly and lightly.",
                    "ru": "Ладонями от границы волос вниз к плечам, медленно и легко.",
                ])
            ),
            Stage(
                name: LocalizedText(translations: ["en": "Kneading the shoulder", "ru": "Разминание надплечья"]), technique: .kneading,
                area: LocalizedText(translations: ["en": "trapezius", "ru": "трапеция"]),
                duration: .seconds(20), sides: [.left, .right],
                instructions: LocalizedText(translations: [
                    "en": "Grip the muscle between thumb and fingers and knead it in slow circles.",
                    "ru": "Захватите мышцу большим и остальными пальцами, разминайте медленными кругами.",
                ]),
                caution: LocalizedText(translations: ["en": "Stay off the spine.", "ru": "Не заходите на позвоночник."])
            ),
            Stage(
                name: LocalizedText(translations: ["en": "Resting", "ru": "Отдых"]), technique: .rest,
                area: LocalizedText(translations: ["en": "whole back", "ru": "вся спина"]), duration: .seconds(15),
                instructions: LocalizedText(translations: ["en": "Sit still and breathe slowly.", "ru": "Посидите спокойно, дышите медленно."])
            ),
        ]
    )

    /// The lower-back routine of `TestRoutines` in both languages.
    static let back = Routine(
        id: "back",
        title: LocalizedText(translations: ["en": "Lower back", "ru": "Поясница"]),
        summary: LocalizedText(translations: ["en": "A short warm-up for the lower back.", "ru": "Короткая разминка для поясницы."]),
        zone: LocalizedText(translations: ["en": "lower back", "ru": "поясница"]),
        stages: [
            Stage(
                name: LocalizedText(translations: ["en": "Rubbing the lower back", "ru": "Растирание поясницы"]), technique: .rubbing,
                area: LocalizedText(translations: ["en": "lumbar muscles", "ru": "мышцы поясницы"]),
                duration: .seconds(45), instructions: LocalizedText(translations: ["en": "Rub briskly with the backs of the hands.", "ru": "Энергично растирайте тыльной стороной кистей."])
            ),
        ]
    )

    static let all = [neck, back]
}
