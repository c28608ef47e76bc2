/// The routine object and its small sub-objects: format, id, safety and course.
extension RoutineValidator {
    /// The only format version this loader understands.
    static let supportedFormat = 1

    /// The keys a routine object may have, in the order the format lists them.
    static let routineKeys = [
        "format", "id", "title", "summary", "zone", "position", "transition", "safety", "course", "source", "stages",
    ]
    static let safetyKeys = ["contraindications", "stopIf", "notes", "inFlare", "firstTimeCheck"]
    static let courseKeys = ["everyDays", "perWeek", "maxSessions", "longestDays", "restDays", "note"]

    /// The routine the document describes, or nil when there is any problem.
    ///
    /// A script of another format version is reported for that alone, since its other keys may
    /// mean something this loader does not know.
    mutating func routine(from document: JSONValue) -> Routine? {
        guard let object = ScriptObject(document, path: .root) else {
            report(expected: "an object", found: document, path: .root)
            return nil
        }
        guard isSupportedFormat(in: object) else { return nil }
        checkKeys(of: object, allowed: Self.routineKeys)

        let id: String? = if let value = object.value(for: "id") {
            identifier(value, path: object.path(of: "id"))
        } else {
            defaultID
        }
        let title = required("title", in: object).flatMap { text($0, path: object.path(of: "title"), isRequired: true) }
        let summary = optionalText("summary", in: object)
        let zone = optionalText("zone", in: object)
        let position = optionalText("position", in: object)
        let transition: Duration? = if let value = object.value(for: "transition") {
            duration(value, path: object.path(of: "transition"), allowsZero: true)
        } else {
            Routine.defaultTransition
        }
        let safety = object.value(for: "safety").map { self.safety($0, path: object.path(of: "safety")) } ?? Safety()
        let course = object.value(for: "course").flatMap { self.course($0, path: object.path(of: "course")) }
        let source = optionalText("source", in: object)
        let stages = required("stages", in: object).flatMap { self.stages($0, path: object.path(of: "stages")) }

        guard problems.isEmpty, let id, let title, let transition, let stages else { return nil }
        return Routine(
            id: id, title: title, summary: summary, zone: zone, position: position, transition: transition,
            safety: safety, course: course, source: source, stages: stages
        )
    }

    /// Whether the routine's `format` lets the rest be read: true unless it is another version.
    private mutating func isSupportedFormat(in object: ScriptObject) -> Bool {
        guard let value = required("format", in: object) else { return true }
        let path = object.path(of: "format")
        guard case .number(let number) = value.content, number.isInteger else {
            report(expected: "the integer \(Self.supportedFormat)", found: value, path: path)
            return true
        }
        guard number.integerValue == Self.supportedFormat else {
            report(expected: "\(Self.supportedFormat)", found: value, path: path)
            return false
        }
        return true
    }

    private mutating func identifier(_ value: JSONValue, path: FieldPath) -> String? {
        guard case .string(let text) = value.content, RoutineIdentifier.isValid(text) else {
            report(expected: "lowercase letters, digits and \"-\"", found: value, path: path)
            return nil
        }
        return text
    }

    /// The text of the optional key `key` of `object`, nil when absent or empty.
    mutating func optionalText(_ key: String, in object: ScriptObject) -> LocalizedText? {
        object.value(for: key).flatMap { text($0, path: object.path(of: key), isRequired: false) }
    }

    private mutating func safety(_ value: JSONValue, path: FieldPath) -> Safety {
        guard let object = object(value, path: path, keys: Self.safetyKeys) else { return Safety() }
        func list(_ key: String) -> [LocalizedText] {
            object.value(for: key).map { textList($0, path: object.path(of: key)) } ?? []
        }
        // What a routine may do in a flare: "gentle" (the default) or "avoid".
        let inFlare = object.value(for: "inFlare").flatMap {
            enumCase(FlareRule.self, from: $0, path: object.path(of: "inFlare"), kind: "flare rule") { _ in "\"gentle\" or \"avoid\"" }
        } ?? .gentle
        return Safety(
            contraindications: list("contraindications"), stopIf: list("stopIf"), notes: list("notes"), inFlare: inFlare,
            firstTimeCheck: optionalText("firstTimeCheck", in: object)
        )
    }

    /// The non-empty texts of an array; every element is required to be one.
    private mutating func textList(_ value: JSONValue, path: FieldPath) -> [LocalizedText] {
        guard case .array(let elements) = value.content else {
            report(expected: "an array of texts", found: value, path: path)
            return []
        }
        return elements.enumerated().compactMap { index, element in
            text(element, path: path.appending(index: index), isRequired: true)
        }
    }

    private mutating func course(_ value: JSONValue, path: FieldPath) -> Course? {
        guard let object = object(value, path: path, keys: Self.courseKeys) else { return nil }
        func count(_ key: String, atLeast minimum: Int) -> Int? {
            object.value(for: key).flatMap { integer($0, path: object.path(of: key), atLeast: minimum) }
        }
        let maxSessions = count("maxSessions", atLeast: 1)
        let restDays = count("restDays", atLeast: 0)
        let longestDays = count("longestDays", atLeast: 1)
        let note = optionalText("note", in: object)
        return Course(
            maxSessions: maxSessions, restDays: restDays, rhythm: rhythm(in: object), longestDays: longestDays, note: note
        )
    }

    /// The course's rhythm: `everyDays` (1 or more) or `perWeek` (1 to 7), never both.
    private mutating func rhythm(in object: ScriptObject) -> CourseRhythm? {
        let everyDays = object.value(for: "everyDays")
        let perWeek = object.value(for: "perWeek")
        if everyDays != nil, let perWeek {
            report(
                "give either \"everyDays\" or \"perWeek\", not both", at: perWeek.position, path: object.path(of: "perWeek")
            )
            return nil
        }
        if let everyDays {
            return integer(everyDays, path: object.path(of: "everyDays"), atLeast: 1).map(CourseRhythm.everyDays)
        }
        if let perWeek {
            let path = object.path(of: "perWeek")
            guard case .number(let number) = perWeek.content, let sessions = number.integerValue, (1...7).contains(sessions) else {
                report(expected: "a whole number from 1 to 7", found: perWeek, path: path)
                return nil
            }
            return .perWeek(sessions)
        }
        return nil
    }
}
