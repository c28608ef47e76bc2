import KneadCore
import KneadUI

/// The plain mode's questions as lines in the person's language: each question with its
/// answers named, the lists before it, and why nothing starts.
struct PlainQuestionWording {
    /// knead's words in the person's language.
    let words: Wording

    /// The question as one line with its answers named:
    /// `Is this a flare? (y / Enter: no)`.
    /// The course warning's question names the session it would start, from `standing`.
    func line(for question: PlainQuestion, standing: CourseStanding? = nil) -> String {
        switch question {
        case .contraindications: words[.cliAskContraindications]
        case .firstTimeCheck: words[.cliAskFirstTimeCheck]
        case .soreSide: words[.cliAskSoreSide]
        case .flare: words[.cliAskFlare]
        case .courseFull:
            (standing.flatMap { CourseWarning(standing: $0).sentences(in: words).last }.map { $0 + " " } ?? "")
                + words[.cliAskCourseFullAnswers]
        case .painBefore: words[.cliAskPainBefore]
        case .painAfter: words[.cliAskPainAfter]
        }
    }

    /// The lines shown before the question: the list it asks about, or what it is about.
    func lines(before question: PlainQuestion, of questions: PlainSafetyQuestions) -> [String] {
        let routine = questions.check.routine
        switch question {
        case .contraindications:
            return contraindications(of: routine)
        case .firstTimeCheck:
            guard let text = questions.check.firstTimeCheck?.text else { return [] }
            return [words[.safetyFirstTimeHeading], "  " + text.resolved(for: words.language.code)]
        case .courseFull:
            guard let standing = questions.check.standing else { return [] }
            return Array(CourseWarning(standing: standing).sentences(in: words).dropLast())
        case .soreSide, .flare, .painBefore, .painAfter:
            return []
        }
    }

    /// The routine's contraindications under their heading, one a line.
    func contraindications(of routine: Routine) -> [String] {
        [words[.safetyContraindicationsHeading]] + routine.safety.contraindications.map { "  " + $0.resolved(for: words.language.code) }
    }

    /// What a wrong answer is told before the question comes again: `Please answer n or y.`
    func accepted(for question: PlainQuestion) -> String {
        let answers = switch question {
        case .contraindications, .firstTimeCheck, .courseFull: "n, y"
        case .soreSide: "l, r, Enter"
        case .flare: "y, n, Enter"
        case .painBefore, .painAfter: words[.cliAskAcceptedRating]
        }
        return words(.cliAskAccepted, answers)
    }

    /// The line saying the contraindications shown were not confirmed, as nobody could be asked.
    var notConfirmed: String { words[.cliAskNotConfirmed] }

    /// Why nothing starts, as a sentence.
    func reason(_ reason: PlainQuestionsEnding.Reason, routineID: String) -> String {
        switch reason {
        case .contraindicationApplies: words[.safetyAskDoctor]
        case .firstTimeCheckNotDone: words[.safetyFirstTimeNotDone]
        case .courseFull: words[.cliAskCourseFullDeclined]
        case .noAnswer: words[.cliAskNoAnswer]
        case .refused(.refusedInFlare): words(.cliPlainRefusedInFlare, routineID)
        case .refused(.nothingGentle): words(.cliPlainNothingGentle, routineID)
        case .refused(.noSteps): words(.cliPlainNoSteps, routineID)
        }
    }
}
