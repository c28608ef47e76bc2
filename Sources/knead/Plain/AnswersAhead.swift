import KneadCore

/// The answers given ahead on the command line, each of which skips its question.
struct AnswersAhead: Hashable, Sendable {
    /// `--no-contraindications`: none of the routine's contraindications applies.
    var noContraindications = false
    /// `--sore-side`: the side that hurts more.
    var soreSide: SoreSide? = nil
    /// `--flare`: it is a flare.
    var flare = false
    /// `--pain-before` and `--pain-after`.
    var pain = PainRatings()
}
