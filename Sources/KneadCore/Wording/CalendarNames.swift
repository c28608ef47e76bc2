/// The short names of weekdays and months in each language, as dates on screen use them.
enum CalendarNames {
    /// Monday first.
    static func weekdays(_ language: DisplayLanguage) -> [String] {
        switch language {
        case .english: ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
        case .russian: ["пн", "вт", "ср", "чт", "пт", "сб", "вс"]
        }
    }

    /// January first; the Russian ones in the genitive a date needs («30 ноя», «1 мая»).
    static func months(_ language: DisplayLanguage) -> [String] {
        switch language {
        case .english: ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        case .russian: ["янв", "фев", "мар", "апр", "мая", "июн", "июл", "авг", "сен", "окт", "ноя", "дек"]
        }
    }
}
