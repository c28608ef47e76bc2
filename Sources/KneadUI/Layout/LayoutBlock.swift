/// A part of a screen that a `VerticalStack` places: versions of the same content, from the
/// smallest to the fullest, each with the priority at which it earns its rows.
///
/// Lower priorities are placed first, so the essentials of a screen survive on a small
/// terminal and the extras appear as rows become free.
struct LayoutBlock: Sendable {
    /// One way to show the block.
    struct Version: Sendable {
        /// The order in which this version claims rows: lower goes first.
        var priority: Int
        /// The rows of this version.
        var lines: [StyledLine]
    }

    /// The versions from the smallest to the fullest; the first is the one kept on a small screen.
    var versions: [Version]

    init(versions: [Version]) {
        self.versions = versions
    }

    /// A block shown whole, or not at all.
    init(priority: Int, lines: [StyledLine]) {
        self.init(versions: [Version(priority: priority, lines: lines)])
    }

    /// A block of one line.
    init(priority: Int, _ line: StyledLine) {
        self.init(priority: priority, lines: [line])
    }

    /// A blank row that spaces sections apart when there is room for it.
    static func gap(priority: Int) -> LayoutBlock {
        LayoutBlock(priority: priority, .blank)
    }

    /// A block that may lose lines from its end, showing `…` where it was cut.
    static func shrinkable(priority: Int, lines: [StyledLine]) -> LayoutBlock {
        let versions = lines.indices.map { index in
            let count = index + 1
            var kept = Array(lines.prefix(count))
            if count < lines.count {
                kept[index].spans = kept[index].spans + [StyledSpan(" …", kept[index].spans.last?.style ?? .plain)]
            }
            return Version(priority: priority, lines: kept)
        }
        return LayoutBlock(versions: versions)
    }
}
