/// The 0–10 numeric rating scale of pain: 0 is no pain, 10 the worst imaginable.
public enum PainScale {
    /// Every rating a person can give.
    public static let range = 0...10

    /// The blocks of a sparkline, from the lowest to the highest.
    static let blocks: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]

    /// A sparkline of ratings on the fixed 0–10 scale, one cell each; a missing rating is `·`.
    ///
    /// The scale never stretches to the values shown, so a line of 3s looks low and a line of
    /// 8s high, and two sparklines can be compared by eye.
    public static func sparkline(_ ratings: [Int?]) -> String {
        String(ratings.map { rating -> Character in
            guard let rating else { return "·" }
            let clamped = min(max(rating, range.lowerBound), range.upperBound)
            return blocks[(clamped * (blocks.count - 1) + 5) / 10]
        })
    }

    /// `6 → 3`, with `–` for a rating not given.
    public static func change(before: Int?, after: Int?) -> String {
        "\(before.map(String.init) ?? "–") → \(after.map(String.init) ?? "–")"
    }
}
