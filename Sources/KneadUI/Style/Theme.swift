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
