import Testing
import KneadCore

/// Phrases in the locale's language, dates in Russian, and the language each locale gives.
@Suite struct WordingTests {
    @Test func stepCountsTakeTheLanguageTheyAreGiven() {
        #expect([1, 15].map { StepCount.text($0, in: .english) } == ["1 step", "15 steps"])
        #expect([21, 3, 5].map { StepCount.text($0, in: Wording(language: .russian)) } == ["21 шаг", "3 шага", "5 шагов"])
    }

    @Test func localesChooseTheLanguage() {
        #expect(DisplayLanguage(code: "ru_RU") == .russian)
        #expect(DisplayLanguage(code: "ru_UA") == .russian)
        #expect(DisplayLanguage(code: "ru") == .russian)
        #expect(DisplayLanguage(code: "ru-RU") == .russian)
        #expect(DisplayLanguage(code: "en_US") == .english)
        #expect(DisplayLanguage(code: "de_DE") == .english)
        #expect(DisplayLanguage(code: "rus") == .english)
        #expect(DisplayLanguage(code: nil) == .english)
    }

    @Test func argumentsTakeTheirPlaces() {
        #expect(Wording(language: .russian)(.sessionPosition, 3, 15, "4:30") == "шаг 3 из 15 · осталось 4:30")
        #expect(Wording.english(.sessionPosition, 3, 15, "4:30") == "step 3 of 15 · 4:30 left")
    }

    @Test func datesInRussian() throws {
        let words = Wording(language: .russian)
        let monday = try #require(CalendarDay(year: 2026, month: 11, day: 30))
        #expect(words.weekdayDayMonth(monday) == "пн, 30 ноя")
        #expect(words.dayMonth(try #require(CalendarDay(year: 2027, month: 1, day: 12))) == "12 янв")
        #expect(words.dayMonth(try #require(CalendarDay(year: 2027, month: 5, day: 1))) == "1 мая")
        let week = (0..<7).map { words.weekdayDayMonth(monday.adding(days: $0)) }
        #expect(week == ["пн, 30 ноя", "вт, 1 дек", "ср, 2 дек", "чт, 3 дек", "пт, 4 дек", "сб, 5 дек", "вс, 6 дек"])
        #expect(Wording.english.weekdayDayMonth(monday) == "Mon 30 Nov")
    }

    @Test func courseStandingInRussian() throws {
        let day = try #require(CalendarDay(year: 2026, month: 11, day: 30))
        let standing = CourseStanding(nextSession: 5, maxSessions: 12, lastSessionDay: day, restUntil: nil)
        #expect(standing.summary(in: Wording(language: .russian)) == "сеанс 5 из 12 · последний пн, 30 ноя")
        #expect(standing.summary(in: .english) == "session 5 of at most 12 · last on Mon 30 Nov")
    }

    @Test func getReadyStepsInRussian() {
        let words = Wording(language: .russian)
        #expect(words[.stepSwitchToRight] == "Переходим на правую сторону")
        #expect(words.capitalSide(.left) == "ЛЕВАЯ")
        #expect(words.side(.right) == "правая сторона")
    }

    @Test func placeholdersAreFilledInOnePassAndAnArgumentIsNeverSearched() {
        #expect(Wording.filling("{2} after {1}, {1} again", with: ["one", 2]) == "2 after one, one again")
        #expect(Wording.filling("шаг {1} из {2} — «{1}»", with: [3, 15]) == "шаг 3 из 15 — «3»")
        #expect(Wording.filling("{1}: {2}", with: ["My {2} routine", "kneading"]) == "My {2} routine: kneading",
                "a routine's own title is kept as written")
        #expect(Wording.filling("{3} {0} {x} {} {1", with: ["a", "b"]) == "{3} {0} {x} {} {1", "what fills nothing stays")
        #expect(Wording.filling("{12}", with: Array(1...12)) == "12")
        #expect(Wording.filling("no braces", with: ["a"]) == "no braces")
        #expect(Wording.filling("{1}{1}", with: ["é"]) == "éé")
    }
}
