import KneadCore

/// A journal write as one line of the pending file, and back.
///
/// The first field names the kind of write; rows are `j` and the journal's id, or `u` and the
/// number of the row inserted earlier in the file; every write ends with its time.
extension JournalWrite {
    /// The write as a line, without its line break.
    var line: String {
        var fields = LineFields()
        switch self {
        case .insertSession(let number, let start, let time):
            fields.append("session")
            fields.append(number)
            fields.append(start.routineID)
            fields.append(start.routineTitle)
            fields.append(start.painBefore)
            fields.append(start.courseLimitOverridden)
            fields.append(optional: start.soreSide?.rawValue)
            fields.append(start.flare)
            fields.append(start.gentle)
            fields.append(start.options.count)
            for (name, value) in start.options.sorted(by: { $0.key < $1.key }) {
                fields.append(name)
                fields.append(value)
            }
            fields.append(start.stepNames.count)
            for name in start.stepNames { fields.append(name) }
            Self.append(time, to: &fields)
        case .stepReached(let row, let number, let time):
            fields.append("step")
            Self.append(row, to: &fields)
            fields.append(number)
            Self.append(time, to: &fields)
        case .endSession(let row, let end, let time):
            fields.append("end")
            Self.append(row, to: &fields)
            fields.append(end.ending.rawValue)
            fields.append(end.stepsDone)
            fields.append(end.stepsSkipped)
            fields.append(end.activeSeconds)
            fields.append(end.pausedSeconds)
            fields.append(end.stepReached)
            fields.append(end.skipped.count)
            for step in end.skipped { Self.append(step, to: &fields) }
            fields.append(end.quitIn != nil)
            if let quitIn = end.quitIn { Self.append(quitIn, to: &fields) }
            Self.append(time, to: &fields)
        case .event(let row, let kind, let step, let detail, let time):
            fields.append("event")
            Self.append(row, to: &fields)
            fields.append(kind)
            fields.append(step)
            fields.append(optional: detail)
            Self.append(time, to: &fields)
        case .itHurts(let row, let step, let name, let choice, let time):
            fields.append("hurts")
            Self.append(row, to: &fields)
            fields.append(step)
            fields.append(name)
            fields.append(choice.rawValue)
            Self.append(time, to: &fields)
        case .painAfter(let row, let rating, let time):
            fields.append("pain")
            Self.append(row, to: &fields)
            fields.append(rating)
            Self.append(time, to: &fields)
        case .safetyAnswer(let answer, let time):
            fields.append("safety")
            fields.append(answer.routineID)
            fields.append(answer.question.rawValue)
            fields.append(answer.reply.rawValue)
            Self.append(time, to: &fields)
        }
        return fields.line
    }

    /// The write a line holds; throws when the line is not one `line` wrote.
    init(line: Substring) throws(LineFields.Unreadable) {
        var fields = LineFields(line: line)
        switch try fields.text() {
        case "session":
            let number = try fields.integer()
            let routineID = try fields.text(), title = try fields.text()
            let painBefore = try fields.optionalInteger()
            let overridden = try fields.flag()
            let soreSide = try fields.optionalText().map { (raw: String) throws(LineFields.Unreadable) -> SoreSide in
                guard let side = SoreSide(rawValue: raw) else { throw LineFields.Unreadable() }
                return side
            }
            let flare = try fields.flag(), gentle = try fields.flag()
            var options: [String: String] = [:]
            for _ in 0..<(try Self.count(&fields)) { options[try fields.text()] = try fields.text() }
            var names: [String] = []
            for _ in 0..<(try Self.count(&fields)) { names.append(try fields.text()) }
            let start = SessionStartRecord(
                routineID: routineID, routineTitle: title, stepNames: names, painBefore: painBefore, options: options,
                courseLimitOverridden: overridden, soreSide: soreSide, flare: flare, gentle: gentle
            )
            self = .insertSession(number: number, start, at: try Self.time(&fields))
        case "step":
            self = .stepReached(try Self.row(&fields), stepNumber: try fields.integer(), at: try Self.time(&fields))
        case "end":
            let row = try Self.row(&fields)
            let ending = try fields.value(SessionEnding.self)
            let done = try fields.optionalInteger(), skippedCount = try fields.optionalInteger()
            let active = try fields.optionalNumber(), paused = try fields.optionalNumber()
            let reached = try fields.integer()
            var skipped: [NamedStep] = []
            for _ in 0..<(try Self.count(&fields)) { skipped.append(try Self.namedStep(&fields)) }
            let quitIn = try fields.flag() ? try Self.namedStep(&fields) : nil
            let end = End(
                ending: ending, stepsDone: done, stepsSkipped: skippedCount, activeSeconds: active, pausedSeconds: paused,
                stepReached: reached, skipped: skipped, quitIn: quitIn
            )
            self = .endSession(row, end, at: try Self.time(&fields))
        case "event":
            let row = try Self.row(&fields)
            self = .event(row, kind: try fields.text(), step: try fields.optionalInteger(), detail: try fields.optionalText(), at: try Self.time(&fields))
        case "hurts":
            let row = try Self.row(&fields)
            let step = try fields.integer(), name = try fields.text()
            self = .itHurts(row, step: step, stepName: name, choice: try fields.value(ItHurtsChoice.self), at: try Self.time(&fields))
        case "pain":
            self = .painAfter(try Self.row(&fields), rating: try fields.optionalInteger(), at: try Self.time(&fields))
        case "safety":
            let routineID = try fields.text()
            let answer = SafetyAnswer(routineID: routineID, question: try fields.value(SafetyAnswer.Question.self), reply: try fields.value(SafetyAnswer.Reply.self))
            self = .safetyAnswer(answer, at: try Self.time(&fields))
        default:
            throw LineFields.Unreadable()
        }
        guard fields.isAtEnd else { throw LineFields.Unreadable() }
    }

    private static func append(_ row: Row, to fields: inout LineFields) {
        switch row {
        case .journal(let id):
            fields.append("j")
            fields.append(id)
        case .unwritten(let number):
            fields.append("u")
            fields.append(number)
        }
    }

    private static func row(_ fields: inout LineFields) throws(LineFields.Unreadable) -> Row {
        switch try fields.text() {
        case "j": .journal(try fields.integer64())
        case "u": .unwritten(try fields.integer())
        default: throw LineFields.Unreadable()
        }
    }

    private static func append(_ step: NamedStep, to fields: inout LineFields) {
        fields.append(step.step)
        fields.append(step.name)
    }

    private static func namedStep(_ fields: inout LineFields) throws(LineFields.Unreadable) -> NamedStep {
        NamedStep(step: try fields.integer(), name: try fields.text())
    }

    private static func append(_ time: LocalTime, to fields: inout LineFields) {
        fields.append(time.unixSeconds)
        fields.append(time.utcOffsetSeconds)
    }

    private static func time(_ fields: inout LineFields) throws(LineFields.Unreadable) -> LocalTime {
        LocalTime(unixSeconds: try fields.integer64(), utcOffsetSeconds: try fields.integer())
    }

    /// A count of items that follow: not negative, and no more than the fields left.
    private static func count(_ fields: inout LineFields) throws(LineFields.Unreadable) -> Int {
        let count = try fields.integer()
        guard count >= 0, count <= fields.fields.count else { throw LineFields.Unreadable() }
        return count
    }
}
