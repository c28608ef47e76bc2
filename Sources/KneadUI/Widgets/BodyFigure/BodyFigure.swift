import KneadCore

/// A small figure of the body seen from behind, the way a helper sees the person: the region a
/// move works filled in, the rest outlined, the spine a line that is never filled, the side
/// worked, the way the hands move as arrows and the points pressed as dots.
///
/// It shows without colour too: the region is filled with blocks, the outline is shaded, and
/// the marks are characters. The sides are labelled (L / R, Л / П) so that "left" is never in
/// doubt. It draws itself as large as the area allows, or not at all when even the small
/// figure does not fit.
struct BodyFigure {
    /// The view drawn.
    let view: BodyView
    /// The regions filled in.
    let regions: Set<BodyRegion>
    /// The side worked; nil for both, or none.
    let side: Side?
    /// The way the hands move, if the move says.
    let direction: MoveDirection?
    /// The points pressed.
    let points: [PressurePoint]
    let theme: Theme

    /// The figure of one step: its stage's region, direction and point, on its side; nil when
    /// the stage names no region.
    init?(stage: Stage, side: Side?, theme: Theme) {
        guard let region = stage.shownRegion else { return nil }
        self.init(view: region.view, regions: [region], side: side, direction: stage.direction, points: stage.point.map { [$0] } ?? [], theme: theme)
    }

    /// The figure of a whole routine: every region it works in the view of its first region,
    /// and every point; nil when no stage names a region.
    init?(routine: Routine, theme: Theme) {
        guard let view = routine.stages.lazy.compactMap(\.shownRegion).first?.view else { return nil }
        let stages = routine.stages.filter { $0.shownRegion?.view == view }
        self.init(
            view: view, regions: Set(stages.compactMap(\.shownRegion)), side: nil, direction: nil, points: stages.compactMap(\.point), theme: theme
        )
    }

    init(view: BodyView, regions: Set<BodyRegion>, side: Side?, direction: MoveDirection?, points: [PressurePoint], theme: Theme) {
        self.view = view
        self.regions = regions
        self.side = side
        self.direction = direction
        self.points = points
        self.theme = theme
    }

    /// The picture drawn: the right hand is the left one mirrored.
    private var silhouette: BodySilhouette { BodySilhouette(view, mirrored: view == .hand && side == .right) }

    /// The largest size that fits `area`, or nil when none does.
    func size(fitting area: Area) -> BodyFigureSize? {
        BodyFigureSize.allCases.reversed().first { size in
            let extent = size.extent(of: silhouette)
            return extent.width <= area.width && extent.height <= area.height
        }
    }

    /// The columns and rows the figure takes at `size`.
    func extent(_ size: BodyFigureSize) -> (width: Int, height: Int) {
        size.extent(of: silhouette)
    }

    /// Draws the figure at the top of `area`, centred across it, as large as it fits; nothing
    /// when it does not fit.
    func draw(into screen: inout Screen, area: Area) {
        guard let size = size(fitting: area) else { return }
        let silhouette = silhouette
        let (cells, rowSources, columnSources) = size.scaled(silhouette)
        let width = cells.first?.count ?? 0
        let left = area.column + (area.width - width) / 2
        let middle = silhouette.middle.flatMap { spine in columnSources.firstIndex(of: spine) }
        let lit = litCells(cells, middle: middle, size: size)
        for (row, letters) in cells.enumerated() {
            for (column, letter) in letters.enumerated() where letter != " " {
                let (character, style): (String, CellStyle) =
                    if lit.contains(Cell(row: row, column: column)) { ("█", theme.figureRegion) }
                    else if letter == BodySilhouette.spine { ("│", theme.faint) }
                    else if isEdge(row: row, column: column, of: cells) { ("░", theme.faint) }
                    else { (" ", .plain) }
                screen.write(character, row: area.row + row, column: left + column, style: style)
            }
        }
        for mark in marks(lit: lit, middle: middle, rowSources: rowSources, columnSources: columnSources) {
            screen.write(mark.symbol, row: area.row + mark.cell.row, column: left + mark.cell.column, style: theme.figureMark)
        }
        drawLabels(into: &screen, row: area.row, left: left, width: width, captionRow: area.row + cells.count)
    }

