/// knead's own words in the language the person reads: phrases by key, counted phrases with
/// the right plural form, dates and the names of sides.
public struct Wording: Hashable, Sendable {
    /// The language of the words.
    public let language: DisplayLanguage

    public init(language: DisplayLanguage) {
        self.language = language
    }

    /// The wording for a locale or settings code (`ru_RU`, `en`…); English for nil.
    public init(code: String?) {
        self.init(language: DisplayLanguage(code: code))
    }

    /// English, the language of anything not asked for otherwise.
    public static let english = Wording(language: .english)

    private var catalogue: PhraseCatalogue { PhraseCatalogue.of(language) }

    /// The phrase `key`, falling back to the English one, then to the key itself.
    public subscript(_ key: String) -> String {
        catalogue.phrases[key] ?? EnglishCatalogue.catalogue.phrases[key] ?? key
    }

    /// The phrase `key` with each argument in place of `{1}`, `{2}`…
    public func callAsFunction(_ key: String, _ arguments: any CustomStringConvertible...) -> String {
        var text = self[key]
        for (index, argument) in arguments.enumerated() {
            text = text.replacing("{\(index + 1)}", with: argument.description)
        }
        return text
    }

    /// The counted phrase `key` for `count`, in the plural form the language asks for:
    /// `1 step`, `5 steps`; `1 шаг`, `2 шага`, `5 шагов`.
    /// A phrase this language lacks is counted in English, by the English rule.
    public func count(_ key: String, _ count: Int) -> String {
        if let forms = catalogue.counted[key] {
            return forms.text(for: PluralRule.category(for: count, in: language), count: count)
        }
        if let english = EnglishCatalogue.catalogue.counted[key] {
            return english.text(for: PluralRule.category(for: count, in: .english), count: count)
        }
        return "\(count) \(key)"
    }

    /// `Mon 30 Nov`; `пн, 30 ноя`.
    public func weekdayDayMonth(_ day: CalendarDay) -> String {
        let weekday = weekday(day)
        return language == .russian ? "\(weekday), \(dayMonth(day))" : "\(weekday) \(dayMonth(day))"
    }

    /// The short name of the day's weekday: `Mon`; `пн`.
    public func weekday(_ day: CalendarDay) -> String {
        CalendarNames.weekdays(language)[day.weekday]
    }

    /// `30 Nov`; `30 ноя`.
    public func dayMonth(_ day: CalendarDay) -> String {
        let (_, month, dayOfMonth) = day.components
        return "\(dayOfMonth) \(CalendarNames.months(language)[month - 1])"
    }

    /// The side in capitals, as the big label and banners show it: `LEFT`; `ЛЕВАЯ`.
    public func capitalSide(_ side: Side) -> String {
        self[side == .left ? "side.left.capital" : "side.right.capital"]
    }

    /// The side in one word, as tables and the journal write it: `left`; `левая`.
    public func sideWord(_ side: Side) -> String {
        self[side == .left ? "cli.side.left" : "cli.side.right"]
    }

    /// The technique's name: `Kneading`; `Разминание`.
    public func technique(_ technique: Technique) -> String {
        let key = switch technique {
        case .stroking: "technique.stroking"
        case .rubbing: "technique.rubbing"
        case .squeezing: "technique.squeezing"
        case .kneading: "technique.kneading"
        case .pressing: "technique.pressing"
        case .vibration: "technique.vibration"
        case .tapping: "technique.tapping"
        case .pinching: "technique.pinching"
        case .cupping: "technique.cupping"
        case .acupressure: "technique.acupressure"
        case .honey: "technique.honey"
        case .rest: "technique.rest"
        }
        return self[key]
    }

    /// The side as a phrase: `left side`; `левая сторона`.
    public func side(_ side: Side) -> String {
        self[side == .left ? "side.left" : "side.right"]
    }
}
