/// Short ways to make the inline SVG elements the charts draw with.
enum SVG {
    /// An element of the chart with its attributes given as pairs, numbers written by `ReportNumber`.
    static func shape(_ name: String, _ attributes: [(String, String)], _ children: [HTMLNode] = []) -> HTMLNode {
        .element(name, attributes.map { HTMLAttribute($0.0, $0.1) }, children)
    }

    /// A coordinate or length.
    static func number(_ value: Double) -> String { ReportNumber.coordinate(value) }

    /// A line from (`x1`, `y1`) to (`x2`, `y2`).
    static func line(_ x1: Double, _ y1: Double, _ x2: Double, _ y2: Double, _ style: [(String, String)]) -> HTMLNode {
        shape("line", [("x1", number(x1)), ("y1", number(y1)), ("x2", number(x2)), ("y2", number(y2))] + style)
    }

    /// A rectangle.
    static func rect(_ x: Double, _ y: Double, _ width: Double, _ height: Double, _ style: [(String, String)]) -> HTMLNode {
        shape("rect", [("x", number(x)), ("y", number(y)), ("width", number(width)), ("height", number(height))] + style)
    }

    /// Text at (`x`, `y`), escaped.
    static func text(_ content: String, _ x: Double, _ y: Double, _ style: [(String, String)] = []) -> HTMLNode {
        shape("text", [("x", number(x)), ("y", number(y))] + style, [.text(content)])
    }
}
