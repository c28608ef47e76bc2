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
        guard !arguments.isEmpty, text.utf8.contains(UInt8(ascii: "{")) else { return text }
        // One pass over the phrase: an argument's own text is never searched for placeholders,
        // so a routine's title that holds "{2}" stays as written.
        let bytes = Array(text.utf8)
        var filled = ""
        filled.reserveCapacity(bytes.count + 16)
        var copiedUpTo = 0
        var index = 0
        while index < bytes.count {
            guard bytes[index] == UInt8(ascii: "{"), let (number, end) = placeholder(in: bytes, at: index),
                  number >= 1, number <= arguments.count
            else {
                index += 1
                continue
            }
            filled += String(decoding: bytes[copiedUpTo..<index], as: UTF8.self)
            filled += arguments[number - 1].description
            index = end
            copiedUpTo = end
        }
        filled += String(decoding: bytes[copiedUpTo...], as: UTF8.self)
        return filled
    }

    /// The number of the placeholder `{N}` that opens at `start`, and where it ends; nil when
    /// the brace opens no placeholder.
    private static func placeholder(in bytes: [UInt8], at start: Int) -> (number: Int, end: Int)? {
        var number = 0
        var index = start + 1
        while index < bytes.count, bytes[index] >= UInt8(ascii: "0"), bytes[index] <= UInt8(ascii: "9"), index - start <= 3 {
            number = number * 10 + Int(bytes[index] - UInt8(ascii: "0"))
            index += 1
        }
        guard index > start + 1, index < bytes.count, bytes[index] == UInt8(ascii: "}") else { return nil }
        return (number, index + 1)
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
