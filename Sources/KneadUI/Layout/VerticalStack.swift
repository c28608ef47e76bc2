/// Lays blocks out from top to bottom within a height, keeping the most important ones when rows run short.
///
/// Every block first claims its smallest version in order of priority, then fuller versions
/// claim extra rows in order of their priority; what is left goes to the flexible areas.
struct VerticalStack {
    /// The parts, top to bottom.
    var items: [StackItem]

    init(_ items: [StackItem]) {
        self.items = items
    }

    /// The rows each flexible area gets within `height`, in order.
    func flexibleHeights(height: Int) -> [Int] {
        let chosen = chosenVersions(height: height)
        let used = zip(items, chosen).reduce(0) { total, pair in
            guard case .block(let block) = pair.0, let version = pair.1 else { return total }
            return total + block.versions[version].lines.count
        }
        let flexibleCount = items.filter { if case .flexible = $0 { true } else { false } }.count
        guard flexibleCount > 0 else { return [] }
        let left = max(0, height - used)
        return (0..<flexibleCount).map { left / flexibleCount + ($0 < left % flexibleCount ? 1 : 0) }
    }

    /// The lines of the stack within `height` rows.
    func lines(height: Int) -> [StyledLine] {
        let chosen = chosenVersions(height: height)
        var flexibleHeights = flexibleHeights(height: height)[...]
        var lines: [StyledLine] = []
        for (item, version) in zip(items, chosen) {
            switch item {
            case .block(let block):
                if let version { lines += block.versions[version].lines }
            case .flexible(let fill):
                let rows = flexibleHeights.popFirst() ?? 0
                let filled = Array(fill(rows).prefix(rows))
                lines += filled + Array(repeating: .blank, count: rows - filled.count)
            }
        }
        return Array(lines.prefix(max(0, height)))
    }

    /// Draws the stack into `area` of `screen`, with `margin` blank columns on each side.
    func draw(into screen: inout Screen, area: Area, margin: Int) {
        let inner = area.inset(columns: margin)
        guard !inner.isEmpty else { return }
        for (offset, line) in lines(height: inner.height).enumerated() {
            line.draw(into: &screen, row: inner.row + offset, column: inner.column, width: inner.width)
        }
    }

    /// The version of each item that fits within `height`, by index; nil for items left out
    /// and for flexible areas.
    private func chosenVersions(height: Int) -> [Int?] {
        var chosen = [Int?](repeating: nil, count: items.count)
        var room = max(0, height)
        let claims = items.enumerated().flatMap { itemIndex, item -> [(priority: Int, item: Int, version: Int)] in
            guard case .block(let block) = item else { return [] }
            return block.versions.enumerated().map { (priority: $1.priority, item: itemIndex, version: $0) }
        }
        let ordered = claims.sorted { ($0.priority, $0.item, $0.version) < ($1.priority, $1.item, $1.version) }
        for claim in ordered {
            guard case .block(let block) = items[claim.item] else { continue }
            let current = chosen[claim.item].map { block.versions[$0].lines.count } ?? 0
            if let already = chosen[claim.item], already >= claim.version { continue }
            if chosen[claim.item] == nil && claim.version > 0 { continue }
            let extra = block.versions[claim.version].lines.count - current
            if extra <= room {
                chosen[claim.item] = claim.version
                room -= extra
            }
        }
        return chosen
    }
}

extension VerticalStack {
    /// The blank columns kept on each side of a screen `width` cells wide.
    static func margin(forScreenWidth width: Int) -> Int {
        width >= 100 ? 2 : (width >= 30 ? 1 : 0)
    }
}
