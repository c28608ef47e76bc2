/// A screen laid out as one `VerticalStack` between side margins.
protocol StackedScreen {
    /// The layout for content `width` cells wide and `height` rows high.
    func stack(width: Int, height: Int) -> VerticalStack
}

extension StackedScreen {
    /// The cells left for content across a screen `width` cells wide, once the margins are off.
    static func contentWidth(screenWidth width: Int) -> Int {
        width - 2 * VerticalStack.margin(forScreenWidth: width)
    }

    /// Draws the layout onto `screen`, within its side margins.
    func draw(into screen: inout Screen) {
        let margin = VerticalStack.margin(forScreenWidth: screen.width)
        stack(width: Self.contentWidth(screenWidth: screen.width), height: screen.height).draw(into: &screen, margin: margin)
    }
}
