/// How big the body figure is drawn: small beside a move's text at 80×24, large where there is room.
public enum BodyFigureSize: CaseIterable, Hashable, Sendable {
    case small, large

    /// The columns the picture of a view takes, and the rows with the caption under it.
    func extent(of silhouette: BodySilhouette) -> (width: Int, height: Int) {
        let columns = silhouette.rows.first?.count ?? 0
        let rows = silhouette.rows.count
        switch self {
        case .small: return (columns, rows + 1)
        case .large: return (2 * columns - (silhouette.middle == nil ? 0 : 1), rows + max(0, rows - Self.undoubledRows) + 1)
        }
    }

    /// The top rows (the head and the neck) that the large figure does not double.
    static let undoubledRows = 2

    /// The cells of the picture at this size, each small cell widened and heightened.
    func scaled(_ silhouette: BodySilhouette) -> (rows: [[Character]], sources: [Int], columns: [Int]) {
        guard self == .large else {
            return (silhouette.rows, Array(silhouette.rows.indices), Array((silhouette.rows.first ?? []).indices))
        }
        let columnSources = (silhouette.rows.first ?? []).indices.flatMap { column in
            column == silhouette.middle ? [column] : [column, column]
        }
        let rowSources = silhouette.rows.indices.flatMap { row in row < Self.undoubledRows ? [row] : [row, row] }
        let rows = rowSources.map { row in columnSources.map { silhouette.rows[row][$0] } }
        return (rows, rowSources, columnSources)
    }
}
