import KneadCore

/// The figure of a whole routine as lines of plain text, for the command line to print.
public enum RoutineFigureText {
    /// Every region `routine` works, drawn small, with its labels in the language of `language`;
    /// no lines when no stage names a region.
    public static func lines(of routine: Routine, language: String?) -> [String] {
        let theme = Theme(colors: false, words: Wording(code: language))
        guard let figure = BodyFigure(routine: routine, theme: theme) else { return [] }
        let extent = figure.extent(.small)
        var screen = Screen(width: extent.width, height: extent.height)
        figure.draw(into: &screen, area: Area(of: screen))
        return screen.text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }
}
