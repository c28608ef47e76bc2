import KneadCore

/// Asks the plain mode's questions as lines: each on standard output, its answer read as a
/// line from standard input, a wrong answer told what is accepted and asked again.
///
/// The decisions are `PlainSafetyQuestions`'s; this only reads, prints and has the answers kept.
struct PlainQuestionAsker {
    /// The questions' words in the person's language.
    let wording: PlainQuestionWording
    /// Keeps an entry in the journal.
    let record: (JournalEntry) -> Void

    /// Asks the questions before a session, keeping every answer as it is given, and
    /// returns where they ended.
    func askBeforeSession(_ questions: PlainSafetyQuestions) -> PlainQuestionsEnding {
        var questions = questions
        for answer in questions.answeredAhead { record(.safetyAnswered(answer)) }
        while let question = questions.question {
            for line in wording.lines(before: question, of: questions) { say(line) }
            let prompt = wording.line(for: question, standing: questions.check.standing)
            while true {
                say(prompt)
                let taken = questions.take(readLine(strippingNewline: true))
                if let answer = taken.answer { record(.safetyAnswered(answer)) }
                if taken.understood { break }
                say(wording.accepted(for: question))
            }
        }
        return questions.ending ?? .stop(.noAnswer)
    }

    /// Asks how much it hurts after the session; nil when skipped or input ended.
    func askPainAfter() -> Int? {
        let prompt = wording.line(for: .painAfter)
        while true {
            say(prompt)
            guard let line = readLine(strippingNewline: true) else { return nil }
            if case .rating(let rating)? = PlainQuestion.painAfter.answer(for: line) { return rating }
            say(wording.accepted(for: .painAfter))
        }
    }

    private func say(_ line: String) {
        StandardStream.output.writeVisibleLine(line)
    }
}
