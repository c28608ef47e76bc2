/// knead's own words in the language the person reads: phrases, counted phrases with the
/// right plural form, dates and the names of sides.
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

    private var catalogue: any PhraseCatalogue.Type { language.catalogue }

    /// The text of `phrase` in this language.
    public subscript(_ phrase: Phrase) -> String {
        catalogue.text(for: phrase)
    }

    /// The text of `phrase` with each argument in place of `{1}`, `{2}`…
    public func callAsFunction(_ phrase: Phrase, _ arguments: any CustomStringConvertible...) -> String {
        Self.filling(self[phrase], with: arguments)
    }

    /// `text` with each argument in place of `{1}`, `{2}`…, for any catalogue's phrases.
    public static func filling(_ text: String, with arguments: [any CustomStringConvertible]) -> String {
        var text = text
        for (index, argument) in arguments.enumerated() {
            text = text.replacing("{\(index + 1)}", with: argument.description)
        }
        return text
    }

    /// The counted `phrase` for `count`, in the plural form the language asks for:
    /// `1 step`, `5 steps`; `1 шаг`, `2 шага`, `5 шагов`.
    public func count(_ phrase: CountedPhrase, _ count: Int) -> String {
        catalogue.forms(for: phrase).text(for: catalogue.pluralCategory(for: count), count: count)
    }

    /// `Mon 30 Nov`; `пн, 30 ноя`.
    public func weekdayDayMonth(_ day: CalendarDay) -> String {
        self(.dateWeekdayDayMonth, weekday(day), dayMonth(day))
    }

    /// The short name of the day's weekday: `Mon`; `пн`.
    public func weekday(_ day: CalendarDay) -> String {
        self[CalendarNames.weekdays[day.weekday]]
    }

    /// `30 Nov`; `30 ноя`.
    public func dayMonth(_ day: CalendarDay) -> String {
        let (_, month, dayOfMonth) = day.components
        return self(.dateDayMonth, dayOfMonth, self[CalendarNames.months[month - 1]])
    }

    /// The side in capitals, as the big label and banners show it: `LEFT`; `ЛЕВАЯ`.
    public func capitalSide(_ side: Side) -> String {
        self[side == .left ? .sideLeftCapital : .sideRightCapital]
    }

    /// The side in one word, as tables and the journal write it: `left`; `левая`.
    public func sideWord(_ side: Side) -> String {
        self[side == .left ? .cliSideLeft : .cliSideRight]
    }

    /// The technique's name: `Kneading`; `Разминание`.
    public func technique(_ technique: Technique) -> String {
        let phrase: Phrase = switch technique {
        case .stroking: .techniqueStroking
        case .rubbing: .techniqueRubbing
        case .squeezing: .techniqueSqueezing
        case .kneading: .techniqueKneading
        case .pressing: .techniquePressing
        case .vibration: .techniqueVibration
        case .tapping: .techniqueTapping
        case .pinching: .techniquePinching
        case .cupping: .techniqueCupping
        case .acupressure: .techniqueAcupressure
        case .honey: .techniqueHoney
        case .rest: .techniqueRest
        }
        return self[phrase]
    }

    /// The side as a phrase: `left side`; `левая сторона`.
    public func side(_ side: Side) -> String {
        self[side == .left ? .sideLeft : .sideRight]
    }
}
