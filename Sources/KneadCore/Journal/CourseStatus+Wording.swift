/// The standing in words, for `knead status`, reminders and the picker.
extension CourseStatus {
    /// The short standing: `due today`, `done today`, `next on Wed 14 Jan`, `resting until Mon
    /// 12 Jan`, `course complete, rest until Mon 12 Jan`; «сегодня по плану», «отдых до пн, 12 янв»…
    /// Empty with no course.
    public func phrase(in words: Wording) -> String {
        switch state {
        case .noCourse: ""
        case .dueToday: words[.statusDueToday]
        case .doneToday: words[.statusDoneToday]
        case .nextOn(let day): words(.statusNextOn, words.weekdayDayMonth(day))
        case .restingUntil(let day): words(.statusRestingUntil, words.weekdayDayMonth(day))
        case .courseComplete(let day): words(.statusCourseComplete, words.weekdayDayMonth(day))
        }
    }

    /// The session spoken of: `session 6 of at most 14`, or `session 6 of the course` with no
    /// limit; «сеанс 6 из 14».
    public func sessionPhrase(in words: Wording) -> String {
        maxSessions.map { words(.standingSessionOfAtMost, session, $0) } ?? words(.standingSessionOfCourse, session)
    }

    /// One line of `knead status`: the phrase, with the session when one is due or next —
    /// `due today (session 6 of at most 14)`, `resting until Mon 12 Jan`.
    public func line(in words: Wording) -> String {
        switch state {
        case .dueToday, .nextOn: "\(phrase(in: words)) (\(sessionPhrase(in: words)))"
        default: phrase(in: words)
        }
    }
}
