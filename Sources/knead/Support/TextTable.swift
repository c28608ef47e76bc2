import KneadUI

/// Lays out rows of text as aligned columns for the terminal, counting terminal columns, so a
/// title in Chinese or with emoji lines up too.
enum TextTable {
    /// The header and rows as lines, columns two spaces apart; `rightAligned` columns by index.
    static func render(header: [String], rows: [[String]], rightAligned: Set<Int> = []) -> String {
        let table = [header] + rows.map { $0.map(VisibleLine.sanitized) }
        let widths = header.indices.map { column in table.map { ColumnWidth.of($0[column]) }.max() ?? 0 }
        return table.map { row in
            row.enumerated().map { column, text in
                let padding = String(repeating: " ", count: widths[column] - ColumnWidth.of(text))
                return rightAligned.contains(column) ? padding + text : text + padding
            }
            .joined(separator: "  ")
            .trimmingTrailingSpaces()
        }
        .joined(separator: "\n")
    }
}

extension String {
    /// The string without the spaces at its end.
    func trimmingTrailingSpaces() -> String {
        String(reversed().drop { $0 == " " }.reversed())
    }
}