    /// A cell of the figure, counted from its top left.
    private struct Cell: Hashable {
        let row: Int
        let column: Int
    }

    /// The cells filled in: the regions' letters, on the side worked only.
    private func litCells(_ cells: [[Character]], middle: Int?, size: BodyFigureSize) -> Set<Cell> {
        let letters = regions.reduce(into: Set<Character>()) { $0.formUnion(silhouette.letters(of: $1)) }
        var lit = Set<Cell>()
        for (row, rowLetters) in cells.enumerated() {
            for (column, letter) in rowLetters.enumerated() where letters.contains(letter) && onSideWorked(column, middle: middle) {
                lit.insert(Cell(row: row, column: column))
            }
        }
        return lit
    }

    /// Whether `column` lies on the side worked (seen from behind, the person's left is on the left).
    private func onSideWorked(_ column: Int, middle: Int?) -> Bool {
        guard let side, let middle else { return true }
        return side == .left ? column < middle : column > middle
    }

    /// Whether the body cell at `row`, `column` borders the outside of the body.
    private func isEdge(row: Int, column: Int, of cells: [[Character]]) -> Bool {
        [(row - 1, column), (row + 1, column), (row, column - 1), (row, column + 1)].contains { neighbour in
            guard cells.indices.contains(neighbour.0), cells[neighbour.0].indices.contains(neighbour.1) else { return true }
            return cells[neighbour.0][neighbour.1] == " "
        }
    }

    /// The arrows of the direction, one in the middle of the lit cells on each side, and the dots of the points.
    private func marks(lit: Set<Cell>, middle: Int?, rowSources: [Int], columnSources: [Int]) -> [(cell: Cell, symbol: String)] {
        var marks: [(cell: Cell, symbol: String)] = []
        if let direction {
            let halves: [(cells: [Cell], onLeft: Bool)] = if let middle {
                [(lit.filter { $0.column < middle }, true), (lit.filter { $0.column > middle }, false), (lit.filter { $0.column == middle }, true)]
            } else {
                [(Array(lit), true)]
            }
            for half in halves where !half.cells.isEmpty {
                marks.append((Self.centre(of: half.cells), Self.arrow(direction, onLeft: half.onLeft)))
            }
        }
        for point in points {
            for source in silhouette.cells(of: point) where onSideWorked(source.column, middle: silhouette.middle) {
                guard let row = rowSources.firstIndex(of: source.row), let column = columnSources.firstIndex(of: source.column) else { continue }
                marks.append((Cell(row: row, column: column), "●"))
            }
        }
        return marks
    }

    /// The cell of `cells` nearest their middle.
    private static func centre(of cells: [Cell]) -> Cell {
        let rows = cells.map(\.row).sorted(), columns = cells.map(\.column).sorted()
        let target = (row: rows[rows.count / 2], column: columns[columns.count / 2])
        return cells.min { first, second in
            let a = abs(first.row - target.row) * 2 + abs(first.column - target.column)
            let b = abs(second.row - target.row) * 2 + abs(second.column - target.column)
            return (a, first.row, first.column) < (b, second.row, second.column)
        } ?? cells[0]
    }

    /// The arrow for `direction` on the left or the right half of the body.
    private static func arrow(_ direction: MoveDirection, onLeft: Bool) -> String {
        switch direction {
        case .up: "↑"
        case .down: "↓"
        case .outward: onLeft ? "←" : "→"
        case .inward: onLeft ? "→" : "←"
        case .towardsGroin: onLeft ? "↙" : "↘"
        case .circles: "↻"
        }
    }

    /// The side labels in the top corners and the caption under the figure.
    private func drawLabels(into screen: inout Screen, row: Int, left: Int, width: Int, captionRow: Int) {
        let words = theme.words
        if view == .hand {
            if let side { screen.write(words[side == .left ? .figureLeft : .figureRight], row: row, column: left, style: theme.title) }
        } else {
            screen.write(words[.figureLeft], row: row, column: left, style: theme.title)
            screen.write(words[.figureRight], row: row, column: left + width - 1, style: theme.title)
        }
        let caption = words[view == .hand ? .figureBackOfHand : .figureFromBehind]
        StyledLine(caption, theme.faint, alignment: .centered).draw(into: &screen, row: captionRow, column: left, width: width)
    }
}
