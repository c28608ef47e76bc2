/// Lays a body figure out beside a screen's text: the figure in a column on the right, from
/// below the heading, when the area has room for it and for the text; else no column.
struct FigureBeside {
    /// The figure to place.
    let figure: BodyFigure
    /// The rows above the figure, left to the heading and its rule.
    static let headingRows = 2

    /// The narrowest area that shows the small figure beside the text, and the lowest.
    static let smallFigureArea = (width: 70, height: 20)
    /// The narrowest area that shows the large figure beside the text, and the lowest.
    static let largeFigureArea = (width: 110, height: 36)

    /// The area for the text and the area for the figure, or nil when the figure gives way.
    func areas(splitting area: Area) -> (text: Area, figure: Area)? {
        let size: BodyFigureSize
        if area.width >= Self.largeFigureArea.width && area.height >= Self.largeFigureArea.height {
            size = .large
        } else if area.width >= Self.smallFigureArea.width && area.height >= Self.smallFigureArea.height {
            size = .small
        } else {
            return nil
        }
        let extent = figure.extent(size)
        let columns = area.columns([area.width - extent.width - 2, 0])
        let figureArea = columns[1].rows([Self.headingRows, extent.height])[1]
        return (columns[0], figureArea)
    }
}
