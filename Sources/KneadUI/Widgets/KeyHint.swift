/// A key and what it does, as the one-line key help at the bottom of a screen shows it.
struct KeyHint: Hashable, Sendable {
    /// Hints ranked this low or lower are essential: they are shortened rather than left out.
    static let essentialRank = 1

    /// The key as written, such as `Space`.
    var key: String
    /// What it does, in a word or two.
    var action: String
    /// How long the hint stays as the line gets narrower: lower stays longer.
    var rank: Int

    init(_ key: String, _ action: String, rank: Int) {
        self.key = key
        self.action = action
        self.rank = rank
    }

    /// The key help line for `hints` within `width`, such as `Space: pause · q: quit`.
    ///
    /// When the line is too wide, the highest-ranked hints are left out first; when even the
    /// essential ones do not fit, they are written tightly (`Space:pause q:quit`).
    static func line(_ hints: [KeyHint], width: Int, theme: Theme) -> StyledLine {
        var shown = hints
        while spans(shown, compact: false, theme: theme).width > width,
              let dropped = shown.indices.max(by: { shown[$0].rank < shown[$1].rank }),
              shown[dropped].rank > essentialRank {
            shown.remove(at: dropped)
        }
        let regular = spans(shown, compact: false, theme: theme)
        return StyledLine(spans: regular.width <= width ? regular : spans(shown, compact: true, theme: theme))
    }

    private static func spans(_ hints: [KeyHint], compact: Bool, theme: Theme) -> [StyledSpan] {
        let separator = StyledSpan(compact ? " " : " · ", theme.faint)
        return hints.enumerated().flatMap { index, hint in
            (index == 0 ? [] : [separator]) + [StyledSpan(hint.key + ":", theme.key), StyledSpan((compact ? "" : " ") + hint.action)]
        }
    }
}
