import KneadCore

/// The outline of one view of the body, cell by cell, seen from behind: each cell's letter
/// says which part of the body it shows, a space is outside the body, `|` is the spine.
///
/// The pictures are drawn small; the large figure doubles every column but the spine's, and
/// every row below the neck.
struct BodySilhouette {
    /// The view drawn.
    let view: BodyView
    /// The letters of the small picture, row by row, all of one width.
    let rows: [[Character]]
    /// The column of the spine or of the gap between the legs, which splits left from right;
    /// nil for the hand, which has no sides.
    let middle: Int?

    /// Whether the picture is drawn the other way round, left for right.
    let mirrored: Bool

    /// The letter of the spine, a line that is never filled.
    static let spine: Character = "|"

    /// The small picture of `view`; the hand `mirrored` is the right one (the left has its thumb on the right).
    init(_ view: BodyView, mirrored: Bool = false) {
        self.view = view
        self.mirrored = mirrored
        let picture: [String] = switch view {
        case .back: [
            "    hhhhh    ",
            "    hhhhh    ",
            "     n|n     ",
            " sszz7|7zzss ",
            "ssbbbw|wbbbss",
            " ubbbw|wbbbu ",
            " uuuup|puuuu ",
            "  lllP|Plll  ",
            "  iilP|Plii  ",
            "  gggxxxggg  ",
        ]
        case .legs: [
            " hhhhh hhhhh ",
            "  tttt tttt  ",
            "  tttt tttt  ",
            "  ttt   ttt  ",
            "  kkk   kkk  ",
            "  sss   sss  ",
            "  sss   sss  ",
            "  aaa   aaa  ",
            " fff     fff ",
        ]
        case .hand: [
            "  f f f f    ",
            "  f f f f    ",
            "  fffffff    ",
            "  hhhhhhh  t ",
            "  hhhhhh*tt  ",
            "  hhhhhhtt   ",
            "  hhhhhhh    ",
            "   hhhhh     ",
            "   wwwww     ",
        ]
        }
        rows = picture.map { mirrored ? Array($0.reversed()) : Array($0) }
        middle = view == .hand ? nil : 6
    }

    /// The letters that show `region` in this view; empty when the view does not show it.
    func letters(of region: BodyRegion) -> Set<Character> {
        switch (view, region) {
        case (.back, .head): ["h"]
        case (.back, .nape), (.back, .neck): ["n"]
        case (.back, .collarZone): ["z", "7"]
        case (.back, .shoulders): ["s"]
        case (.back, .shoulderBlades): ["b"]
        case (.back, .betweenShoulderBlades): ["w"]
        case (.back, .c7): ["7"]
        case (.back, .besideSpine): ["w", "p", "P"]
        case (.back, .upperBack): ["u", "b", "w", "p"]
        case (.back, .lowerBack): ["l", "P", "i"]
        case (.back, .back): ["u", "b", "w", "p", "l", "P"]
        case (.back, .sacrum): ["x"]
        case (.back, .buttocks): ["g"]
        case (.back, .iliacCrests): ["i"]
        case (.legs, .hip): ["h"]
        case (.legs, .thigh): ["t"]
        case (.legs, .knee): ["k"]
        case (.legs, .shin): ["s"]
        case (.legs, .ankle): ["a"]
        case (.legs, .foot): ["f"]
        case (.legs, .leg): ["h", "t", "k", "s", "a", "f"]
        case (.hand, .hand): ["f", "h", "t", "*", "w"]
        default: []
        }
    }

    /// Where `point` lies in the small picture, one cell per side; empty in another view.
    func cells(of point: PressurePoint) -> [(row: Int, column: Int)] {
        let cells: [(row: Int, column: Int)] = switch (view, point) {
        case (.hand, .thumbIndex): [(4, 8)]
        case (.back, .shoulderTip): [(4, 0), (4, 12)]
        case (.back, .skullBase): [(2, 6)]
        case (.back, .belowSkull): [(2, 5), (2, 7)]
        case (.back, .behindEar): [(1, 4), (1, 8)]
        case (.back, .besideSacrum): [(9, 5), (9, 7)]
        case (.back, .midButtock): [(9, 3), (9, 9)]
        case (.back, .aboveIliacCrest): [(8, 3), (8, 9)]
        default: []
        }
        let width = rows.first?.count ?? 0
        return mirrored ? cells.map { ($0.row, width - 1 - $0.column) } : cells
    }
}
