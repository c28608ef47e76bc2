/// A screen laid out as one `VerticalStack` between side margins, in whatever area it is given.
protocol StackedScreen {
    /// The layout for content `width` cells wide and `height` rows high.
    func stack(width: Int, height: Int) -> VerticalStack
}

extension StackedScreen {
    /// The cells left for content across a screen `width` cells wide, once the margins are off.
    static func contentWidth(screenWidth width: Int) -> Int {
        width - 2 * VerticalStack.margin(forScreenWidth: width)
    }

    /// Draws the layout into `area` of `screen`, within its side margins; nothing into an empty area.
    func draw(into screen: inout Screen, area: Area) {
        guard !area.isEmpty else { return }
        let margin = VerticalStack.margin(forScreenWidth: area.width)
        stack(width: Self.contentWidth(screenWidth: area.width), height: area.height).draw(into: &screen, area: area, margin: margin)
    }
}
