import Foundation
import KneadCore
import KneadJournal

/// A three-month journal written in the test through knead's own recorder, at fixed dates:
/// collar in two courses (12 sessions from 4 January 2027, 12 from 1 March) with a quit, an
/// "it hurts" press, a skipped step and a flare; honey twice in February; the contraindications
/// confirmed on the first day of each course.
struct ReportJournal {
    /// One session as written: its day, routine, pain, and what happened.
    struct Session {
        var day: CalendarDay
        var routine: String
        var before: Int?
        var after: Int?
        var quit = false
        var itHurts = false
        var skipsSecondStep = false
        var flare = false
    }

    /// The first days of the courses, when the contraindications were confirmed.
    static let contraindicationsConfirmed = [CalendarDay(year: 2027, month: 1, day: 4)!, CalendarDay(year: 2027, month: 3, day: 1)!]

    static let stepNames = ["Stroking", "Kneading (left)", "Kneading (right)", "Rest"]

    let sessions: [Session]

    init() {
        var sessions: [Session] = []
        let january = CalendarDay(year: 2027, month: 1, day: 4)!
        for index in 0..<12 {
            sessions.append(Session(day: january.adding(days: index), routine: "collar", before: 7 - index / 3, after: 4 - index / 4, itHurts: index == 2, skipsSecondStep: index % 5 == 1))
        }
        sessions.append(Session(day: january.adding(days: 12), routine: "collar", before: 5, after: nil, quit: true))
        sessions.append(Session(day: CalendarDay(year: 2027, month: 2, day: 1)!, routine: "honey", before: 6, after: 5))
        sessions.append(Session(day: CalendarDay(year: 2027, month: 2, day: 2)!, routine: "honey", before: 5, after: 3))
        let march = CalendarDay(year: 2027, month: 3, day: 1)!
        for index in 0..<12 {
            sessions.append(Session(day: march.adding(days: index), routine: "collar", before: 6 - index / 4, after: 3 - index / 6, flare: index == 0))
        }
        self.sessions = sessions
    }

    /// 09:05 at UTC+3 on `day`.
    static func morning(of day: CalendarDay, plus seconds: Int64 = 0) -> LocalTime {
        LocalTime(unixSeconds: Int64(day.number) * 86_400 + 9 * 3600 + 5 * 60 - 3 * 3600 + seconds, utcOffsetSeconds: 3 * 3600)
    }

    /// Writes the sessions into a new journal at `path`.
    func write(to path: String) throws {
        let recorder = SessionRecorder.open(path: path)
        guard recorder.journal != nil else { throw CocoaError(.fileWriteUnknown) }
        for session in sessions {
            let start = Self.morning(of: session.day)
            if Self.contraindicationsConfirmed.contains(session.day) {
                _ = recorder.record(.safetyAnswered(SafetyAnswer(routineID: session.routine, question: .contraindications, reply: .noneApply)), at: start)
            }
            let title = session.routine == "collar" ? "Collar zone" : "Honey massage"
            _ = recorder.record(.sessionStarted(SessionStartRecord(
                routineID: session.routine, routineTitle: title, stepNames: Self.stepNames, painBefore: session.before,
                options: ["language": "en"], courseLimitOverridden: false, flare: session.flare
            )), at: start)
            _ = recorder.record(.stepStarted(index: 1), at: start)
            if session.quit {
                let report = SessionReport(done: [], skipped: [], notReached: [1, 2, 3], activeTime: .seconds(30), pausedTime: .zero, endedEarly: true)
                _ = recorder.record(.sessionEnded(report, .quit), at: Self.morning(of: session.day, plus: 30))
                continue
            }
            _ = recorder.record(.stepStarted(index: 2), at: Self.morning(of: session.day, plus: 60))
            if session.itHurts {
                _ = recorder.record(.itHurts(step: 2, stepName: "Kneading (left)", choice: .gentle), at: Self.morning(of: session.day, plus: 70))
            }
            _ = recorder.record(.stepStarted(index: 4), at: Self.morning(of: session.day, plus: 180))
            let skipped = session.skipsSecondStep ? [1] : []
            let report = SessionReport(done: [0, 1, 2, 3].filter { !skipped.contains($0) }, skipped: skipped, notReached: [], activeTime: .seconds(240), pausedTime: .zero, endedEarly: false)
            _ = recorder.record(.sessionEnded(report, .finished), at: Self.morning(of: session.day, plus: 240))
            _ = recorder.record(.painAfter(session.after), at: Self.morning(of: session.day, plus: 250))
        }
        recorder.journal?.close()
    }

    /// The mean of `values` with one decimal, as the page writes it.
    static func oneDecimal(_ values: [Int]) -> String {
        let mean = Double(values.reduce(0, +)) / Double(values.count)
        let tenths = Int((abs(mean) * 10).rounded())
        return (mean < 0 && tenths > 0 ? "-" : "") + "\(tenths / 10).\(tenths % 10)"
    }
}
