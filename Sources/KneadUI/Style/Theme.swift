import KneadCore

/// The styles of every part of the app, with colours or without.
///
/// Without colours only bold, reverse and dim are used, so the screen stays clear on a
/// terminal that has none.
struct Theme: Hashable, Sendable {
    /// Whether styles carry colours.
    let colors: Bool
    /// The words of the screens, in the person's language.
    var words: Wording = .english

    /// Titles and headings.
    var title: CellStyle { CellStyle(bold: true) }
    /// Less important text: summaries, labels, rules.
    var faint: CellStyle { CellStyle(dim: true) }
    /// The keys in the key help.
    var key: CellStyle { CellStyle(color: tint(.cyan), bold: true) }
    /// The highlighted routine of the picker.
    var selected: CellStyle { CellStyle(bold: true, reverse: true) }
    /// A banner across the screen: the side to work, the get-ready notice.
    var banner: CellStyle { CellStyle(color: tint(.yellow), bold: true, reverse: true) }
    /// The side drawn big beside the countdown.
    var sideLabel: CellStyle { CellStyle(color: tint(.yellow), bold: true) }
    /// The paused banner and label.
    var paused: CellStyle { CellStyle(color: tint(.red), bold: true, reverse: true) }
    /// The countdown while it runs.
    var countdown: CellStyle { CellStyle(color: tint(.green), bold: true) }
    /// The countdown while it is frozen.
    var frozenCountdown: CellStyle { CellStyle(dim: true) }
    /// A step's caution.
    var caution: CellStyle { CellStyle(color: tint(.yellow), bold: true) }
    /// What must stop a person from starting: the contraindications heading.
    var warning: CellStyle { CellStyle(color: tint(.red), bold: true) }
    /// The done part of a progress bar.
    var progressDone: CellStyle { CellStyle(color: tint(.green)) }
    /// The part of a progress bar still to go.
    var progressLeft: CellStyle { CellStyle(dim: true) }
    /// The frame of a box drawn over the screen.
    var frame: CellStyle { CellStyle(color: tint(.cyan), bold: true) }
    /// The body figure's lit region.
    var figureRegion: CellStyle { CellStyle(color: tint(.cyan), bold: true) }
    /// An arrow or a point marked on the body figure's lit region, cut out of it.
    var figureMark: CellStyle { CellStyle(color: tint(.cyan), bold: true, reverse: true) }
    /// The good news of a finished session.
    var success: CellStyle { CellStyle(color: tint(.green), bold: true) }

    /// A calendar's day that a session is due on.
    var calendarDue: CellStyle { CellStyle(color: tint(.cyan), bold: true) }
    /// A calendar's day of rest after a full course.
    var calendarRest: CellStyle { CellStyle(color: tint(.blue), dim: true) }
    /// A calendar's day with a session quit before its end.
    var calendarQuit: CellStyle { CellStyle(color: tint(.magenta)) }
    /// A calendar's day on which "it hurts" was pressed.
    var calendarItHurts: CellStyle { CellStyle(color: tint(.red), bold: true) }
    /// Today on a calendar, whatever its mark.
    var calendarToday: CellStyle { CellStyle(bold: true, reverse: true) }

    /// A calendar's day of finished sessions, shaded by the pain after them on the fixed 0–10
    /// bands of `DayMark.painBand` (nil when none was given): green, yellow, red.
    func calendarFinished(painBand: Int?) -> CellStyle {
        switch painBand {
        case nil, 0: CellStyle(color: tint(.green))
        case 1: CellStyle(color: tint(.yellow))
        default: CellStyle(color: tint(.red), bold: true)
        }
    }

    /// The style of a technique's name, in the technique's colour.
    func technique(_ technique: Technique) -> CellStyle {
        CellStyle(color: tint(Self.techniqueColors[technique] ?? .white), bold: true)
    }

    /// The colour that marks each technique, so a glance tells moves apart.
    static let techniqueColors: [Technique: TextColor] = [
        .stroking: .cyan, .rubbing: .yellow, .squeezing: .magenta, .kneading: .green,
        .pressing: .blue, .vibration: .magenta, .tapping: .yellow, .pinching: .red,
        .cupping: .red, .acupressure: .blue, .honey: .yellow, .rest: .white,
    ]

    private func tint(_ color: TextColor) -> TextColor? {
        colors ? color : nil
    }
}
