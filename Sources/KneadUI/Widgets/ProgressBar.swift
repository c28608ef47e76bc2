/// A bar that fills from left to right as something gets done.
enum ProgressBar {
    /// The bar `width` cells wide filled to `fraction` (taken between 0 and 1), as its done
    /// part `█` and its part still to go `░`.
    static func spans(fraction: Double, width: Int, done: CellStyle, left: CellStyle) -> [StyledSpan] {
        guard width > 0 else { return [] }
        let share = fraction.isNaN ? 0 : min(1, max(0, fraction))
        let filled = Int((share * Double(width)).rounded(.down))
        return [
            StyledSpan(String(filledWith: "█", count: filled), done),
            StyledSpan(String(filledWith: "░", count: width - filled), left),
        ].filter { !$0.text.isEmpty }
    }
}
