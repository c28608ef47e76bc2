import KneadCore

/// How a calendar draws a day's mark: a character that says it without colour, and a style
/// that says it again with colour.
struct DayMarkLook: Hashable, Sendable {
    /// The character after the day's number.
    let character: Character
    /// The style of the character and of the day's number.
    let style: CellStyle

    /// The look of `mark` in `theme`.
    init(_ mark: DayMark, theme: Theme) {
        switch mark {
        case .none:
            character = " "
            style = .plain
        case .due:
            character = "○"
            style = theme.calendarDue
        case .rest:
            character = "~"
            style = theme.calendarRest
        case .finished(let pain):
            let band = pain.map(DayMark.painBand)
            character = band.map { Self.painShades[$0] } ?? "✓"
            style = theme.calendarFinished(painBand: band)
        case .quit:
            character = "×"
            style = theme.calendarQuit
        case .itHurts:
            character = "!"
            style = theme.calendarItHurts
        }
    }

    /// The shade of each band of pain after a session, lightest first.
    static let painShades: [Character] = ["░", "▒", "▓"]
}
