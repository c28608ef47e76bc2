/// A rectangle of the screen that a widget or a feature draws into.
///
/// Areas never reach outside the screen they were cut from, and any of them may be empty:
/// every widget draws nothing into an empty area, and never crashes.
public struct Area: Hashable, Sendable {
    /// The first row.
    public var row: Int
    /// The first column.
    public var column: Int
    /// The number of columns; never negative.
    public var width: Int
    /// The number of rows; never negative.
    public var height: Int

    /// An area of `width` × `height` cells from `row` and `column`; negative sizes count as zero.
    public init(row: Int, column: Int, width: Int, height: Int) {
        self.row = row
        self.column = column
        self.width = max(0, width)
        self.height = max(0, height)
    }

    /// The whole of `screen`.
    public init(of screen: Screen) {
        self.init(row: 0, column: 0, width: screen.width, height: screen.height)
    }

    /// Whether the area has no cell at all.
    public var isEmpty: Bool { width == 0 || height == 0 }

    /// The row just below the area.
    public var bottom: Int { row + height }

    /// The column just right of the area.
    public var right: Int { column + width }

    /// The area less `columns` on the left and right and `rows` at the top and bottom.
    public func inset(columns: Int = 0, rows: Int = 0) -> Area {
        Area(row: row + rows, column: column + columns, width: width - 2 * columns, height: height - 2 * rows)
    }

    /// The top `rows` of the area (all of it when it is lower).
    public func top(_ rows: Int) -> Area {
        Area(row: row, column: column, width: width, height: min(height, max(0, rows)))
    }

    /// The bottom `rows` of the area (all of it when it is lower).
    public func bottom(_ rows: Int) -> Area {
        let kept = min(height, max(0, rows))
        return Area(row: bottom - kept, column: column, width: width, height: kept)
    }

    /// Splits the area into columns side by side, `widths` from the left, the last column
    /// taking what is left; a width that does not fit is cut, and the columns after it are empty.
    public func columns(_ widths: [Int], gap: Int = 0) -> [Area] {
        Self.spans(from: column, to: right, sizes: widths, gap: gap).map { Area(row: row, column: $0.start, width: $0.length, height: height) }
    }

    /// Splits the area into rows one above the other, `heights` from the top, the last row
    /// taking what is left; a height that does not fit is cut, and the rows after it are empty.
    public func rows(_ heights: [Int], gap: Int = 0) -> [Area] {
        Self.spans(from: row, to: bottom, sizes: heights, gap: gap).map { Area(row: $0.start, column: column, width: width, height: $0.length) }
    }

    /// Cuts the stretch from `start` to `end` into pieces of `sizes` with `gap` between them,
    /// the last taking what is left; a piece that does not fit is cut short.
    private static func spans(from start: Int, to end: Int, sizes: [Int], gap: Int) -> [(start: Int, length: Int)] {
        var spans: [(start: Int, length: Int)] = []
        var next = start
        for (index, wanted) in sizes.enumerated() {
            let room = max(0, end - next)
            let taken = index == sizes.count - 1 ? room : min(room, max(0, wanted))
            spans.append((next, taken))
            next = min(end, next + taken + gap)
        }
        return spans
    }
}
