import KneadCore

/// What a line typed in answer to a `PlainQuestion` says.
enum LineAnswer: Hashable, Sendable {
    case yes, no
    /// The side that hurts more; `neither` for an empty line.
    case side(SoreSide)
    /// A pain rating from 0 to 10; nil when skipped.
    case rating(Int?)

    /// `y` or `n`, in a word of either language (`yes`, `да`, `no`, `нет`), or nil.
    static func yesOrNo(_ word: String) -> LineAnswer? {
        switch word {
        case "y", "yes", "да", "д": .yes
        case "n", "no", "нет": .no
        default: nil
        }
    }

    /// `l` or `r`, or the side's name in either language, or `neither`; nil for anything else.
    static func side(_ word: String) -> SoreSide? {
        switch word {
        case "l", "left", "л", "лев", "левая": .left
        case "r", "right", "п", "прав", "правая": .right
        case "x", "neither", "никакая", "ни одна": .neither
        default: nil
        }
    }
}
