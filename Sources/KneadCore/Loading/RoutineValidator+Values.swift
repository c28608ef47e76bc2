/// The kinds of values fields hold: texts, strings, names from a list, whole numbers and durations.
extension RoutineValidator {
    /// How messages describe what a text may be.
    static let textExpectation = "a text (a string, or an object of language codes to strings)"
    /// How messages describe what a duration may be.
    static let durationExpectation =
        "a duration (seconds as a number, or a string like \"45s\", \"2m\", \"1m30s\", \"1:30\")"

    /// The text in `value`: a string (English) or an object of language codes to strings.
    ///
    /// An empty text, or one of nothing but white space, is a problem when `isRequired`, and is
    /// read as no text otherwise.
    mutating func text(_ value: JSONValue, path: FieldPath, isRequired: Bool) -> LocalizedText? {
        switch value.content {
        case .string(let english):
            if !Self.isBlank(english) { return LocalizedText(english) }
        case .object(let members):
            if !members.isEmpty { return translations(members, path: path) }
        default:
            report(expected: Self.textExpectation, found: value, path: path)
            return nil
        }
        if isRequired { report(expected: "a non-empty text", found: value, path: path) }
        return nil
    }

    /// The translations of a text object; nil when any code or string is bad.
    private mutating func translations(_ members: [JSONMember], path: FieldPath) -> LocalizedText? {
        var translations: [String: String] = [:]
        var isValid = true
        for member in members {
            guard let code = LanguageCode.normalized(member.key) else {
                report(
                    "expected a language code such as \"en\", \"ru\" or \"pt_BR\", found \(ValueDescription.quoted(member.key))",
                    at: member.keyPosition, path: path
                )
                isValid = false
                continue
            }
            guard translations[code] == nil else {
                report("duplicate key \(ValueDescription.quoted(member.key))", at: member.keyPosition, path: path)
                isValid = false
                continue
            }
            if let string = string(member.value, path: path.appending(member.key), isRequired: true) {
                translations[code] = string
            } else {
                isValid = false
            }
        }
        return isValid ? LocalizedText(translations: translations) : nil
    }

    /// The string in `value`; an empty or blank one is a problem when `isRequired` and no string otherwise.
    mutating func string(_ value: JSONValue, path: FieldPath, isRequired: Bool) -> String? {
        guard case .string(let text) = value.content else {
            report(expected: "a string", found: value, path: path)
            return nil
        }
        if Self.isBlank(text) {
            if isRequired { report(expected: "a non-empty string", found: value, path: path) }
            return nil
        }
        return text
    }

    /// The case of `type` that the string in `value` names by its raw value; nil (reported) for
    /// anything else.
    ///
    /// A string that names no case is an "unknown `kind`", with the nearest name or the list of
    /// them; any other value is "expected …, found …", with `expectation` given the names
    /// joined by commas.
    mutating func enumCase<Name: CaseIterable & RawRepresentable>(
        _ type: Name.Type, from value: JSONValue, path: FieldPath, kind: String, expectation: (_ names: String) -> String
    ) -> Name? where Name.RawValue == String {
        if case .string(let text) = value.content, let found = Name(rawValue: text) { return found }
        let names = type.allCases.map(\.rawValue)
        guard case .string(let text) = value.content else {
            report(expected: expectation(names.joined(separator: ", ")), found: value, path: path)
            return nil
        }
        report("unknown \(kind) \(ValueDescription.quoted(text)); \(NameSuggestion.hint(for: text, among: names))", at: value.position, path: path)
        return nil
    }

    /// Whether `text` is empty or holds only white space (spaces, tabs, line breaks…).
    static func isBlank(_ text: String) -> Bool {
        text.allSatisfy(\.isWhitespace)
    }

    /// The whole number in `value` when it is at least `minimum`.
    mutating func integer(_ value: JSONValue, path: FieldPath, atLeast minimum: Int) -> Int? {
        if case .number(let number) = value.content, let integer = number.integerValue, integer >= minimum {
            return integer
        }
        report(expected: "a whole number of at least \(minimum)", found: value, path: path)
        return nil
    }

    /// The duration in `value`: more than zero (or zero too, when `allowsZero`) and at most 12 hours.
    mutating func duration(_ value: JSONValue, path: FieldPath, allowsZero: Bool) -> Duration? {
        let parsed: Duration? = switch value.content {
        case .number(let number): Duration(scriptSeconds: number.doubleValue) ?? .longestInScript * 2
        case .string(let text): Duration(scriptText: text)
        default: nil
        }
        guard let parsed else {
            report(expected: Self.durationExpectation, found: value, path: path)
            return nil
        }
        let isInRange = (allowsZero ? parsed >= .zero : parsed > .zero) && parsed <= .longestInScript
        guard isInRange else {
            let range = allowsZero ? "from 0 to 12 hours" : "more than 0 and at most 12 hours"
            report(expected: "a duration \(range)", found: value, path: path)
            return nil
        }
        return parsed
    }
}
